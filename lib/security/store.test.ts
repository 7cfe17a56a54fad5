import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startRedisServer } from '@/lib/testing/redis-server';
import { MemoryStore } from './memory-store';
import { RedisStore } from './redis-store';
import type { SecurityStore } from './store';

let redis: Awaited<ReturnType<typeof startRedisServer>>;
const stores: Record<string, SecurityStore> = {};

beforeAll(async () => {
  redis = await startRedisServer();
  stores.memory = new MemoryStore();
  stores.redis = new RedisStore(redis.url);
});

afterAll(async () => {
  await Promise.all(Object.values(stores).map((store) => store.close()));
  await redis?.stop();
});

describe.each(['memory', 'redis'])('%s security store', (kind) => {
  const store = () => stores[kind]!;
  const key = (name: string) => `${kind}-${name}-${Math.random()}`;

  it('reads back what was set, and nothing for an unknown key', async () => {
    const k = key('set');
    await store().set(k, 'v', 60);

    expect(await store().get(k)).toBe('v');
    expect(await store().get(key('missing'))).toBeNull();
  });

  it('lets only the first of two claims on a key win', async () => {
    const k = key('claim');

    const results = await Promise.all([store().claim(k, 'a', 60), store().claim(k, 'b', 60)]);

    expect(results.sort()).toEqual([false, true]);
  });

  it('counts increments and forgets a deleted key', async () => {
    const k = key('count');
    await store().increment(k, 60);
    expect(await store().increment(k, 60)).toBe(2);

    await store().delete(k);

    expect(await store().increment(k, 60)).toBe(1);
  });

  it('keeps a list newest first and at most the cap', async () => {
    const k = key('list');
    for (const value of ['1', '2', '3', '4']) await store().pushCapped(k, value, 3, 60);

    expect(await store().list(k)).toEqual(['4', '3', '2']);
  });

  it('forgets a key when its time is up', async () => {
    const k = key('ttl');
    await store().set(k, 'v', 1);

    await new Promise((resolve) => setTimeout(resolve, 1100));

    expect(await store().get(k)).toBeNull();
  });
});

describe('redis security store across instances', () => {
  it('shares claims between two app instances on the same Redis', async () => {
    const other = new RedisStore(redis.url);
    const k = `shared-${Math.random()}`;

    expect(await stores.redis!.claim(k, 'a', 60)).toBe(true);
    expect(await other.claim(k, 'b', 60)).toBe(false);
    await other.close();
  });
});
