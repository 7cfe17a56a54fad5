'use server';

import { redirect } from 'next/navigation';
import { z } from 'zod';
import { getSignedInUser, startSession } from '@/lib/auth/signed-in-user';
import { createAuthenticatorSecret, disableAuthenticator, verifyAndEnableAuthenticator } from '@/lib/cognito/authenticator';
import { classifyCognitoError, failure, type Failure } from '@/lib/errors';
import { deviceNameField, fieldFailure, passwordField } from '@/lib/forms';
import { logger } from '@/lib/log';
import { pendingSetupCookie } from '@/lib/mfa/pending-setup';
import { confirmPasswordAndCode } from '@/lib/mfa/step-up';
import { normaliseVerificationCode } from '@/lib/mfa/verification-code';

const log = logger('authenticator');

export type AuthenticatorState = { error?: Failure };

export async function startAuthenticatorSetup(_previous: AuthenticatorState): Promise<AuthenticatorState> {
  const user = await getSignedInUser();
  if (!user) return { error: failure('not_signed_in') };

  try {
    const secret = await createAuthenticatorSecret(user.accessToken);
    await pendingSetupCookie.write({ username: user.username, secret });
  } catch (error) {
    const reason = classifyCognitoError(error, 'account');
    log.warn('setup not started', { reason, error });
    return { error: failure(reason) };
  }

  log.info('setup started', { user: user.username });
  redirect('/account/security/setup');
}

const verification = z.object({ deviceName: deviceNameField });

export async function verifyAuthenticator(_previous: AuthenticatorState, form: FormData): Promise<AuthenticatorState> {
  const user = await getSignedInUser();
  if (!user) return { error: failure('not_signed_in') };

  const pending = await pendingSetupCookie.read();
  if (!pending || pending.username !== user.username) return { error: failure('setup_not_started') };

  const code = normaliseVerificationCode(form.get('code'));
  if (!code) return { error: failure('invalid_code_format', 'code') };
  const parsed = verification.safeParse({ deviceName: form.get('deviceName') ?? '' });
  if (!parsed.success) return { error: fieldFailure(parsed.error) };

  try {
    await verifyAndEnableAuthenticator(user.accessToken, code, parsed.data.deviceName);
  } catch (error) {
    const reason = classifyCognitoError(error, 'account');
    log.warn('verification refused', { reason, error });
    return { error: failure(reason, reason === 'code_mismatch' ? 'code' : undefined) };
  }

  await pendingSetupCookie.clear();
  log.info('authenticator enabled', { user: user.username });
  redirect('/account/security');
}

export async function cancelAuthenticatorSetup(): Promise<void> {
  await pendingSetupCookie.clear();
  redirect('/account/security');
}

const turnOff = z.object({ password: passwordField });

export async function turnOffAuthenticator(_previous: AuthenticatorState, form: FormData): Promise<AuthenticatorState> {
  const user = await getSignedInUser();
  if (!user) return { error: failure('not_signed_in') };

  const parsed = turnOff.safeParse({ password: form.get('password') });
  if (!parsed.success) return { error: fieldFailure(parsed.error) };
  const code = normaliseVerificationCode(form.get('code'));
  if (!code) return { error: failure('invalid_code_format', 'code') };

  const confirmed = await confirmPasswordAndCode(user.email, parsed.data.password, code);
  if (!confirmed.ok) {
    log.warn('turning off refused', { reason: confirmed.code });
    return { error: confirmed };
  }

  try {
    await disableAuthenticator(confirmed.tokens.AccessToken ?? '');
    await startSession(confirmed.tokens);
  } catch (error) {
    const reason = classifyCognitoError(error, 'account');
    log.warn('turning off failed', { reason, error });
    return { error: failure(reason) };
  }

  log.info('authenticator disabled', { user: user.username });
  redirect('/account/security');
}
