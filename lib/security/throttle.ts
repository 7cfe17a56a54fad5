import type { SecurityStore } from './store';

/**
 * Consecutive failed sign-in attempts and verification codes, counted per account and per client
 * address. The first five failures are free; each one after that locks the key for twice as long
 * as the last lock (1, 2, 4 … minutes, at most a day), so a run of 100 failures cannot happen.
 */
export const THROTTLE_POLICY = {
  freeFailures: 5,
  firstLockSeconds: 60,
  maxLockSeconds: 24 * 60 * 60,
  // Longer than the longest lock, so a count never lapses while its key is locked.
  memorySeconds: 7 * 24 * 60 * 60,
} as const;

export type ThrottleKey = string;

export function throttleKeys({ account, address }: { account?: string; address?: string }): ThrottleKey[] {
  return [
    ...(account ? [`account:${account.trim().toLowerCase()}`] : []),
    ...(address ? [`address:${address}`] : []),
  ];
}

/** Seconds until every key is free again; 0 when none is locked. */
export async function lockedFor(store: SecurityStore, keys: ThrottleKey[], now = Date.now()): Promise<number> {
  const locks = await Promise.all(keys.map((key) => store.get(`lock:${key}`)));
  const until = Math.max(0, ...locks.map((value) => Number(value ?? 0)));
  return Math.max(0, Math.ceil((until - now) / 1000));
}

/** Counts a failure; returns the seconds of the lock it caused, or 0. */
export async function recordFailure(store: SecurityStore, keys: ThrottleKey[], now = Date.now()): Promise<number> {
  let longest = 0;
  for (const key of keys) {
    const failures = await store.increment(`failures:${key}`, THROTTLE_POLICY.memorySeconds);
    if (failures < THROTTLE_POLICY.freeFailures) continue;

    const doublings = failures - THROTTLE_POLICY.freeFailures;
    const seconds = Math.min(THROTTLE_POLICY.firstLockSeconds * 2 ** doublings, THROTTLE_POLICY.maxLockSeconds);
    await store.set(`lock:${key}`, String(now + seconds * 1000), seconds);
    longest = Math.max(longest, seconds);
  }
  return longest;
}

/** A success ends the run of consecutive failures. */
export async function recordSuccess(store: SecurityStore, keys: ThrottleKey[]): Promise<void> {
  await Promise.all(keys.flatMap((key) => [store.delete(`failures:${key}`), store.delete(`lock:${key}`)]));
}

export function lockoutMessage(seconds: number): string {
  const minutes = Math.max(1, Math.ceil(seconds / 60));
  return `Too many attempts. Try again in ${minutes} ${minutes === 1 ? 'minute' : 'minutes'}.`;
}
