import { Redis } from 'ioredis';
import type { SecurityStore } from './store';

const PREFIX = 'cognito-mfa:';

/** The store shared by every app instance that points at the same Redis (REDIS_URL). */
export class RedisStore implements SecurityStore {
  private readonly redis: Redis;

  constructor(url: string) {
    this.redis = new Redis(url, { keyPrefix: PREFIX, maxRetriesPerRequest: 2, enableOfflineQueue: true });
  }

  async get(key: string) {
    return this.redis.get(key);
  }

  async set(key: string, value: string, ttlSeconds: number) {
    await this.redis.set(key, value, 'EX', ttlSeconds);
  }

  async claim(key: string, value: string, ttlSeconds: number) {
    return (await this.redis.set(key, value, 'EX', ttlSeconds, 'NX')) === 'OK';
  }

  async delete(key: string) {
    await this.redis.del(key);
  }

  async increment(key: string, ttlSeconds: number) {
    const [[, count]] = (await this.redis.multi().incr(key).expire(key, ttlSeconds).exec()) as [[null, number]];
    return count;
  }

  async pushCapped(key: string, value: string, max: number, ttlSeconds: number) {
    await this.redis
      .multi()
      .lpush(key, value)
      .ltrim(key, 0, max - 1)
      .expire(key, ttlSeconds)
      .exec();
  }

  async list(key: string) {
    return this.redis.lrange(key, 0, -1);
  }

  async close() {
    await this.redis.quit();
  }
}
