import { createHash } from 'node:crypto';
import type { SecurityStore } from './store';

/**
 * RFC 6238 §5.2: a code accepted once must not be accepted again. Cognito accepts a code for its
 * own 30-second step and one step either side, so a used code is remembered for 90 seconds.
 */
const REMEMBER_SECONDS = 90;

function key(username: string, code: string) {
  // Only a digest of the code is stored, so the store never holds a code that may still be valid.
  return `used-code:${username}:${createHash('sha256').update(`${username}:${code}`).digest('hex').slice(0, 32)}`;
}

/** Reserves the code for this check; false when it was already used (or is being checked now). */
export function claimCode(store: SecurityStore, username: string, code: string): Promise<boolean> {
  return store.claim(key(username, code), '1', REMEMBER_SECONDS);
}

/** Gives the code back when Cognito did not accept it, so a retry is judged on its merits. */
export function releaseCode(store: SecurityStore, username: string, code: string): Promise<void> {
  return store.delete(key(username, code));
}
