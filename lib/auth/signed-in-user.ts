import 'server-only';
import { randomUUID } from 'node:crypto';
import { cache } from 'react';
import type { AuthenticationResultType } from '@aws-sdk/client-cognito-identity-provider';
import { decodeJwt } from 'jose';
import { sessionExpired } from '@/lib/auth/session-policy';
import { sessionRevoked } from '@/lib/auth/session-revocation';
import { readSessionToken, writeSessionToken } from '@/lib/auth/session-token';
import { getConfig } from '@/lib/config';

export type CognitoSession = {
  /** The Cognito username (the `sub` in pools that sign in by email). */
  username: string;
  accessToken: string;
  refreshToken?: string;
  accessTokenExpiresAt: number;
};

export type SignedInUser = CognitoSession & {
  email: string;
  sessionId: string;
  authTime: number;
};

type CognitoTokens = Pick<AuthenticationResultType, 'AccessToken' | 'IdToken' | 'RefreshToken' | 'ExpiresIn'>;

/** The Cognito part of a session, from the tokens Cognito just returned. */
export function cognitoSession(tokens: CognitoTokens, previous?: CognitoSession): CognitoSession & { email?: string } {
  if (!tokens.AccessToken) throw new Error('Cognito returned no access token');

  const access = decodeJwt(tokens.AccessToken);
  const identity = tokens.IdToken ? decodeJwt(tokens.IdToken) : undefined;
  return {
    username: typeof access.username === 'string' ? access.username : String(access.sub),
    accessToken: tokens.AccessToken,
    // REFRESH_TOKEN_AUTH returns no new refresh token: the one we had stays in use.
    refreshToken: tokens.RefreshToken ?? previous?.refreshToken,
    // The token's own expiry; ExpiresIn is missing from some answers (and from the emulator's).
    accessTokenExpiresAt: typeof access.exp === 'number' ? access.exp * 1000 : Date.now() + (tokens.ExpiresIn ?? 3600) * 1000,
    ...(typeof identity?.email === 'string' ? { email: identity.email } : {}),
  };
}

async function writeSession(email: string, cognito: CognitoSession, sessionId: string, authTime: number) {
  await writeSessionToken({
    sub: cognito.username,
    email,
    name: email,
    sid: sessionId,
    authTime,
    lastSeen: Date.now(),
    cognito,
  });
}

/**
 * Starts the one next-auth session of a sign-in, only once Cognito has returned tokens, with a new
 * session id, and returns its start time. The tokens stay inside the encrypted session cookie;
 * browser JavaScript never sees them.
 */
export async function startSession(tokens: CognitoTokens): Promise<number> {
  const { email = '', ...cognito } = cognitoSession(tokens);
  const authTime = Date.now();
  await writeSession(email, cognito, randomUUID(), authTime);
  return authTime;
}

/** A new session id and sign-in time for the person who just changed their MFA settings. */
export async function renewSession(user: SignedInUser): Promise<number> {
  const authTime = Date.now();
  const { email, sessionId: _old, authTime: _previous, ...cognito } = user;
  await writeSession(email, cognito, randomUUID(), authTime);
  return authTime;
}

/**
 * The person behind this request, read from the session cookie, or null when there is none or it
 * has ended (idle, too old, signed out, or started before an MFA change). Every page and server
 * action asks this itself; nothing relies on the proxy alone.
 */
export const getSignedInUser = cache(async (): Promise<SignedInUser | null> => {
  const token = await readSessionToken();
  const cognito = token?.cognito as CognitoSession | undefined;
  const { sid, authTime, lastSeen, email } = token ?? {};
  if (!cognito?.accessToken || typeof email !== 'string') return null;
  if (typeof sid !== 'string' || typeof authTime !== 'number' || typeof lastSeen !== 'number') return null;

  if (sessionExpired({ authTime, lastSeen }, getConfig())) return null;
  // The proxy refreshes the access token before this point; one that has lapsed means the refresh failed.
  if (cognito.accessTokenExpiresAt <= Date.now()) return null;
  if (await sessionRevoked(sid, cognito.username, authTime)) return null;

  return { ...cognito, email, sessionId: sid, authTime };
});
