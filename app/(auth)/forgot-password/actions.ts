'use server';

import { redirect } from 'next/navigation';
import { z } from 'zod';
import { setNotice } from '@/lib/auth/notice';
import { pendingPasswordResetCookie } from '@/lib/auth/pending-email';
import { requestPasswordReset, resetPassword } from '@/lib/cognito/password-reset';
import { getConfig } from '@/lib/config';
import { FIELD_LIMITS } from '@/lib/field-limits';
import { classifyCognitoError, failure, type Failure } from '@/lib/errors';
import { emailField, fieldFailure, newPasswordField, typedText } from '@/lib/forms';
import { logger } from '@/lib/log';
import { normaliseVerificationCode } from '@/lib/mfa/verification-code';
import { attemptGuard } from '@/lib/security/attempt-guard';
import { describePasswordPolicy } from '@/lib/password-policy';

const log = logger('password-reset');

export type ResetState = { error?: Failure; email?: string };

const emailOnly = z.object({ email: emailField });

export async function requestReset(_previous: ResetState, form: FormData): Promise<ResetState> {
  if (!(form instanceof FormData)) return { error: failure('malformed_request') };
  const email = typedText(form, 'email', FIELD_LIMITS.email);
  const parsed = emailOnly.safeParse({ email: form.get('email') });
  if (!parsed.success) return { error: fieldFailure(parsed.error), email };

  try {
    await requestPasswordReset(parsed.data.email);
  } catch (error) {
    const name = (error as { name?: unknown })?.name;
    // Whether an account exists is not ours to tell: an unknown email goes on to the same page.
    if (name !== 'UserNotFoundException') {
      const reason = classifyCognitoError(error, 'email-code');
      log.warn('reset code not sent', { reason, error });
      return { error: failure(reason === 'email_code_mismatch' ? 'unexpected' : reason), email };
    }
  }

  await pendingPasswordResetCookie.write({ email: parsed.data.email });
  log.info('reset code requested');
  redirect('/forgot-password/reset');
}

export async function chooseNewPassword(_previous: ResetState, form: FormData): Promise<ResetState> {
  if (!(form instanceof FormData)) return { error: failure('malformed_request') };
  const email = typedText(form, 'email', FIELD_LIMITS.email);
  const policy = getConfig().passwordPolicy;
  const parsed = z
    .object({ email: emailField, password: newPasswordField(policy) })
    .safeParse({ email: form.get('email'), password: form.get('password') });
  const code = normaliseVerificationCode(form.get('code'));
  if (!code) return { error: failure('invalid_code_format', 'code', 'Enter the 6-digit code from the email we sent you.'), email };
  if (!parsed.success) return { error: fieldFailure(parsed.error), email };

  // Emailed codes are guessed like any other: the same lockout counts them.
  const guard = await attemptGuard(parsed.data.email);
  const refusal = await guard.refusal();
  if (refusal) return { error: refusal, email };

  try {
    await resetPassword(parsed.data.email, code, parsed.data.password);
  } catch (error) {
    const reason = classifyCognitoError(error, 'email-code');
    log.warn('password not reset', { reason, error });
    if (reason === 'password_policy') {
      return { error: failure(reason, 'password', `That password was not accepted. ${describePasswordPolicy(policy)}`), email };
    }
    const onCode = reason === 'email_code_mismatch' || reason === 'email_code_expired';
    const shown = failure(reason, onCode ? 'code' : undefined);
    return { error: reason === 'email_code_mismatch' ? await guard.failed(shown) : shown, email };
  }

  await guard.succeeded();

  await pendingPasswordResetCookie.clear();
  await setNotice('password_changed');
  log.info('password reset');
  redirect('/sign-in');
}
