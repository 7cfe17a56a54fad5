import {
  CognitoIdentityProviderClient,
  InitiateAuthCommand,
  RespondToAuthChallengeCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { testConfig } from '@/lib/testing/config';
import { secretHash } from './secret-hash';
import { answerSoftwareTokenChallenge, signInWithPassword } from './sign-in';

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
      kind: 'challenge',
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
