import 'server-only';
import { cookies } from 'next/headers';
import { decode, encode, type JWT } from 'next-auth/jwt';
import { getConfig } from '@/lib/config';

// next-auth splits a large session token over numbered cookies of this size; we write them the same way.
const CHUNK_SIZE = 4096 - 163;

export function sessionCookieName(secure = getConfig().secureCookies): string {
  return `${secure ? '__Host-' : ''}next-auth.session-token`;
}

type Cookie = { name: string; value: string };
type CookieWrite = Cookie & { options: { httpOnly: true; sameSite: 'lax'; secure: boolean; path: '/'; maxAge: number } };

/** The session cookies among all the request's cookies, in chunk order. */
export function sessionCookiesOf(all: Cookie[]): Cookie[] {
  const name = sessionCookieName();
  const chunk = (cookie: Cookie) => (cookie.name === name ? 0 : Number(cookie.name.slice(name.length + 1)));
  const isSession = (cookie: Cookie) =>
    cookie.name === name || (cookie.name.startsWith(`${name}.`) && Number.isInteger(chunk(cookie)));

  return all.filter(isSession).sort((a, b) => chunk(a) - chunk(b));
}

/** The cookies that carry an encrypted session token; next-auth reads them back the same way. */
export async function sessionCookieWrites(token: JWT): Promise<CookieWrite[]> {
  const { authSecret, secureCookies, sessionMaxSeconds } = getConfig();
  const value = await encode({ token, secret: authSecret, maxAge: sessionMaxSeconds });
  const chunks = value.match(new RegExp(`.{1,${CHUNK_SIZE}}`, 'g')) ?? [];
  const name = sessionCookieName();
  const options = { httpOnly: true, sameSite: 'lax', secure: secureCookies, path: '/', maxAge: sessionMaxSeconds } as const;

  return chunks.map((chunk, index) => ({ name: chunks.length === 1 ? name : `${name}.${index}`, value: chunk, options }));
}

export async function decodeSessionCookies(all: Cookie[]): Promise<JWT | null> {
  const value = sessionCookiesOf(all)
    .map((cookie) => cookie.value)
    .join('');
  if (!value) return null;

  try {
    return await decode({ token: value, secret: getConfig().authSecret });
  } catch {
    return null;
  }
}

/** Mints the next-auth session cookie (an encrypted JWT), replacing any earlier one. */
export async function writeSessionToken(token: JWT): Promise<void> {
  const store = await cookies();
  for (const stale of sessionCookiesOf(store.getAll())) store.delete(stale.name);
  for (const { name, value, options } of await sessionCookieWrites(token)) store.set(name, value, options);
}

export async function readSessionToken(): Promise<JWT | null> {
  return decodeSessionCookies((await cookies()).getAll());
}

export async function clearSessionToken(): Promise<void> {
  const store = await cookies();
  for (const cookie of sessionCookiesOf(store.getAll())) store.delete(cookie.name);
}
