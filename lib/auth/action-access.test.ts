import { CodeMismatchException, CognitoIdentityProviderClient, VerifySoftwareTokenCommand } from '@aws-sdk/client-cognito-identity-provider';
import { mockClient } from 'aws-sdk-client-mock';
import { encode } from 'next-auth/jwt';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { testConfig } from '@/lib/testing/config';

const config = testConfig();
vi.mock('@/lib/config', () => ({ getConfig: () => config }));

// The request's cookies, as next/headers would hand them to a server action.
const jar = vi.hoisted(() => new Map<string, string>());
vi.mock('next/headers', () => ({
  cookies: async () => ({
    get: (name: string) => (jar.has(name) ? { name, value: jar.get(name) } : undefined),
    getAll: () => [...jar].map(([name, value]) => ({ name, value })),
    set: (name: string, value: string) => jar.set(name, value),
    delete: (name: string) => jar.delete(name),
  }),
  headers: async () => new Headers({ 'x-forwarded-for': '203.0.113.9' }),
}));
vi.mock('next/navigation', () => ({
  redirect: (to: string) => {
    throw Object.assign(new Error(`redirect ${to}`), { to });
  },
}));

const cognito = mockClient(CognitoIdentityProviderClient);
const security = await import('@/app/account/security/actions');

function form(fields: Record<string, string>) {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.set(name, value);
  return data;
}

const filled = form({ code: '123456', password: 'pw', deviceName: 'Phone' });
const protectedActions = {
  startAuthenticatorSetup: () => security.startAuthenticatorSetup({}),
  verifyAuthenticator: () => security.verifyAuthenticator({}, filled),
  turnOffAuthenticator: () => security.turnOffAuthenticator({}, filled),
  replaceAuthenticator: () => security.replaceAuthenticator({}, filled),
};

async function sessionToken(claims: Record<string, unknown>) {
  return encode({ token: claims, secret: config.authSecret, maxAge: 3600 });
}

const cognitoClaims = { username: 'u-1', accessToken: 'a', accessTokenExpiresAt: Date.now() + 3_600_000 };

const requests: Record<string, () => Promise<void>> = {
  'no cookie at all': async () => {},
  'an expired session cookie': async () => {
    const now = Date.now();
    jar.set(
      'next-auth.session-token',
      await sessionToken({ email: 'a@b.c', sid: 's', authTime: now - 60_000, lastSeen: now - 31 * 60_000, cognito: cognitoClaims }),
    );
  },
  'only the cookie of the password step': async () => {
    jar.set(
      'cognito-challenge',
      await encode({
        token: { name: 'SOFTWARE_TOKEN_MFA', session: 's', username: 'u-1', email: 'a@b.c', startedAt: Date.now() },
        secret: config.authSecret,
        salt: 'cognito-challenge',
      }),
    );
  },
  'a challenge cookie renamed to the session cookie': async () => {
    jar.set(
      'next-auth.session-token',
      await encode({ token: { email: 'a@b.c', cognito: cognitoClaims }, secret: config.authSecret, salt: 'cognito-challenge' }),
    );
  },
};

beforeEach(() => {
  jar.clear();
  cognito.reset();
});

describe.each(Object.keys(requests))('a server action called with %s', (request) => {
  it.each(Object.keys(protectedActions))('%s is refused as not signed in and asks Cognito nothing', async (name) => {
    await requests[request]!();

    const result = await protectedActions[name as keyof typeof protectedActions]();

    expect(result).toMatchObject({ error: { code: 'not_signed_in' } });
    expect(cognito.calls()).toHaveLength(0);
  });
});

describe('the order Associate, Verify, SetUserMFAPreference', () => {
  it('C09 refuses the enable step with a message when no setup was started in this session, asking Cognito nothing', async () => {
    const now = Date.now();
    jar.set(
      'next-auth.session-token',
      await sessionToken({ email: 'a@b.c', sid: 's-c09', authTime: now, lastSeen: now, cognito: cognitoClaims }),
    );

    const result = await security.verifyAuthenticator({}, form({ code: '123456' }));

    expect(result).toMatchObject({
      error: { code: 'setup_not_started', message: 'Your authenticator setup expired. Start again to get a new QR code.' },
    });
    expect(cognito.calls()).toHaveLength(0);
  });
});

describe('a pool that requires MFA', () => {
  it('C24 refuses to turn the authenticator off, says why, and asks Cognito nothing', async () => {
    const now = Date.now();
    jar.set(
      'next-auth.session-token',
      await sessionToken({ email: 'a@b.c', sid: 's-c24', authTime: now, lastSeen: now, cognito: cognitoClaims }),
    );
    config.mfaRequired = true;

    const result = await security.turnOffAuthenticator({}, filled);
    config.mfaRequired = false;

    expect(result).toMatchObject({
      error: { code: 'mfa_required_by_pool', message: 'Your organisation requires an authenticator app, so it cannot be turned off.' },
    });
    expect(cognito.calls()).toHaveLength(0);
  });
});

describe('an action sent something other than a form', () => {
  it('refuses it with a message, from every action that reads a form, asking Cognito nothing', async () => {
    const modules = [
      security,
      await import('@/app/(auth)/sign-in/actions'),
      await import('@/app/(auth)/sign-in/challenge-actions'),
      await import('@/app/(auth)/sign-up/actions'),
      await import('@/app/(auth)/forgot-password/actions'),
    ];
    const formActions = modules.flatMap((actions) =>
      Object.entries(actions).filter(([, action]) => typeof action === 'function' && action.length === 2),
    );
    expect(formActions.length).toBeGreaterThanOrEqual(12);

    for (const [name, action] of formActions) {
      const result = await (action as (previous: unknown, form: unknown) => Promise<unknown>)('x', 'y');
      expect(result, name).toMatchObject({ error: { code: 'malformed_request' } });
    }
    expect(cognito.calls()).toHaveLength(0);
  });
});

describe('C13 a refused code at setup during sign-in', () => {
  it('hands back the device name as typed, so a page rendered without JavaScript fills it in again', async () => {
    jar.set(
      'cognito-challenge',
      await encode({
        token: { name: 'MFA_SETUP', session: 's', username: 'u-1', email: 'a@b.c', secret: 'JBSWY3DPEHPK3PXP', startedAt: Date.now() },
        secret: config.authSecret,
        salt: 'cognito-challenge',
      }),
    );
    cognito.on(VerifySoftwareTokenCommand).rejects(new CodeMismatchException({ message: 'Invalid code', $metadata: {} }));
    const challenges = await import('@/app/(auth)/sign-in/challenge-actions');

    const result = await challenges.submitSetupCode({}, form({ code: '123456', deviceName: 'Work phone' }));

    expect(result).toMatchObject({ error: { code: 'code_mismatch', field: 'code' }, deviceName: 'Work phone' });
  });
});
