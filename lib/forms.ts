import { z } from 'zod';
import type { PasswordPolicy } from '@/lib/config';
import { FIELD_LIMITS } from '@/lib/field-limits';
import { failure, type Failure } from '@/lib/errors';
import { passwordProblem } from '@/lib/password-policy';

/**
 * Lower-cased, since phones capitalise the first letter of a field: a user pool made with
 * Cognito's defaults ignores case in usernames, and the app keeps to the same rule for a pool
 * that does not, so the email a person signs up with is the one they sign in with.
 */
export const emailField = z
  .string({ error: 'Enter your email address.' })
  .trim()
  .toLowerCase()
  .min(1, 'Enter your email address.')
  .max(FIELD_LIMITS.email, 'That email address is too long.')
  .pipe(z.email('Enter an email address like name@example.com.'));

export const passwordField = z
  .string({ error: 'Enter your password.' })
  .min(1, 'Enter your password.')
  .max(FIELD_LIMITS.password, 'That password is too long.');

/** A password the person chooses: checked against the pool's policy before Cognito sees it. */
export function newPasswordField(policy: PasswordPolicy) {
  return z
    .string({ error: 'Choose a password.' })
    .min(1, 'Choose a password.')
    .max(FIELD_LIMITS.password, 'That password is too long.')
    .superRefine((password, context) => {
      const problem = passwordProblem(password, policy);
      if (problem) context.addIssue({ code: 'custom', message: problem });
    });
}

export const deviceNameField = z
  .string()
  .trim()
  .max(64, 'Keep the device name under 64 characters.')
  .regex(/^[\p{L}\p{N} ._'-]*$/u, 'Use letters, numbers, spaces and . _ \' - in the device name.')
  .transform((name) => name || undefined);

/** The first problem with a form, as a failure tied to its field. */
export function fieldFailure(error: z.ZodError): Failure {
  const issue = error.issues[0];
  return failure('invalid_input', String(issue?.path[0] ?? ''), issue?.message);
}

/**
 * A field's value as the person typed it, cut at the field's length, to hand back to a page the
 * server renders again after a refusal, so nothing typed is lost without JavaScript.
 */
export function typedText(form: FormData, name: string, limit: number = FIELD_LIMITS.text): string {
  const value = form.get(name);
  return typeof value === 'string' ? value.slice(0, limit) : '';
}
