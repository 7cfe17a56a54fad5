import { AssociateSoftwareTokenCommand, CognitoIdentityProviderClient } from '@aws-sdk/client-cognito-identity-provider';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { testConfig } from '@/lib/testing/config';
import { cookieJar } from '@/lib/testing/next-cookies';
import { challengeCookie } from './challenge-cookie';
import { readNotice } from './notice';
import { holdChallenge } from './sign-in-flow';

const jar = vi.hoisted(() => ({ current: undefined as unknown }));
vi.mock('next/headers', () => ({ cookies: async () => jar.current }));
vi.mock('@/lib/config', () => ({ getConfig: () => testConfig() }));

const cognito = mockClient(CognitoIdentityProviderClient);
const setupChallenge = { name: 'MFA_SETUP' as const, session: 'session-1', username: '3f1c-uuid', email: 'jane.doe@example.com' };

beforeEach(() => {
  cognito.reset();
  jar.current = cookieJar();
});

describe('holdChallenge', () => {
  it('C27 keeps the code challenge in the encrypted challenge cookie and sends the person to the code page', async () => {
    const challenge = { ...setupChallenge, name: 'SOFTWARE_TOKEN_MFA' as const };

    expect(await holdChallenge({ kind: 'code', challenge })).toBe('/sign-in/code');
    expect(await challengeCookie.read()).toMatchObject(challenge);
    expect(JSON.stringify((jar.current as ReturnType<typeof cookieJar>).getAll())).not.toContain('session-1');
  });

  it('C13 begins authenticator setup with the challenge Session and keeps the Session Cognito handed back', async () => {
    cognito.on(AssociateSoftwareTokenCommand).resolves({ SecretCode: 'JBSWY3DPEHPK3PXP', Session: 'session-2' });

    expect(await holdChallenge({ kind: 'mfa-setup', challenge: setupChallenge })).toBe('/sign-in/setup-authenticator');
    expect(cognito.commandCalls(AssociateSoftwareTokenCommand)[0]!.args[0].input).toEqual({ Session: 'session-1' });
    expect(await challengeCookie.read()).toMatchObject({ name: 'MFA_SETUP', session: 'session-2', secret: 'JBSWY3DPEHPK3PXP' });
  });

  it('C12 C13 an expired Session at setup returns the person to sign-in with "Your sign-in timed out"', async () => {
    cognito
      .on(AssociateSoftwareTokenCommand)
      .rejects(Object.assign(new Error('Invalid session for the user, session is expired.'), { name: 'NotAuthorizedException' }));

    expect(await holdChallenge({ kind: 'mfa-setup', challenge: setupChallenge })).toBe('/sign-in');
    expect(await challengeCookie.read()).toBeNull();
    expect(await readNotice()).toBe('Your sign-in timed out. Please sign in again.');
  });
});
