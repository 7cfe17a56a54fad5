import type { Failure } from '@/lib/errors';
import { TextField } from '@/components/TextField';

/** The one six-digit code field: numeric keyboard on phones, and the code the OS offers to fill in. */
export function VerificationCodeField({ error, hint }: { error?: Failure; hint?: string }) {
  return (
    <TextField
      name="code"
      label="Verification code"
      hint={hint ?? 'The 6-digit code your authenticator app shows now.'}
      error={error}
      inputMode="numeric"
      autoComplete="one-time-code"
      pattern="[0-9０-９\s\-]*"
      maxLength={12}
      required
      spellCheck={false}
      className="code-input"
    />
  );
}
