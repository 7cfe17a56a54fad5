import { describe, expect, it } from 'vitest';
import { MemoryStore } from './memory-store';
import { claimCode, releaseCode } from './used-codes';

describe('used codes', () => {
  it('accepts a code once per account, and never again within its validity window', async () => {
    const store = new MemoryStore();

    expect(await claimCode(store, 'user-1', '012345')).toBe(true);
    expect(await claimCode(store, 'user-1', '012345')).toBe(false);
    expect(await claimCode(store, 'user-2', '012345')).toBe(true);
  });

  it('gives a code back when it was not accepted, so a retry is judged again', async () => {
    const store = new MemoryStore();
    await claimCode(store, 'user-1', '012345');

    await releaseCode(store, 'user-1', '012345');

    expect(await claimCode(store, 'user-1', '012345')).toBe(true);
  });

  it('never stores the code itself', async () => {
    const store = new MemoryStore();
    const keys: string[] = [];
    const spy = { ...store, claim: async (key: string) => (keys.push(key), true) } as unknown as MemoryStore;

    await claimCode(spy, 'user-1', '012345');

    expect(keys[0]).not.toContain('012345');
  });
});
