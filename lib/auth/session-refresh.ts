import 'server-only';
import type { JWT } from 'next-auth/jwt';
import { decodeJwt } from 'jose';
import { cognitoSession, type CognitoSession } from '@/lib/auth/signed-in-user';
import { refreshTokens } from '@/lib/cognito/refresh';
import { classifyCognitoError } from '@/lib/errors';
import { logger } from '@/lib/log';

const log = logger('session');

// Refresh this long before the access token expires, so no request is made with one about to lapse;
// at most half its lifetime, so short-lived tokens are not refreshed on every request.
const MAX_REFRESH_MARGIN_MS = 5 * 60 * 1000;

/** Whether the session's access token is close enough to its expiry to refresh now. */
export function refreshDue(cognito: CognitoSession, now = Date.now()): boolean {
  let lifetimeMs = 60 * 60 * 1000;
  try {
    const { iat, exp } = decodeJwt(cognito.accessToken);
    if (typeof iat === 'number' && typeof exp === 'number') lifetimeMs = (exp - iat) * 1000;
  } catch {
    // A token that cannot be read is refreshed like one about to expire.
    return true;
  }
  const margin = Math.min(MAX_REFRESH_MARGIN_MS, lifetimeMs / 2);
  return cognito.accessTokenExpiresAt - now <= margin;
}

export type RefreshOutcome = { kind: 'unchanged' } | { kind: 'refreshed'; token: JWT } | { kind: 'ended' };

/**
 * REFRESH_TOKEN_AUTH before the access token expires, so a session outlives the token lifetime.
 * A refresh Cognito refuses (revoked, expired, user deleted or disabled) ends the session; one that
 * fails for a passing reason keeps the session while its access token is still valid.
 */
export async function refreshSessionToken(token: JWT, now = Date.now()): Promise<RefreshOutcome> {
  const cognito = token.cognito as CognitoSession | undefined;
  if (!cognito?.accessToken || !refreshDue(cognito, now)) return { kind: 'unchanged' };
  if (!cognito.refreshToken) return cognito.accessTokenExpiresAt > now ? { kind: 'unchanged' } : { kind: 'ended' };

  try {
    const tokens = await refreshTokens(cognito.refreshToken, cognito.username);
    const { email: _email, ...refreshed } = cognitoSession(tokens, cognito);
    log.info('access token refreshed', { user: cognito.username });
    return { kind: 'refreshed', token: { ...token, cognito: refreshed } };
  } catch (error) {
    const reason = classifyCognitoError(error, 'account');
    log.warn('access token not refreshed', { user: cognito.username, reason, error });
    const passing = reason === 'service_unavailable' || reason === 'too_many_attempts';
    return passing && cognito.accessTokenExpiresAt > now ? { kind: 'unchanged' } : { kind: 'ended' };
  }
}
