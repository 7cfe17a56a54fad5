import 'server-only';
import { getConfig } from '@/lib/config';
import { MemoryStore } from './memory-store';
import { RedisStore } from './redis-store';
import type { SecurityStore } from './store';

let store: SecurityStore | undefined;

/** Redis when REDIS_URL is set, so several instances share one view; this process's memory otherwise. */
export function securityStore(): SecurityStore {
  const { redisUrl } = getConfig();
  store ??= redisUrl ? new RedisStore(redisUrl) : new MemoryStore();
  return store;
}
