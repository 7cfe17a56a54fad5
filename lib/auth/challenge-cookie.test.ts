import { describe, expect, it } from 'vitest';
import { CHALLENGE_MAX_AGE_SECONDS, challengeSecondsLeft } from '@/lib/auth/challenge-cookie';

describe('time left to answer a sign-in challenge', () => {
  const startedAt = Date.UTC(2026, 11, 4, 9, 0, 0);

  it('is the whole validity when the challenge has just started', () => {
    expect(challengeSecondsLeft({ startedAt }, startedAt)).toBe(CHALLENGE_MAX_AGE_SECONDS);
  });

  it('counts down in whole seconds', () => {
    expect(challengeSecondsLeft({ startedAt }, startedAt + 61_400)).toBe(CHALLENGE_MAX_AGE_SECONDS - 61);
  });

  it('never goes below zero once the challenge has lapsed', () => {
    expect(challengeSecondsLeft({ startedAt }, startedAt + 10 * 60_000)).toBe(0);
  });
});
