'use server';

import { redirect } from 'next/navigation';
import { z } from 'zod';
import { challengeCookie } from '@/lib/auth/challenge-cookie';
import { clearNotice, setNotice } from '@/lib/auth/notice';
import { clearSessionToken } from '@/lib/auth/session-token';
import { getSignedInUser, startSession } from '@/lib/auth/signed-in-user';
import { pendingSignUpCookie } from '@/lib/auth/pending-email';
import { holdChallenge } from '@/lib/auth/sign-in-flow';
import { answerSoftwareTokenChallenge, signInWithPassword, type SignInStep } from '@/lib/cognito/sign-in';
import { revokeRefreshToken } from '@/lib/cognito/sign-out';
import { classifyCognitoError, failure, type Failure } from '@/lib/errors';
import { FIELD_LIMITS } from '@/lib/field-limits';
import { emailField, fieldFailure, passwordField, typedText } from '@/lib/forms';
import { logger } from '@/lib/log';
import { normaliseVerificationCode } from '@/lib/mfa/verification-code';
import { revokeSession } from '@/lib/auth/session-revocation';
import { attemptGuard } from '@/lib/security/attempt-guard';

const log = logger('sign-in');

export type SignInState = { error?: Failure; email?: string };

const passwordStep = z.object({ email: emailField, password: passwordField });

export async function signIn(_previous: SignInState, form: FormData): Promise<SignInState> {
  if (!(form instanceof FormData)) return { error: failure('malformed_request') };
  const email = typedText(form, 'email', FIELD_LIMITS.email);
  const parsed = passwordStep.safeParse({ email: form.get('email'), password: form.get('password') });
  if (!parsed.success) return { error: fieldFailure(parsed.error), email };

  const guard = await attemptGuard(parsed.data.email);
  const refusal = await guard.refusal();
  if (refusal) return { error: refusal, email };

  let step: SignInStep;
  try {
    step = await signInWithPassword(parsed.data.email, parsed.data.password);
  } catch (error) {
    const code = classifyCognitoError(error, 'password');
    log.warn('password step refused', { reason: code, error });
    if (code === 'user_not_confirmed') {
      // The password was right; what is missing is the code from the sign-up email.
      await pendingSignUpCookie.write({ email: parsed.data.email });
      redirect('/sign-up/confirm');
    }
    if (code !== 'bad_credentials') return { error: failure(code), email };
    return { error: await guard.failed(failure(code, 'password')), email };
  }

  await clearNotice();
  if (step.kind === 'unsupported') {
    log.warn('unsupported challenge', { challengeName: step.challengeName });
    return { error: failure('unsupported_challenge'), email };
  }
  if (step.kind !== 'signed-in') redirect(await holdChallenge(step));

  await guard.succeeded();
  await startSession(step.tokens);
  log.info('signed in', { mfa: false });
  redirect('/account/security');
}

export type CodeState = { error?: Failure };

export async function submitSignInCode(_previous: CodeState, form: FormData): Promise<CodeState> {
  if (!(form instanceof FormData)) return { error: failure('malformed_request') };
  const challenge = await challengeCookie.read();
  if (!challenge) {
    await setNotice('challenge_expired');
    redirect('/sign-in');
  }

  const code = normaliseVerificationCode(form.get('code'));
  if (!code) return { error: failure('invalid_code_format', 'code') };

  const guard = await attemptGuard(challenge.email);
  const refusal = await guard.refusal();
  if (refusal) return { error: refusal };
  if (!(await guard.claimCode(challenge.username, code))) return { error: failure('code_already_used', 'code') };

  let step: SignInStep;
  try {
    step = await answerSoftwareTokenChallenge(challenge, code);
  } catch (error) {
    await guard.releaseCode(challenge.username, code);
    const reason = classifyCognitoError(error, 'challenge');
    log.warn('code step refused', { reason, error });
    if (reason === 'code_mismatch') return { error: await guard.failed(failure(reason, 'code')) };
    if (reason !== 'challenge_expired') return { error: failure(reason) };

    await challengeCookie.clear();
    await setNotice('challenge_expired');
    redirect('/sign-in');
  }

  await challengeCookie.clear();
  if (step.kind === 'unsupported') {
    log.warn('unsupported challenge after code', { challengeName: step.challengeName });
    return { error: failure('unsupported_challenge') };
  }
  if (step.kind !== 'signed-in') redirect(await holdChallenge(step));

  await guard.succeeded();
  await guard.event('signed-in-with-authenticator');
  await startSession(step.tokens);
  log.info('signed in', { mfa: true });
  redirect('/account/security');
}

export async function cancelSignIn(): Promise<void> {
  await challengeCookie.clear();
  redirect('/sign-in');
}

export async function signOut(): Promise<void> {
  const user = await getSignedInUser();
  if (user?.refreshToken) {
    try {
      await revokeRefreshToken(user.refreshToken);
    } catch (error) {
      // The local session ends either way; a token Cognito could not revoke still expires on its own.
      log.warn('refresh token not revoked', { error });
    }
  }

  if (user) await revokeSession(user.sessionId);
  await clearSessionToken();
  redirect('/sign-in');
}
