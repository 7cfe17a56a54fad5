import { describe, expect, it } from 'vitest';
import { needsTouch, sessionExpired } from './session-policy';

const limits = { sessionIdleSeconds: 30 * 60, sessionMaxSeconds: 12 * 60 * 60 };
const minute = 60_000;

describe('sessionExpired', () => {
  it('keeps a session used within the idle timeout and younger than its lifetime', () => {
    expect(sessionExpired({ authTime: 0, lastSeen: 0 }, limits, 29 * minute)).toBe(false);
  });

  it('ends a session unused for longer than the idle timeout', () => {
    expect(sessionExpired({ authTime: 0, lastSeen: 0 }, limits, 31 * minute)).toBe(true);
  });

  it('ends a busy session once it is older than its absolute lifetime', () => {
    const now = 12 * 60 * minute + minute;
    expect(sessionExpired({ authTime: 0, lastSeen: now - minute }, limits, now)).toBe(true);
  });
});

describe('needsTouch', () => {
  it('writes activity back at most once a minute', () => {
    expect(needsTouch({ authTime: 0, lastSeen: 0 }, 30_000)).toBe(false);
    expect(needsTouch({ authTime: 0, lastSeen: 0 }, 61_000)).toBe(true);
  });
});
