import 'server-only';
import { cookies } from 'next/headers';
import { decode, encode, type JWT } from 'next-auth/jwt';
import { getConfig } from '@/lib/config';

/** How long a signed-in session lasts before the person must sign in again. */
export const SESSION_MAX_AGE_SECONDS = 12 * 60 * 60;

// next-auth splits a large session token over numbered cookies of this size; we write them the same way.
const CHUNK_SIZE = 4096 - 163;

export function sessionCookieName(secure = getConfig().secureCookies): string {
  return `${secure ? '__Secure-' : ''}next-auth.session-token`;
}

type CookieStore = Awaited<ReturnType<typeof cookies>>;

function sessionCookies(store: CookieStore) {
  const name = sessionCookieName();
  return store
    .getAll()
    .filter((cookie) => cookie.name === name || cookie.name.startsWith(`${name}.`))
    .sort((a, b) => Number(a.name.split('.').pop()) - Number(b.name.split('.').pop()));
}

/** Mints the next-auth session cookie (an encrypted JWT) after Cognito has returned tokens. */
export async function writeSessionToken(token: JWT): Promise<void> {
  const { authSecret, secureCookies } = getConfig();
  const value = await encode({ token, secret: authSecret, maxAge: SESSION_MAX_AGE_SECONDS });
  const store = await cookies();
  const name = sessionCookieName();

  for (const stale of sessionCookies(store)) store.delete(stale.name);

  const chunks = value.match(new RegExp(`.{1,${CHUNK_SIZE}}`, 'g')) ?? [];
  chunks.forEach((chunk, index) => {
    store.set(chunks.length === 1 ? name : `${name}.${index}`, chunk, {
      httpOnly: true,
      sameSite: 'lax',
      secure: secureCookies,
      path: '/',
      maxAge: SESSION_MAX_AGE_SECONDS,
    });
  });
}

export async function readSessionToken(): Promise<JWT | null> {
  const value = sessionCookies(await cookies())
    .map((cookie) => cookie.value)
    .join('');
  if (!value) return null;

  try {
    return await decode({ token: value, secret: getConfig().authSecret });
  } catch {
    return null;
  }
}

export async function clearSessionToken(): Promise<void> {
  const store = await cookies();
  for (const cookie of sessionCookies(store)) store.delete(cookie.name);
}
