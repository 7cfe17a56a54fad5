import {
  AssociateSoftwareTokenCommand,
  CognitoIdentityProviderClient,
  InitiateAuthCommand,
  RespondToAuthChallengeCommand,
  VerifySoftwareTokenCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { testConfig } from '@/lib/testing/config';
import { secretHash } from './secret-hash';
import {
  answerNewPasswordChallenge,
  answerSoftwareTokenChallenge,
  beginAuthenticatorSetup,
  finishAuthenticatorSetup,
  signInWithPassword,
  type PendingChallenge,
} from './sign-in';

const config = vi.hoisted(() => ({ current: {} as ReturnType<typeof testConfig> }));
vi.mock('@/lib/config', () => ({ getConfig: () => config.current }));

const cognito = mockClient(CognitoIdentityProviderClient);

beforeEach(() => {
  cognito.reset();
  config.current = testConfig();
});

describe('signInWithPassword', () => {
  it('returns the tokens when the pool asks for no second factor', async () => {
    cognito.on(InitiateAuthCommand).resolves({ AuthenticationResult: { AccessToken: 'a', IdToken: 'i' } });

    const step = await signInWithPassword('jane.doe@example.com', 'pw');

    expect(step).toEqual({ kind: 'signed-in', tokens: { AccessToken: 'a', IdToken: 'i' } });
    expect(cognito.commandCalls(InitiateAuthCommand)[0]!.args[0].input).toEqual({
      AuthFlow: 'USER_PASSWORD_AUTH',
      ClientId: 'client-id',
      AuthParameters: { USERNAME: 'jane.doe@example.com', PASSWORD: 'pw' },
    });
  });

  it('C16 keeps USER_ID_FOR_SRP as the username of the challenge, not the email typed', async () => {
    cognito.on(InitiateAuthCommand).resolves({
      ChallengeName: 'SOFTWARE_TOKEN_MFA',
      Session: 'session-1',
      ChallengeParameters: { USER_ID_FOR_SRP: '3f1c-uuid' },
    });

    const step = await signInWithPassword('jane.doe@example.com', 'pw');

    expect(step).toEqual({
      kind: 'code',
      challenge: { name: 'SOFTWARE_TOKEN_MFA', session: 'session-1', username: '3f1c-uuid', email: 'jane.doe@example.com' },
    });
  });

  it('C17 sends SECRET_HASH for the email typed when the app client has a secret', async () => {
    config.current = testConfig({ clientSecret: 'client-secret' });
    cognito.on(InitiateAuthCommand).resolves({ AuthenticationResult: { AccessToken: 'a', IdToken: 'i' } });

    await signInWithPassword('jane.doe@example.com', 'pw');

    const { AuthParameters } = cognito.commandCalls(InitiateAuthCommand)[0]!.args[0].input;
    expect(AuthParameters?.SECRET_HASH).toBe(secretHash('jane.doe@example.com', 'client-id', 'client-secret'));
  });

  it('reports a challenge the app does not answer instead of failing', async () => {
    cognito.on(InitiateAuthCommand).resolves({ ChallengeName: 'CUSTOM_CHALLENGE', Session: 's' });

    expect(await signInWithPassword('a@b.c', 'pw')).toEqual({ kind: 'unsupported', challengeName: 'CUSTOM_CHALLENGE' });
  });
});

describe('answerSoftwareTokenChallenge', () => {
  const challenge = {
    name: 'SOFTWARE_TOKEN_MFA' as const,
    session: 'session-1',
    username: '3f1c-uuid',
    email: 'jane.doe@example.com',
  };

  it('C16 C17 answers with USER_ID_FOR_SRP as USERNAME and the SECRET_HASH computed from it', async () => {
    config.current = testConfig({ clientSecret: 'client-secret' });
    cognito.on(RespondToAuthChallengeCommand).resolves({ AuthenticationResult: { AccessToken: 'a', IdToken: 'i' } });

    const step = await answerSoftwareTokenChallenge(challenge, '012345');

    expect(step.kind).toBe('signed-in');
    expect(cognito.commandCalls(RespondToAuthChallengeCommand)[0]!.args[0].input).toEqual({
      ClientId: 'client-id',
      ChallengeName: 'SOFTWARE_TOKEN_MFA',
      Session: 'session-1',
      ChallengeResponses: {
        USERNAME: '3f1c-uuid',
        SOFTWARE_TOKEN_MFA_CODE: '012345',
        SECRET_HASH: secretHash('3f1c-uuid', 'client-id', 'client-secret'),
      },
    });
  });

  it('lets a wrong code surface as CodeMismatchException for the caller to explain', async () => {
    cognito
      .on(RespondToAuthChallengeCommand)
      .rejects(Object.assign(new Error('Invalid code received for user'), { name: 'CodeMismatchException' }));

    await expect(answerSoftwareTokenChallenge(challenge, '000000')).rejects.toMatchObject({ name: 'CodeMismatchException' });
  });
});

describe('C23 SELECT_MFA_TYPE', () => {
  it('C23 is answered with SOFTWARE_TOKEN_MFA, and the code step then carries the new Session', async () => {
    config.current = testConfig({ clientSecret: 'client-secret' });
    cognito.on(InitiateAuthCommand).resolves({
      ChallengeName: 'SELECT_MFA_TYPE',
      Session: 'session-select',
      ChallengeParameters: { USER_ID_FOR_SRP: '3f1c-uuid', MFAS_CAN_CHOOSE: '["SMS_MFA","SOFTWARE_TOKEN_MFA"]' },
    });
    cognito.on(RespondToAuthChallengeCommand).resolvesOnce({
      ChallengeName: 'SOFTWARE_TOKEN_MFA',
      Session: 'session-code',
      ChallengeParameters: { USER_ID_FOR_SRP: '3f1c-uuid' },
    });

    const step = await signInWithPassword('jane.doe@example.com', 'pw');

    expect(cognito.commandCalls(RespondToAuthChallengeCommand)[0]!.args[0].input).toEqual({
      ClientId: 'client-id',
      ChallengeName: 'SELECT_MFA_TYPE',
      Session: 'session-select',
      ChallengeResponses: {
        USERNAME: '3f1c-uuid',
        ANSWER: 'SOFTWARE_TOKEN_MFA',
        SECRET_HASH: secretHash('3f1c-uuid', 'client-id', 'client-secret'),
      },
    });
    expect(step).toEqual({
      kind: 'code',
      challenge: { name: 'SOFTWARE_TOKEN_MFA', session: 'session-code', username: '3f1c-uuid', email: 'jane.doe@example.com' },
    });

    cognito.on(RespondToAuthChallengeCommand).resolves({ AuthenticationResult: { AccessToken: 'a', IdToken: 'i' } });
    await answerSoftwareTokenChallenge((step as { challenge: PendingChallenge }).challenge, '012345');
    expect(cognito.commandCalls(RespondToAuthChallengeCommand)[1]!.args[0].input).toMatchObject({
      ChallengeName: 'SOFTWARE_TOKEN_MFA',
      Session: 'session-code',
    });
  });

  it('C23 reports a choice without the authenticator app as unsupported, answering nothing', async () => {
    cognito.on(InitiateAuthCommand).resolves({
      ChallengeName: 'SELECT_MFA_TYPE',
      Session: 'session-select',
      ChallengeParameters: { USER_ID_FOR_SRP: '3f1c-uuid', MFAS_CAN_CHOOSE: '["SMS_MFA","EMAIL_OTP"]' },
    });

    expect(await signInWithPassword('jane.doe@example.com', 'pw')).toEqual({ kind: 'unsupported', challengeName: 'SELECT_MFA_TYPE' });
    expect(cognito.commandCalls(RespondToAuthChallengeCommand)).toHaveLength(0);
  });
});

describe('C13 MFA_SETUP', () => {
  const setupChallenge = { USER_ID_FOR_SRP: '3f1c-uuid', MFAS_CAN_SETUP: '["SMS_MFA","SOFTWARE_TOKEN_MFA"]' };

  it('C13 chains the Session: Associate with the challenge one, Verify with Associate\'s, MFA_SETUP with Verify\'s', async () => {
    config.current = testConfig({ clientSecret: 'client-secret' });
    cognito.on(InitiateAuthCommand).resolves({ ChallengeName: 'MFA_SETUP', Session: 'session-1', ChallengeParameters: setupChallenge });
    cognito.on(AssociateSoftwareTokenCommand).resolves({ SecretCode: 'JBSWY3DPEHPK3PXP', Session: 'session-2' });
    cognito.on(VerifySoftwareTokenCommand).resolves({ Status: 'SUCCESS', Session: 'session-3' });
    cognito.on(RespondToAuthChallengeCommand).resolves({ AuthenticationResult: { AccessToken: 'a', IdToken: 'i' } });

    const first = await signInWithPassword('jane.doe@example.com', 'pw');
    expect(first).toEqual({
      kind: 'mfa-setup',
      challenge: { name: 'MFA_SETUP', session: 'session-1', username: '3f1c-uuid', email: 'jane.doe@example.com' },
    });

    const begun = await beginAuthenticatorSetup((first as { challenge: PendingChallenge }).challenge);
    expect(cognito.commandCalls(AssociateSoftwareTokenCommand)[0]!.args[0].input).toEqual({ Session: 'session-1' });
    expect(begun).toMatchObject({ secret: 'JBSWY3DPEHPK3PXP', session: 'session-2' });

    const last = await finishAuthenticatorSetup(begun, '012345', 'Work phone');
    expect(cognito.commandCalls(VerifySoftwareTokenCommand)[0]!.args[0].input).toEqual({
      Session: 'session-2',
      UserCode: '012345',
      FriendlyDeviceName: 'Work phone',
    });
    expect(cognito.commandCalls(RespondToAuthChallengeCommand)[0]!.args[0].input).toEqual({
      ClientId: 'client-id',
      ChallengeName: 'MFA_SETUP',
      Session: 'session-3',
      ChallengeResponses: { USERNAME: '3f1c-uuid', SECRET_HASH: secretHash('3f1c-uuid', 'client-id', 'client-secret') },
    });
    expect(last).toEqual({ kind: 'signed-in', tokens: { AccessToken: 'a', IdToken: 'i' } });
  });

  it('C13 C01 never answers MFA_SETUP when the code does not verify', async () => {
    const challenge = { name: 'MFA_SETUP' as const, session: 'session-2', username: '3f1c-uuid', email: 'j@e.com', secret: 'S' };
    cognito.on(VerifySoftwareTokenCommand).rejects(Object.assign(new Error('x'), { name: 'CodeMismatchException' }));

    await expect(finishAuthenticatorSetup(challenge, '000000', undefined)).rejects.toMatchObject({ name: 'CodeMismatchException' });
    expect(cognito.commandCalls(RespondToAuthChallengeCommand)).toHaveLength(0);
  });

  it('C13 reports a pool that offers only SMS setup as unsupported', async () => {
    cognito.on(InitiateAuthCommand).resolves({
      ChallengeName: 'MFA_SETUP',
      Session: 'session-1',
      ChallengeParameters: { USER_ID_FOR_SRP: '3f1c-uuid', MFAS_CAN_SETUP: '["SMS_MFA"]' },
    });

    expect(await signInWithPassword('jane.doe@example.com', 'pw')).toEqual({ kind: 'unsupported', challengeName: 'MFA_SETUP' });
  });
});

describe('NEW_PASSWORD_REQUIRED', () => {
  it('asks for the attributes the pool requires and answers with them and the new password', async () => {
    config.current = testConfig({ clientSecret: 'client-secret' });
    cognito.on(InitiateAuthCommand).resolves({
      ChallengeName: 'NEW_PASSWORD_REQUIRED',
      Session: 'session-1',
      ChallengeParameters: {
        USER_ID_FOR_SRP: '3f1c-uuid',
        requiredAttributes: '["userAttributes.name"]',
        userAttributes: '{"email":"jane.doe@example.com"}',
      },
    });
    cognito.on(RespondToAuthChallengeCommand).resolves({ AuthenticationResult: { AccessToken: 'a', IdToken: 'i' } });

    const step = await signInWithPassword('jane.doe@example.com', 'Temporary-1!');
    expect(step).toMatchObject({ kind: 'new-password', challenge: { name: 'NEW_PASSWORD_REQUIRED', requiredAttributes: ['name'] } });

    await answerNewPasswordChallenge((step as { challenge: PendingChallenge }).challenge, 'Brand-new-1!', { name: 'Jane Doe' });
    expect(cognito.commandCalls(RespondToAuthChallengeCommand)[0]!.args[0].input).toEqual({
      ClientId: 'client-id',
      ChallengeName: 'NEW_PASSWORD_REQUIRED',
      Session: 'session-1',
      ChallengeResponses: {
        USERNAME: '3f1c-uuid',
        NEW_PASSWORD: 'Brand-new-1!',
        'userAttributes.name': 'Jane Doe',
        SECRET_HASH: secretHash('3f1c-uuid', 'client-id', 'client-secret'),
      },
    });
  });

  it.each([
    ['SOFTWARE_TOKEN_MFA', 'code'],
    ['MFA_SETUP', 'mfa-setup'],
  ])('continues into the MFA step that follows (%s) with its new Session', async (challengeName, kind) => {
    const challenge = { name: 'NEW_PASSWORD_REQUIRED' as const, session: 'session-1', username: '3f1c-uuid', email: 'j@e.com' };
    cognito.on(RespondToAuthChallengeCommand).resolves({
      ChallengeName: challengeName as 'MFA_SETUP',
      Session: 'session-2',
      ChallengeParameters: { USER_ID_FOR_SRP: '3f1c-uuid' },
    });

    expect(await answerNewPasswordChallenge(challenge, 'Brand-new-1!')).toMatchObject({
      kind,
      challenge: { session: 'session-2', username: '3f1c-uuid' },
    });
  });
});

describe('C12 an expired challenge Session', () => {
  it('C12 surfaces NotAuthorizedException from the code step for the caller to send the person back', async () => {
    cognito
      .on(RespondToAuthChallengeCommand)
      .rejects(Object.assign(new Error('Invalid session for the user, session is expired.'), { name: 'NotAuthorizedException' }));
    const challenge = { name: 'SOFTWARE_TOKEN_MFA' as const, session: 'old', username: 'u', email: 'j@e.com' };

    await expect(answerSoftwareTokenChallenge(challenge, '012345')).rejects.toMatchObject({
      name: 'NotAuthorizedException',
      message: 'Invalid session for the user, session is expired.',
    });
  });
});
