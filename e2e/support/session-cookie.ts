import type { BrowserContext } from '@playwright/test';
import { decode, encode, type JWT } from 'next-auth/jwt';
// @ts-expect-error: the local stack is a plain ES module shared with the dev scripts.
import { E2E_AUTH_SECRET } from '../../scripts/local-stack.mjs';

export const SESSION_COOKIE = 'next-auth.session-token';

export async function sessionCookie(context: BrowserContext) {
  return (await context.cookies()).find((cookie) => cookie.name === SESSION_COOKIE);
}

/** The claims inside this context's session cookie, read with the e2e server's secret. */
export async function sessionClaims(context: BrowserContext): Promise<JWT | null> {
  const cookie = await sessionCookie(context);
  return cookie ? decode({ token: cookie.value, secret: E2E_AUTH_SECRET }) : null;
}

/** Rewrites the session cookie as if time had passed, to test the server's timeouts end to end. */
export async function ageSession(context: BrowserContext, change: (claims: JWT) => JWT): Promise<void> {
  const cookie = await sessionCookie(context);
  const claims = await sessionClaims(context);
  if (!cookie || !claims) throw new Error('No session cookie to age');

  const value = await encode({ token: change(claims), secret: E2E_AUTH_SECRET });
  await context.addCookies([{ ...cookie, value }]);
}
