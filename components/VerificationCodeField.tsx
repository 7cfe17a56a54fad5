import { TextField } from '@/components/TextField';
import type { Failure } from '@/lib/errors';
import { CODE_FORMAT_MESSAGE } from '@/lib/mfa/verification-code';

/**
 * The one six-digit code field: numeric keyboard on phones, the code the OS offers to fill in, and
 * room for a pasted code with spaces or dashes (the server and ActionForm both normalise it).
 */
export function VerificationCodeField({
  error,
  hint,
  formatMessage = CODE_FORMAT_MESSAGE,
  autoFocus,
}: {
  error?: Failure;
  hint?: string;
  /** What the browser says, before any request, when the field does not hold six digits. */
  formatMessage?: string;
  autoFocus?: boolean;
}) {
  return (
    <TextField
      name="code"
      label="Verification code"
      hint={hint ?? 'The 6-digit code your authenticator app shows now.'}
      error={error}
      inputMode="numeric"
      autoComplete="one-time-code"
      enterKeyHint="done"
      maxLength={20}
      required
      spellCheck={false}
      autoFocus={autoFocus}
      className="code-input"
      data-verification-code=""
      data-format-message={formatMessage}
    />
  );
}
