import type { NextAuthOptions } from 'next-auth';
import { getConfig } from '@/lib/config';
import { sessionCookieName } from '@/lib/auth/session-token';

/**
 * next-auth owns the session format and its endpoints (/api/auth/session, /api/auth/csrf).
 * Sign-in itself happens in server actions, which mint the session with next-auth's own encoder,
 * so there is no provider here.
 */
export function authOptions(): NextAuthOptions {
  const { authSecret, secureCookies, sessionMaxSeconds } = getConfig();
  return {
    secret: authSecret,
    useSecureCookies: secureCookies,
    session: { strategy: 'jwt', maxAge: sessionMaxSeconds },
    // Over https the cookie is __Host- prefixed: Secure, path /, and no Domain, so no subdomain can set it.
    cookies: {
      sessionToken: {
        name: sessionCookieName(secureCookies),
        options: { httpOnly: true, sameSite: 'lax', path: '/', secure: secureCookies },
      },
    },
    // next-auth's own pages are unstyled and never needed: the app's sign-in page stands in for them.
    pages: { signIn: '/sign-in', signOut: '/sign-in', error: '/sign-in' },
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
