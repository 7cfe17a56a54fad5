import 'server-only';
import { failure, type Failure } from '@/lib/errors';
import { clientAddress } from './client-address';
import { recordSecurityEvent } from './events';
import { securityStore } from './security-store';
import { lockedFor, lockoutMessage, recordFailure, recordSuccess, throttleKeys } from './throttle';
import { claimCode, releaseCode } from './used-codes';

/**
 * What every sign-in attempt and code check goes through: the lockout check before Cognito is
 * asked, the count of failures after, and the one-use rule for codes.
 */
export async function attemptGuard(account: string) {
  const store = securityStore();
  const address = await clientAddress();
  const keys = throttleKeys({ account, address });

  return {
    address,

    /** A failure to return without asking Cognito, when the account or address is locked out. */
    async refusal(): Promise<Failure | null> {
      const seconds = await lockedFor(store, keys);
      return seconds > 0 ? failure('too_many_attempts', undefined, lockoutMessage(seconds)) : null;
    },

    /** Counts a wrong password or code; the failure to show is the lockout once one starts. */
    async failed(original: Failure): Promise<Failure> {
      const seconds = await recordFailure(store, keys);
      if (seconds === 0) return original;

      await recordSecurityEvent(store, account, 'locked-out', address);
      return failure('too_many_attempts', undefined, lockoutMessage(seconds));
    },

    async succeeded(): Promise<void> {
      await recordSuccess(store, keys);
    },

    claimCode: (username: string, code: string) => claimCode(store, username, code),
    releaseCode: (username: string, code: string) => releaseCode(store, username, code),
    event: (type: Parameters<typeof recordSecurityEvent>[2]) => recordSecurityEvent(store, account, type, address),
  };
}

export type AttemptGuard = Awaited<ReturnType<typeof attemptGuard>>;
