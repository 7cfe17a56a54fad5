import type { SecurityStore } from './store';

type Entry = { value: string | string[]; expiresAt: number };

/** The store of a single app instance. Expired keys are dropped when touched and by a periodic sweep. */
export class MemoryStore implements SecurityStore {
  private readonly entries = new Map<string, Entry>();
  private readonly sweeper: NodeJS.Timeout;

  constructor(private readonly now: () => number = Date.now) {
    this.sweeper = setInterval(() => this.sweep(), 60_000);
    this.sweeper.unref();
  }

  private live(key: string): Entry | undefined {
    const entry = this.entries.get(key);
    if (entry && entry.expiresAt <= this.now()) {
      this.entries.delete(key);
      return undefined;
    }
    return entry;
  }

  private sweep() {
    for (const key of this.entries.keys()) this.live(key);
  }

  private expiry(ttlSeconds: number) {
    return this.now() + ttlSeconds * 1000;
  }

  async get(key: string) {
    const value = this.live(key)?.value;
    return typeof value === 'string' ? value : null;
  }

  async set(key: string, value: string, ttlSeconds: number) {
    this.entries.set(key, { value, expiresAt: this.expiry(ttlSeconds) });
  }

  async claim(key: string, value: string, ttlSeconds: number) {
    if (this.live(key)) return false;
    this.entries.set(key, { value, expiresAt: this.expiry(ttlSeconds) });
    return true;
  }

  async delete(key: string) {
    this.entries.delete(key);
  }

  async increment(key: string, ttlSeconds: number) {
    const count = Number(this.live(key)?.value ?? 0) + 1;
    this.entries.set(key, { value: String(count), expiresAt: this.expiry(ttlSeconds) });
    return count;
  }

  async pushCapped(key: string, value: string, max: number, ttlSeconds: number) {
    const current = this.live(key)?.value;
    const list = Array.isArray(current) ? current : [];
    this.entries.set(key, { value: [value, ...list].slice(0, max), expiresAt: this.expiry(ttlSeconds) });
  }

  async list(key: string) {
    const value = this.live(key)?.value;
    return Array.isArray(value) ? [...value] : [];
  }

  async close() {
    clearInterval(this.sweeper);
    this.entries.clear();
  }
}
