/** When a session ends on its own: after a time unused, and a fixed time after sign-in. */
export type SessionTimes = { authTime: number; lastSeen: number };

export type SessionLimits = { sessionIdleSeconds: number; sessionMaxSeconds: number };

export function sessionExpired(times: SessionTimes, limits: SessionLimits, now = Date.now()): boolean {
  return now - times.lastSeen > limits.sessionIdleSeconds * 1000 || now - times.authTime > limits.sessionMaxSeconds * 1000;
}

/** How often activity is written back to the cookie: often enough for the idle limit, not on every request. */
export const TOUCH_INTERVAL_MS = 60_000;

export function needsTouch(times: SessionTimes, now = Date.now()): boolean {
  return now - times.lastSeen > TOUCH_INTERVAL_MS;
}
