import 'server-only';
import type { AuthenticationResultType } from '@aws-sdk/client-cognito-identity-provider';
import { answerSoftwareTokenChallenge, signInWithPassword, type SignInStep } from '@/lib/cognito/sign-in';
import { classifyCognitoError, failure, type Failure } from '@/lib/errors';

export type StepUp = { ok: true; tokens: AuthenticationResultType } | Failure;

/**
 * Proves, before MFA is weakened, that the person holds both the password and the authenticator:
 * a full sign-in through Cognito with both factors, which also yields fresh tokens.
 */
export async function confirmPasswordAndCode(email: string, password: string, code: string): Promise<StepUp> {
  let step: SignInStep;
  try {
    step = await signInWithPassword(email, password);
  } catch (error) {
    const reason = classifyCognitoError(error, 'password');
    return failure(reason, reason === 'bad_credentials' ? 'password' : undefined, reason === 'bad_credentials' ? 'That password is incorrect.' : undefined);
  }
  if (step.kind === 'signed-in') return failure('not_enrolled');
  if (step.kind !== 'code') return failure('unsupported_challenge');

  try {
    step = await answerSoftwareTokenChallenge(step.challenge, code);
  } catch (error) {
    const reason = classifyCognitoError(error, 'challenge');
    return failure(reason, reason === 'code_mismatch' ? 'code' : undefined);
  }
  if (step.kind !== 'signed-in') return failure('unsupported_challenge');

  return { ok: true, tokens: step.tokens };
}
