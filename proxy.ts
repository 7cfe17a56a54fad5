import { NextResponse, type NextRequest } from 'next/server';
import { noticeCookie } from '@/lib/auth/notice';
import { needsTouch, sessionExpired } from '@/lib/auth/session-policy';
import { refreshSessionToken } from '@/lib/auth/session-refresh';
import { decodeSessionCookies, sessionCookiesOf, sessionCookieWrites } from '@/lib/auth/session-token';
import { getConfig } from '@/lib/config';
import { refuseMalformedAction } from '@/lib/http/action-request';
import { refuseBody } from '@/lib/http/body-limit';
import { newNonce, securityHeaders } from '@/lib/http/security-headers';

/**
 * Quick work before every page: security headers with a fresh CSP nonce, the session's idle
 * clock, and a Cognito access token refreshed before it expires. Access checks stay in the pages and actions themselves (lib/auth/signed-in-user.ts).
 */
export async function proxy(request: NextRequest) {
  const refusal = refuseBody(request.method, request.headers.get('content-length')) ?? (await refuseMalformedAction(request));
  if (refusal) return refusal;

  const config = getConfig();
  const headers = securityHeaders({
    nonce: newNonce(),
    secure: config.secureCookies,
    development: process.env.NODE_ENV === 'development',
  });

  // Next.js reads the nonce for its own scripts from the request's CSP header.
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set('Content-Security-Policy', headers['Content-Security-Policy']);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);

  await keepSessionAlive(request, response);
  return response;
}

/** Records activity for the idle timeout, refreshes the access token, and drops a session that has ended. */
async function keepSessionAlive(request: NextRequest, response: NextResponse) {
  const cookies = request.cookies.getAll();
  const token = await decodeSessionCookies(cookies);
  if (!token) return;

  const times = { authTime: Number(token.authTime), lastSeen: Number(token.lastSeen) };
  if (sessionExpired(times, getConfig())) {
    for (const cookie of sessionCookiesOf(cookies)) response.cookies.delete(cookie.name);
    return;
  }
  const refresh = await refreshSessionToken(token);
  if (refresh.kind === 'ended') {
    endSession(cookies, response);
    return;
  }
  if (refresh.kind === 'unchanged' && !needsTouch(times)) return;

  const current = refresh.kind === 'refreshed' ? refresh.token : token;
  for (const cookie of sessionCookiesOf(cookies)) response.cookies.delete(cookie.name);
  for (const { name, value, options } of await sessionCookieWrites({ ...current, lastSeen: Date.now() })) {
    response.cookies.set(name, value, options);
  }
}

/** Drops the session cookie and leaves a notice, so the sign-in form says why the person is there. */
function endSession(cookies: { name: string; value: string }[], response: NextResponse) {
  for (const cookie of sessionCookiesOf(cookies)) response.cookies.delete(cookie.name);
  const notice = noticeCookie('not_signed_in');
  response.cookies.set(notice.name, notice.value, notice.options);
}

export const config = {
  matcher: [
    {
      source: '/((?!_next/static|_next/image|favicon.ico).*)',
      missing: [
        { type: 'header', key: 'next-router-prefetch' },
        { type: 'header', key: 'purpose', value: 'prefetch' },
      ],
    },
  ],
};
