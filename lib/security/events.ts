import { logger } from '@/lib/log';
import type { SecurityStore } from './store';

export type SecurityEventType =
  | 'signed-in-with-authenticator'
  | 'authenticator-enabled'
  | 'authenticator-disabled'
  | 'authenticator-replacement-started'
  | 'locked-out';

export type SecurityEvent = { type: SecurityEventType; at: string; address: string };

const KEEP = 10;
const KEEP_SECONDS = 90 * 24 * 60 * 60;
const log = logger('security-event');

function key(account: string) {
  return `events:${account.trim().toLowerCase()}`;
}

/** Logs the event for operators and keeps the last few for the person's own security page. */
export async function recordSecurityEvent(
  store: SecurityStore,
  account: string,
  type: SecurityEventType,
  address: string,
  now = new Date(),
): Promise<void> {
  const event: SecurityEvent = { type, at: now.toISOString(), address };
  log.info(type, { account, at: event.at, address });
  await store.pushCapped(key(account), JSON.stringify(event), KEEP, KEEP_SECONDS);
}

export async function recentSecurityEvents(store: SecurityStore, account: string): Promise<SecurityEvent[]> {
  return (await store.list(key(account))).map((entry) => JSON.parse(entry) as SecurityEvent);
}
