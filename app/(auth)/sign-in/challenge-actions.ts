'use server';

import { redirect } from 'next/navigation';
import { z } from 'zod';
import { challengeCookie } from '@/lib/auth/challenge-cookie';
import { setNotice } from '@/lib/auth/notice';
import { startSession } from '@/lib/auth/signed-in-user';
import { holdChallenge } from '@/lib/auth/sign-in-flow';
import {
  answerNewPasswordChallenge,
  finishAuthenticatorSetup,
  type PageChallengeName,
  type PendingChallenge,
  type SignInStep,
} from '@/lib/cognito/sign-in';
import { getConfig } from '@/lib/config';
import { FIELD_LIMITS } from '@/lib/field-limits';
import { classifyCognitoError, failure, type ErrorCode, type Failure } from '@/lib/errors';
import { deviceNameField, fieldFailure, newPasswordField, typedText } from '@/lib/forms';
import { logger } from '@/lib/log';
import { normaliseVerificationCode } from '@/lib/mfa/verification-code';
import { attemptGuard } from '@/lib/security/attempt-guard';
import { describePasswordPolicy } from '@/lib/password-policy';

// The sign-in challenges that follow the password, other than the code: a new password for an
// account an administrator created, and setting up the authenticator when the pool requires MFA.

const log = logger('sign-in');

export type ChallengeState = {
  error?: Failure;
  /** The device name as typed at setup, for the page the server renders when the browser runs no script. */
  deviceName?: string;
};

/** The pending challenge of this kind, or back to the sign-in form when it is gone (C12). */
async function pendingChallenge(name: PageChallengeName): Promise<PendingChallenge> {
  const challenge = await challengeCookie.read();
  if (challenge?.name === name) return challenge;

  await challengeCookie.clear();
  await setNotice('challenge_expired');
  redirect('/sign-in');
}

/** Where the sign-in goes after an answer: signed in, or the page of the next challenge. */
async function continueWith(step: SignInStep): Promise<ChallengeState> {
  await challengeCookie.clear();
  if (step.kind === 'unsupported') {
    log.warn('unsupported challenge', { challengeName: step.challengeName });
    return { error: failure('unsupported_challenge') };
  }
  if (step.kind !== 'signed-in') redirect(await holdChallenge(step));

  await startSession(step.tokens);
  log.info('signed in', { mfa: true });
  redirect('/account/security');
}

/** A failure to show on the form, or, when the challenge Session has expired, back to sign-in. */
async function refused(reason: ErrorCode, field: (reason: ErrorCode) => string | undefined): Promise<ChallengeState> {
  if (reason !== 'challenge_expired') return { error: failure(reason, field(reason)) };

  await challengeCookie.clear();
  await setNotice('challenge_expired');
  redirect('/sign-in');
}

export async function submitNewPassword(_previous: ChallengeState, form: FormData): Promise<ChallengeState> {
  if (!(form instanceof FormData)) return { error: failure('malformed_request') };
  const challenge = await pendingChallenge('NEW_PASSWORD_REQUIRED');
  const policy = getConfig().passwordPolicy;

  const parsed = newPasswordField(policy).safeParse(form.get('password'));
  if (!parsed.success) return { error: failure('invalid_input', 'password', parsed.error.issues[0]?.message) };
  const attributes: Record<string, string> = {};
  for (const name of challenge.requiredAttributes ?? []) {
    const value = String(form.get(`attribute.${name}`) ?? '').trim();
    if (!value || value.length > FIELD_LIMITS.text) {
      return { error: failure('invalid_input', `attribute.${name}`, value ? 'That is too long.' : 'Fill this in to continue.') };
    }
    attributes[name] = value;
  }

  let step: SignInStep;
  try {
    step = await answerNewPasswordChallenge(challenge, parsed.data, attributes);
  } catch (error) {
    const reason = classifyCognitoError(error, 'challenge');
    log.warn('new password refused', { reason, error });
    if (reason === 'password_policy') {
      return { error: failure(reason, 'password', `That password was not accepted. ${describePasswordPolicy(policy)}`) };
    }
    return refused(reason, () => undefined);
  }
  return continueWith(step);
}

const setupForm = z.object({ deviceName: deviceNameField });

export async function submitSetupCode(_previous: ChallengeState, form: FormData): Promise<ChallengeState> {
  if (!(form instanceof FormData)) return { error: failure('malformed_request') };
  return { ...(await answerSetupChallenge(form)), deviceName: typedText(form, 'deviceName') };
}

/** Verifies the first code with the challenge's Session and answers MFA_SETUP; returns only when it fails. */
async function answerSetupChallenge(form: FormData): Promise<ChallengeState> {
  const challenge = await pendingChallenge('MFA_SETUP');

  const code = normaliseVerificationCode(form.get('code'));
  if (!code) return { error: failure('invalid_code_format', 'code') };
  const parsed = setupForm.safeParse({ deviceName: form.get('deviceName') ?? '' });
  if (!parsed.success) return { error: fieldFailure(parsed.error) };

  const guard = await attemptGuard(challenge.email);
  const refusal = await guard.refusal();
  if (refusal) return { error: refusal };
  if (!(await guard.claimCode(challenge.username, code))) return { error: failure('code_already_used', 'code') };

  let step: SignInStep;
  try {
    step = await finishAuthenticatorSetup(challenge, code, parsed.data.deviceName);
  } catch (error) {
    await guard.releaseCode(challenge.username, code);
    const reason = classifyCognitoError(error, 'challenge');
    log.warn('authenticator setup refused', { reason, error });
    if (reason === 'code_mismatch') return { error: await guard.failed(failure(reason, 'code')) };
    return refused(reason, () => undefined);
  }

  await guard.succeeded();
  await guard.event('authenticator-enabled');
  return continueWith(step);
}
