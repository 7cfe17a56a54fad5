'use server';

import { redirect } from 'next/navigation';
import { z } from 'zod';
import { setNotice } from '@/lib/auth/notice';
import { pendingSignUpCookie } from '@/lib/auth/pending-email';
import { confirmSignUp, resendConfirmationCode, signUp } from '@/lib/cognito/sign-up';
import { getConfig } from '@/lib/config';
import { FIELD_LIMITS } from '@/lib/field-limits';
import { classifyCognitoError, failure, type ErrorCode, type Failure } from '@/lib/errors';
import { emailField, fieldFailure, newPasswordField, typedText } from '@/lib/forms';
import { logger } from '@/lib/log';
import { normaliseVerificationCode } from '@/lib/mfa/verification-code';
import { describePasswordPolicy } from '@/lib/password-policy';
import { attemptGuard } from '@/lib/security/attempt-guard';

const log = logger('sign-up');

export type SignUpState = { error?: Failure; email?: string };

/** The field a failure belongs to, and for a refused password the policy itself. */
function failureFor(reason: ErrorCode): Failure {
  switch (reason) {
    case 'username_exists':
      return failure(reason, 'email');
    case 'password_policy':
      return failure(reason, 'password', `That password was not accepted. ${describePasswordPolicy(getConfig().passwordPolicy)}`);
    case 'email_code_mismatch':
    case 'email_code_expired':
      return failure(reason, 'code');
    default:
      return failure(reason);
  }
}

export async function createAccount(_previous: SignUpState, form: FormData): Promise<SignUpState> {
  if (!(form instanceof FormData)) return { error: failure('malformed_request') };
  const email = typedText(form, 'email', FIELD_LIMITS.email);
  const parsed = z
    .object({ email: emailField, password: newPasswordField(getConfig().passwordPolicy) })
    .safeParse({ email: form.get('email'), password: form.get('password') });
  if (!parsed.success) return { error: fieldFailure(parsed.error), email };

  let confirmed: boolean;
  try {
    const result = await signUp(parsed.data.email, parsed.data.password);
    confirmed = result.confirmed;
    if (!confirmed) await pendingSignUpCookie.write({ email: parsed.data.email, destination: result.destination });
  } catch (error) {
    const reason = classifyCognitoError(error, 'sign-up');
    log.warn('sign-up refused', { reason, error });
    return { error: failureFor(reason), email };
  }

  log.info('signed up', { confirmed });
  if (confirmed) {
    await setNotice('account_confirmed');
    redirect('/sign-in');
  }
  redirect('/sign-up/confirm');
}

export type ConfirmState = { error?: Failure; email?: string; sentTo?: string };

export async function confirmAccount(_previous: ConfirmState, form: FormData): Promise<ConfirmState> {
  if (!(form instanceof FormData)) return { error: failure('malformed_request') };
  const email = typedText(form, 'email', FIELD_LIMITS.email);
  const parsed = z.object({ email: emailField }).safeParse({ email: form.get('email') });
  if (!parsed.success) return { error: fieldFailure(parsed.error), email };
  const code = normaliseVerificationCode(form.get('code'));
  if (!code) return { error: failure('invalid_code_format', 'code', 'Enter the 6-digit code from the email we sent you.'), email };

  const guard = await attemptGuard(parsed.data.email);
  const refusal = await guard.refusal();
  if (refusal) return { error: refusal, email };

  try {
    await confirmSignUp(parsed.data.email, code);
  } catch (error) {
    const reason = classifyCognitoError(error, 'email-code');
    log.warn('confirmation refused', { reason, error });
    return { error: reason === 'email_code_mismatch' ? await guard.failed(failureFor(reason)) : failureFor(reason), email };
  }

  await guard.succeeded();

  await pendingSignUpCookie.clear();
  await setNotice('account_confirmed');
  log.info('account confirmed');
  redirect('/sign-in');
}

export async function sendNewConfirmationCode(_previous: ConfirmState, form: FormData): Promise<ConfirmState> {
  if (!(form instanceof FormData)) return { error: failure('malformed_request') };
  const email = typedText(form, 'email', FIELD_LIMITS.email);
  const parsed = z.object({ email: emailField }).safeParse({ email: form.get('email') });
  if (!parsed.success) return { error: fieldFailure(parsed.error), email };

  try {
    const destination = await resendConfirmationCode(parsed.data.email);
    await pendingSignUpCookie.write({ email: parsed.data.email, destination });
    log.info('confirmation code sent again');
    return { email, sentTo: destination ?? parsed.data.email };
  } catch (error) {
    const reason = classifyCognitoError(error, 'email-code');
    log.warn('confirmation code not sent again', { reason, error });
    return { error: failureFor(reason === 'email_code_mismatch' ? 'code_delivery_failed' : reason), email };
  }
}
