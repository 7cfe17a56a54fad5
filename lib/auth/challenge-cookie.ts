import 'server-only';
import { sealedCookie } from '@/lib/auth/sealed-cookie';
import type { PendingChallenge } from '@/lib/cognito/sign-in';

/** Cognito's default session validity for a sign-in challenge is three minutes. */
export const CHALLENGE_MAX_AGE_SECONDS = 180;

export const challengeCookie = sealedCookie<PendingChallenge & { startedAt: number }>(
  'cognito-challenge',
  CHALLENGE_MAX_AGE_SECONDS,
);
