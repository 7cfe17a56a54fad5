/** What a person is told when the code field does not hold six digits. */
export const CODE_FORMAT_MESSAGE = 'Enter the 6-digit code from your authenticator app.';

/**
 * Reads a 6-digit verification code as people type or paste it: spaces and dashes are dropped and
 * full-width digits become ASCII. The result stays a string, so a leading zero survives.
 */
export function normaliseVerificationCode(input: unknown): string | null {
  if (typeof input !== 'string') return null;

  const code = input.normalize('NFKC').replace(/[\s\-‐-―]/g, '');
  return /^\d{6}$/.test(code) ? code : null;
}
