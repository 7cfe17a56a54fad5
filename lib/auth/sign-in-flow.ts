import 'server-only';
import { challengeCookie } from '@/lib/auth/challenge-cookie';
import { setNotice } from '@/lib/auth/notice';
import { beginAuthenticatorSetup, type SignInStep } from '@/lib/cognito/sign-in';
import { classifyCognitoError } from '@/lib/errors';
import { logger } from '@/lib/log';

const log = logger('sign-in');

/** The page that answers each challenge. */
export const challengePages = {
  code: '/sign-in/code',
  'new-password': '/sign-in/new-password',
  'mfa-setup': '/sign-in/setup-authenticator',
} as const;

type ChallengeStep = Extract<SignInStep, { kind: keyof typeof challengePages }>;

/**
 * Keeps a pending challenge in the encrypted challenge cookie (C27) and returns the page that
 * answers it. MFA_SETUP starts right here with AssociateSoftwareToken, because its Session is only
 * good for one call and a page cannot write the cookie that holds the next one. When that call
 * fails, the person goes back to the sign-in form with the reason.
 */
export async function holdChallenge(step: ChallengeStep): Promise<string> {
  let challenge = step.challenge;
  if (step.kind === 'mfa-setup' && !challenge.secret) {
    try {
      challenge = await beginAuthenticatorSetup(challenge);
    } catch (error) {
      const reason = classifyCognitoError(error, 'challenge');
      log.warn('authenticator setup not started', { reason, error });
      await challengeCookie.clear();
      await setNotice(reason === 'code_mismatch' ? 'challenge_expired' : reason);
      return '/sign-in';
    }
  }

  await challengeCookie.write({ ...challenge, startedAt: Date.now() });
  return challengePages[step.kind];
}
