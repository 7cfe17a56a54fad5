import type { NextAuthOptions } from 'next-auth';
import { getConfig } from '@/lib/config';
import { SESSION_MAX_AGE_SECONDS } from '@/lib/auth/session-token';

/**
 * next-auth owns the session format and its endpoints (/api/auth/session, /api/auth/csrf).
 * Sign-in itself happens in server actions, which mint the session with next-auth's own encoder,
 * so there is no provider here.
 */
export function authOptions(): NextAuthOptions {
  const { authSecret, secureCookies } = getConfig();
  return {
    secret: authSecret,
    useSecureCookies: secureCookies,
    session: { strategy: 'jwt', maxAge: SESSION_MAX_AGE_SECONDS },
    pages: { signIn: '/sign-in' },
    providers: [],
    callbacks: {
      // Only the email reaches the browser; the Cognito tokens stay in the encrypted token.
      session: ({ session, token }) => ({
        expires: session.expires,
        user: { email: token.email, name: token.email },
      }),
    },
  };
}
