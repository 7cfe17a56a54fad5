import 'server-only';
import { sealedCookie } from '@/lib/auth/sealed-cookie';
import type { PendingChallenge } from '@/lib/cognito/sign-in';

/** Cognito's default session validity for a sign-in challenge is three minutes. */
export const CHALLENGE_MAX_AGE_SECONDS = 180;

export const challengeCookie = sealedCookie<PendingChallenge & { startedAt: number }>(
  'cognito-challenge',
  CHALLENGE_MAX_AGE_SECONDS,
);

/** How long the person has left to answer the challenge before Cognito's Session lapses. */
export function challengeSecondsLeft(challenge: { startedAt: number }, now = Date.now()): number {
  return Math.max(0, CHALLENGE_MAX_AGE_SECONDS - Math.round((now - challenge.startedAt) / 1000));
}
