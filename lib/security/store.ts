/**
 * The one store for security state that several app instances must share: throttle counters,
 * codes already used, revoked sessions and the security event trail. Every key expires.
 */
export interface SecurityStore {
  get(key: string): Promise<string | null>;
  set(key: string, value: string, ttlSeconds: number): Promise<void>;
  /** Sets the key only if it is absent; true when this call set it. Atomic across instances. */
  claim(key: string, value: string, ttlSeconds: number): Promise<boolean>;
  delete(key: string): Promise<void>;
  /** Adds one and returns the new count; the key expires ttlSeconds after its last increment. */
  increment(key: string, ttlSeconds: number): Promise<number>;
  /** Puts a value first in a list that keeps at most `max` entries. */
  pushCapped(key: string, value: string, max: number, ttlSeconds: number): Promise<void>;
  /** The list, newest first. */
  list(key: string): Promise<string[]>;
  close(): Promise<void>;
}
