import 'server-only';
import { getConfig } from '@/lib/config';
import { securityStore } from '@/lib/security/security-store';

/**
 * Sessions the server refuses although their cookie is still valid: one that signed out, and every
 * session of a user that began before their MFA settings last changed.
 */
export async function revokeSession(sessionId: string): Promise<void> {
  await securityStore().set(`revoked-session:${sessionId}`, '1', getConfig().sessionMaxSeconds);
}

export async function endSessionsStartedBefore(username: string, time: number): Promise<void> {
  await securityStore().set(`sessions-valid-after:${username}`, String(time), getConfig().sessionMaxSeconds);
}

export async function sessionRevoked(sessionId: string, username: string, authTime: number): Promise<boolean> {
  const store = securityStore();
  const [revoked, validAfter] = await Promise.all([
    store.get(`revoked-session:${sessionId}`),
    store.get(`sessions-valid-after:${username}`),
  ]);
  return revoked !== null || authTime < Number(validAfter ?? 0);
}
