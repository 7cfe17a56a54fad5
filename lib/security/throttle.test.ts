import { describe, expect, it } from 'vitest';
import { MemoryStore } from './memory-store';
import { lockedFor, lockoutMessage, recordFailure, recordSuccess, throttleKeys, THROTTLE_POLICY } from './throttle';

const keys = throttleKeys({ account: 'Jane.Doe@example.com', address: '203.0.113.7' });

describe('throttle', () => {
  it('counts the account case-insensitively and the address separately', () => {
    expect(keys).toEqual(['account:jane.doe@example.com', 'address:203.0.113.7']);
  });

  it('C22 allows four failures, then locks for a minute at the fifth', async () => {
    const store = new MemoryStore();
    const now = 1_000_000;

    for (let i = 0; i < THROTTLE_POLICY.freeFailures - 1; i++) expect(await recordFailure(store, keys, now)).toBe(0);
    expect(await lockedFor(store, keys, now)).toBe(0);

    expect(await recordFailure(store, keys, now)).toBe(60);
    expect(await lockedFor(store, keys, now)).toBe(60);
    expect(await lockedFor(store, keys, now + 61_000)).toBe(0);
  });

  it('C22 doubles the lock with every further failure, so 100 failures in a row take months', async () => {
    let now = 0;
    // The store runs on the same clock, so counters that expired during a lock would show here.
    const store = new MemoryStore(() => now);
    let waited = 0;

    for (let failures = 1; failures < 100; failures++) {
      const seconds = await recordFailure(store, keys, now);
      waited += seconds;
      now += seconds * 1000;
    }

    // 99 failures cost more than 80 days of waiting; the cap keeps each single lock at a day.
    expect(waited).toBeGreaterThan(80 * 24 * 60 * 60);
    expect(await recordFailure(store, keys, now)).toBe(THROTTLE_POLICY.maxLockSeconds);
  });

  it('a lock on the address holds for every account tried from it', async () => {
    const store = new MemoryStore();
    const address = throttleKeys({ address: '198.51.100.1' });
    for (let i = 0; i < THROTTLE_POLICY.freeFailures; i++) await recordFailure(store, address, 0);

    expect(await lockedFor(store, throttleKeys({ account: 'other@example.com', address: '198.51.100.1' }), 0)).toBe(60);
  });

  it('a success ends the run of consecutive failures', async () => {
    const store = new MemoryStore();
    for (let i = 0; i < THROTTLE_POLICY.freeFailures - 1; i++) await recordFailure(store, keys, 0);

    await recordSuccess(store, keys);

    expect(await recordFailure(store, keys, 0)).toBe(0);
  });

  it('C22 says how many minutes to wait', () => {
    expect(lockoutMessage(60)).toBe('Too many attempts. Try again in 1 minute.');
    expect(lockoutMessage(61)).toBe('Too many attempts. Try again in 2 minutes.');
  });
});
