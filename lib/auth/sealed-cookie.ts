import 'server-only';
import { cookies } from 'next/headers';
import { decode, encode } from 'next-auth/jwt';
import { getConfig } from '@/lib/config';

/**
 * A small encrypted, HttpOnly cookie for state that must survive between two requests but never
 * reach the browser's JavaScript: the sign-in challenge and the pending authenticator secret.
 * Each kind has its own salt, so one cannot be replayed as the other or as the session.
 */
export function sealedCookie<T extends Record<string, unknown>>(kind: string, maxAgeSeconds: number) {
  const name = () => (getConfig().secureCookies ? `__Host-${kind}` : kind);

  return {
    async write(payload: T): Promise<void> {
      const { authSecret, secureCookies } = getConfig();
      const value = await encode({ token: payload, secret: authSecret, salt: kind, maxAge: maxAgeSeconds });
      (await cookies()).set(name(), value, {
        httpOnly: true,
        sameSite: 'lax',
        secure: secureCookies,
        path: '/',
        maxAge: maxAgeSeconds,
      });
    },

    async read(): Promise<T | null> {
      const value = (await cookies()).get(name())?.value;
      if (!value) return null;
      try {
        return ((await decode({ token: value, secret: getConfig().authSecret, salt: kind })) as T | null) ?? null;
      } catch {
        return null;
      }
    },

    async clear(): Promise<void> {
      (await cookies()).delete(name());
    },
  };
}
