'use server';

import { redirect } from 'next/navigation';
import { z } from 'zod';
import { endSessionsStartedBefore } from '@/lib/auth/session-revocation';
import { getSignedInUser, renewSession, startSession, type SignedInUser } from '@/lib/auth/signed-in-user';
import {
  createAuthenticatorSecret,
  disableAuthenticator,
  readAuthenticatorStatus,
  verifyAndEnableAuthenticator,
} from '@/lib/cognito/authenticator';
import { getConfig } from '@/lib/config';
import { classifyCognitoError, failure, type Failure } from '@/lib/errors';
import { deviceNameField, fieldFailure, passwordField, typedText } from '@/lib/forms';
import { logger } from '@/lib/log';
import { pendingSetupCookie } from '@/lib/mfa/pending-setup';
import { confirmPasswordAndCode, type StepUp } from '@/lib/mfa/step-up';
import { normaliseVerificationCode } from '@/lib/mfa/verification-code';
import { attemptGuard } from '@/lib/security/attempt-guard';

const log = logger('authenticator');

export type AuthenticatorState = {
  error?: Failure;
  /** The device name as typed, for the page the server renders when the browser runs no script. */
  deviceName?: string;
};

export async function startAuthenticatorSetup(_previous: AuthenticatorState): Promise<AuthenticatorState> {
  const user = await getSignedInUser();
  if (!user) return { error: failure('not_signed_in') };

  // A setup under way keeps its key: a person who went back and pressed the button again may
  // already have scanned it, and a new association would make that scan useless.
  const pending = await pendingSetupCookie.read();
  if (pending?.username === user.username) redirect('/account/security/setup');

  try {
    // Replacing a working authenticator needs the step-up of replaceAuthenticator, never this shortcut.
    if ((await readAuthenticatorStatus(user.accessToken)).enabled) return { error: failure('step_up_required') };

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
  if (!(form instanceof FormData)) return { error: failure('malformed_request') };
  return { error: await verifyAndTurnOn(form), deviceName: typedText(form, 'deviceName') };
}

/** Checks the first code from the new authenticator and turns it on; returns only when it fails. */
async function verifyAndTurnOn(form: FormData): Promise<Failure> {
  const user = await getSignedInUser();
  if (!user) return failure('not_signed_in');

  const pending = await pendingSetupCookie.read();
  if (!pending || pending.username !== user.username) return failure('setup_not_started');

  const code = normaliseVerificationCode(form.get('code'));
  if (!code) return failure('invalid_code_format', 'code');
  const parsed = verification.safeParse({ deviceName: form.get('deviceName') ?? '' });
  if (!parsed.success) return fieldFailure(parsed.error);

  const guard = await attemptGuard(user.email);
  const refusal = await guard.refusal();
  if (refusal) return refusal;
  if (!(await guard.claimCode(user.username, code))) return failure('code_already_used', 'code');

  try {
    await verifyAndEnableAuthenticator(user.accessToken, code, parsed.data.deviceName);
  } catch (error) {
    await guard.releaseCode(user.username, code);
    const reason = classifyCognitoError(error, 'account');
    log.warn('verification refused', { reason, error });
    if (reason === 'code_mismatch') return guard.failed(failure(reason, 'code'));
    return failure(reason);
  }

  await guard.succeeded();
  await pendingSetupCookie.clear();
  await endOtherSessions(user, await renewSession(user));
  await guard.event('authenticator-enabled');
  redirect('/account/security');
}

export async function cancelAuthenticatorSetup(): Promise<void> {
  await pendingSetupCookie.clear();
  redirect('/account/security');
}

const stepUpForm = z.object({ password: passwordField });

/**
 * The password and a current code, checked by a full two-factor sign-in through Cognito, before MFA
 * is weakened. Failures count towards the lockout like any sign-in.
 */
async function stepUp(user: SignedInUser, form: FormData, guard: Awaited<ReturnType<typeof attemptGuard>>): Promise<StepUp> {
  const parsed = stepUpForm.safeParse({ password: form.get('password') });
  if (!parsed.success) return fieldFailure(parsed.error);
  const code = normaliseVerificationCode(form.get('code'));
  if (!code) return failure('invalid_code_format', 'code');

  const refusal = await guard.refusal();
  if (refusal) return refusal;
  if (!(await guard.claimCode(user.username, code))) return failure('code_already_used', 'code');

  const confirmed = await confirmPasswordAndCode(user.email, parsed.data.password, code);
  if (confirmed.ok) {
    await guard.succeeded();
    return confirmed;
  }

  await guard.releaseCode(user.username, code);
  log.warn('step-up refused', { reason: confirmed.code });
  return confirmed.code === 'bad_credentials' || confirmed.code === 'code_mismatch' ? guard.failed(confirmed) : confirmed;
}

/** The other sessions of this user began before the change, so they must sign in again. */
async function endOtherSessions(user: SignedInUser, currentSessionStart: number) {
  await endSessionsStartedBefore(user.username, currentSessionStart);
}

export async function turnOffAuthenticator(_previous: AuthenticatorState, form: FormData): Promise<AuthenticatorState> {
  if (!(form instanceof FormData)) return { error: failure('malformed_request') };
  const user = await getSignedInUser();
  if (!user) return { error: failure('not_signed_in') };
  if (getConfig().mfaRequired) return { error: failure('mfa_required_by_pool') };

  const guard = await attemptGuard(user.email);
  const confirmed = await stepUp(user, form, guard);
  if (!confirmed.ok) return { error: confirmed };

  try {
    await disableAuthenticator(confirmed.tokens.AccessToken ?? '');
    await endOtherSessions(user, await startSession(confirmed.tokens));
  } catch (error) {
    const reason = classifyCognitoError(error, 'account');
    log.warn('turning off failed', { reason, error });
    return { error: failure(reason) };
  }

  await guard.event('authenticator-disabled');
  redirect('/account/security');
}

/**
 * Replacing the authenticator: after the step-up, the old one is turned off first, so that a person
 * who abandons the new setup can still sign in (with their password alone, as the page warned).
 */
export async function replaceAuthenticator(_previous: AuthenticatorState, form: FormData): Promise<AuthenticatorState> {
  if (!(form instanceof FormData)) return { error: failure('malformed_request') };
  const user = await getSignedInUser();
  if (!user) return { error: failure('not_signed_in') };

  const guard = await attemptGuard(user.email);
  const confirmed = await stepUp(user, form, guard);
  if (!confirmed.ok) return { error: confirmed };

  try {
    const accessToken = confirmed.tokens.AccessToken ?? '';
    // A pool that requires MFA refuses to turn it off; there the new secret replaces the old on verify.
    if (!getConfig().mfaRequired) await disableAuthenticator(accessToken);
    const secret = await createAuthenticatorSecret(accessToken);
    await pendingSetupCookie.write({ username: user.username, secret });
    await endOtherSessions(user, await startSession(confirmed.tokens));
  } catch (error) {
    const reason = classifyCognitoError(error, 'account');
    log.warn('replacement not started', { reason, error });
    return { error: failure(reason) };
  }

  await guard.event('authenticator-replacement-started');
  redirect('/account/security/setup');
}
