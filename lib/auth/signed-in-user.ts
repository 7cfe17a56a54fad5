import 'server-only';
import { cache } from 'react';
import type { AuthenticationResultType } from '@aws-sdk/client-cognito-identity-provider';
import { decodeJwt } from 'jose';
import { readSessionToken, writeSessionToken } from '@/lib/auth/session-token';

export type SignedInUser = {
  /** The Cognito username (the `sub` in pools that sign in by email). */
  username: string;
  email: string;
  accessToken: string;
  refreshToken?: string;
  accessTokenExpiresAt: number;
};

type CognitoTokens = Pick<AuthenticationResultType, 'AccessToken' | 'IdToken' | 'RefreshToken' | 'ExpiresIn'>;

/**
 * Starts the one next-auth session of a sign-in, only once Cognito has returned tokens.
 * The tokens stay inside the encrypted session cookie; the browser's JavaScript never sees them.
 */
export async function startSession(tokens: CognitoTokens): Promise<void> {
  if (!tokens.AccessToken || !tokens.IdToken) throw new Error('Cognito returned no tokens');

  const identity = decodeJwt(tokens.IdToken);
  const access = decodeJwt(tokens.AccessToken);
  const email = typeof identity.email === 'string' ? identity.email : '';
  const username = typeof access.username === 'string' ? access.username : String(identity.sub);

  await writeSessionToken({
    sub: String(identity.sub),
    email,
    name: email,
    cognito: {
      username,
      accessToken: tokens.AccessToken,
      refreshToken: tokens.RefreshToken,
      accessTokenExpiresAt: Date.now() + (tokens.ExpiresIn ?? 3600) * 1000,
    },
  });
}

/**
 * The person behind this request, read from the session cookie, or null.
 * Every page and server action asks this itself; nothing relies on the proxy alone.
 */
export const getSignedInUser = cache(async (): Promise<SignedInUser | null> => {
  const token = await readSessionToken();
  const cognito = token?.cognito as Omit<SignedInUser, 'email'> | undefined;
  if (!token || !cognito?.accessToken || typeof token.email !== 'string') return null;

  return { ...cognito, email: token.email };
});
