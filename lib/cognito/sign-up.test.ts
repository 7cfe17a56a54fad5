import {
  CognitoIdentityProviderClient,
  ConfirmForgotPasswordCommand,
  ConfirmSignUpCommand,
  ForgotPasswordCommand,
  ResendConfirmationCodeCommand,
  RevokeTokenCommand,
  SignUpCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { testConfig } from '@/lib/testing/config';
import { requestPasswordReset, resetPassword } from './password-reset';
import { secretHash } from './secret-hash';
import { revokeRefreshToken } from './sign-out';
import { confirmSignUp, resendConfirmationCode, signUp } from './sign-up';

const config = vi.hoisted(() => ({ current: {} as ReturnType<typeof testConfig> }));
vi.mock('@/lib/config', () => ({ getConfig: () => config.current }));

const cognito = mockClient(CognitoIdentityProviderClient);
const email = 'jane.doe@example.com';

beforeEach(() => {
  cognito.reset();
  config.current = testConfig({ clientSecret: 'client-secret' });
});

describe('C17 SECRET_HASH on the sign-up and recovery calls', () => {
  const expectedHash = () => secretHash(email, 'client-id', 'client-secret');

  it('C17 SignUp sends the email as username and attribute, with the SecretHash of the email', async () => {
    cognito.on(SignUpCommand).resolves({
      UserConfirmed: false,
      UserSub: 'sub',
      CodeDeliveryDetails: { Destination: 'j***@e***', DeliveryMedium: 'EMAIL', AttributeName: 'email' },
    });

    expect(await signUp(email, 'Pw-123456!')).toEqual({ confirmed: false, destination: 'j***@e***' });
    expect(cognito.commandCalls(SignUpCommand)[0]!.args[0].input).toEqual({
      ClientId: 'client-id',
      Username: email,
      Password: 'Pw-123456!',
      UserAttributes: [{ Name: 'email', Value: email }],
      SecretHash: expectedHash(),
    });
  });

  it('C17 ConfirmSignUp, ResendConfirmationCode, ForgotPassword and ConfirmForgotPassword carry it too', async () => {
    cognito.on(ConfirmSignUpCommand).resolves({});
    cognito.on(ResendConfirmationCodeCommand).resolves({ CodeDeliveryDetails: { Destination: 'j***@e***' } });
    cognito.on(ForgotPasswordCommand).resolves({ CodeDeliveryDetails: { Destination: 'j***@e***' } });
    cognito.on(ConfirmForgotPasswordCommand).resolves({});

    await confirmSignUp(email, '012345');
    expect(await resendConfirmationCode(email)).toBe('j***@e***');
    await requestPasswordReset(email);
    await resetPassword(email, '654321', 'New-pw-1!');

    expect(cognito.commandCalls(ConfirmSignUpCommand)[0]!.args[0].input).toEqual({
      ClientId: 'client-id',
      Username: email,
      ConfirmationCode: '012345',
      SecretHash: expectedHash(),
    });
    expect(cognito.commandCalls(ResendConfirmationCodeCommand)[0]!.args[0].input).toEqual({
      ClientId: 'client-id',
      Username: email,
      SecretHash: expectedHash(),
    });
    expect(cognito.commandCalls(ForgotPasswordCommand)[0]!.args[0].input).toEqual({
      ClientId: 'client-id',
      Username: email,
      SecretHash: expectedHash(),
    });
    expect(cognito.commandCalls(ConfirmForgotPasswordCommand)[0]!.args[0].input).toEqual({
      ClientId: 'client-id',
      Username: email,
      ConfirmationCode: '654321',
      Password: 'New-pw-1!',
      SecretHash: expectedHash(),
    });
  });

  it('C17 leaves SecretHash out for an app client without a secret', async () => {
    config.current = testConfig();
    cognito.on(SignUpCommand).resolves({ UserConfirmed: true, UserSub: 'sub' });

    expect(await signUp(email, 'Pw-123456!')).toEqual({ confirmed: true, destination: undefined });
    expect(cognito.commandCalls(SignUpCommand)[0]!.args[0].input).not.toHaveProperty('SecretHash');
  });
});

describe('revokeRefreshToken', () => {
  it('C17 sends the refresh token with the client id, and the client secret only to Cognito', async () => {
    cognito.on(RevokeTokenCommand).resolves({});

    await revokeRefreshToken('refresh-1');

    expect(cognito.commandCalls(RevokeTokenCommand)[0]!.args[0].input).toEqual({
      Token: 'refresh-1',
      ClientId: 'client-id',
      ClientSecret: 'client-secret',
    });
  });
});
