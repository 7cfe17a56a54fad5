import { CognitoIdentityProviderClient, InitiateAuthCommand } from '@aws-sdk/client-cognito-identity-provider';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { secretHash } from '@/lib/cognito/secret-hash';
import { testConfig } from '@/lib/testing/config';
import { refreshDue, refreshSessionToken } from './session-refresh';

const config = vi.hoisted(() => ({ current: {} as ReturnType<typeof testConfig> }));
vi.mock('@/lib/config', () => ({ getConfig: () => config.current }));

const cognito = mockClient(CognitoIdentityProviderClient);

/** An access token as Cognito shapes it; only its claims matter here, so it is not signed. */
function accessToken(issuedAt: number, lifetimeSeconds: number) {
  const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const iat = Math.floor(issuedAt / 1000);
  return `${part({ alg: 'RS256' })}.${part({ sub: '3f1c-uuid', username: '3f1c-uuid', iat, exp: iat + lifetimeSeconds })}.sig`;
}

const now = Date.parse('2026-03-03T12:00:00Z');

function sessionToken(issuedAt: number, lifetimeSeconds: number, refreshToken: string | null = 'refresh-1') {
  return {
    sub: '3f1c-uuid',
    email: 'jane.doe@example.com',
    sid: 'session-id',
    cognito: {
      username: '3f1c-uuid',
      accessToken: accessToken(issuedAt, lifetimeSeconds),
      ...(refreshToken ? { refreshToken } : {}),
      accessTokenExpiresAt: issuedAt + lifetimeSeconds * 1000,
    },
  };
}

beforeEach(() => {
  cognito.reset();
  config.current = testConfig();
});

describe('refreshDue', () => {
  it('waits until five minutes before expiry for an hour-long token', () => {
    const { cognito: session } = sessionToken(now, 3600);

    expect(refreshDue(session, now + 54 * 60 * 1000)).toBe(false);
    expect(refreshDue(session, now + 55 * 60 * 1000)).toBe(true);
  });

  it('waits half the lifetime of a short-lived token, so it is not refreshed on every request', () => {
    const { cognito: session } = sessionToken(now, 30);

    expect(refreshDue(session, now + 10_000)).toBe(false);
    expect(refreshDue(session, now + 15_000)).toBe(true);
  });
});

describe('refreshSessionToken', () => {
  it('C17 refreshes with REFRESH_TOKEN_AUTH and a SECRET_HASH of the Cognito username, keeping the refresh token', async () => {
    config.current = testConfig({ clientSecret: 'client-secret' });
    const fresh = accessToken(now + 56 * 60 * 1000, 3600);
    cognito.on(InitiateAuthCommand).resolves({ AuthenticationResult: { AccessToken: fresh, IdToken: 'x.e30.y' } });

    const outcome = await refreshSessionToken(sessionToken(now, 3600), now + 56 * 60 * 1000);

    expect(cognito.commandCalls(InitiateAuthCommand)[0]!.args[0].input).toEqual({
      AuthFlow: 'REFRESH_TOKEN_AUTH',
      ClientId: 'client-id',
      AuthParameters: { REFRESH_TOKEN: 'refresh-1', SECRET_HASH: secretHash('3f1c-uuid', 'client-id', 'client-secret') },
    });
    expect(outcome).toMatchObject({
      kind: 'refreshed',
      token: {
        sid: 'session-id',
        email: 'jane.doe@example.com',
        cognito: { accessToken: fresh, refreshToken: 'refresh-1', accessTokenExpiresAt: now + 56 * 60 * 1000 + 3600 * 1000 },
      },
    });
  });

  it('leaves a session whose token is far from expiry alone, without calling Cognito', async () => {
    expect(await refreshSessionToken(sessionToken(now, 3600), now + 60_000)).toEqual({ kind: 'unchanged' });
    expect(cognito.calls()).toHaveLength(0);
  });

  it('ends the session when Cognito refuses the refresh token', async () => {
    cognito
      .on(InitiateAuthCommand)
      .rejects(Object.assign(new Error('Refresh Token has been revoked'), { name: 'NotAuthorizedException' }));

    expect(await refreshSessionToken(sessionToken(now, 3600), now + 56 * 60 * 1000)).toEqual({ kind: 'ended' });
  });

  it('keeps a still-valid session through an outage, and ends it once the token has lapsed', async () => {
    cognito.on(InitiateAuthCommand).rejects(Object.assign(new Error('down'), { name: 'ServiceUnavailableException' }));

    expect(await refreshSessionToken(sessionToken(now, 3600), now + 56 * 60 * 1000)).toEqual({ kind: 'unchanged' });
    expect(await refreshSessionToken(sessionToken(now, 3600), now + 61 * 60 * 1000)).toEqual({ kind: 'ended' });
  });

  it('ends a lapsed session that has no refresh token', async () => {
    expect(await refreshSessionToken(sessionToken(now, 3600, null), now + 61 * 60 * 1000)).toEqual({ kind: 'ended' });
    expect(cognito.calls()).toHaveLength(0);
  });
});
