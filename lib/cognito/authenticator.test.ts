import {
  CognitoIdentityProviderClient,
  GetUserCommand,
  SetUserMFAPreferenceCommand,
  VerifySoftwareTokenCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { testConfig } from '@/lib/testing/config';
import { disableAuthenticator, readAuthenticatorStatus, verifyAndEnableAuthenticator } from './authenticator';

vi.mock('@/lib/config', () => ({ getConfig: () => testConfig() }));

const cognito = mockClient(CognitoIdentityProviderClient);

beforeEach(() => cognito.reset());

describe('readAuthenticatorStatus', () => {
  it('reports on only when Cognito lists SOFTWARE_TOKEN_MFA for the user', async () => {
    cognito.on(GetUserCommand).resolves({ Username: 'u', UserAttributes: [], UserMFASettingList: ['SOFTWARE_TOKEN_MFA'], PreferredMfaSetting: 'SOFTWARE_TOKEN_MFA' });
    expect(await readAuthenticatorStatus('token')).toEqual({ enabled: true, preferred: true });

    cognito.on(GetUserCommand).resolves({ Username: 'u', UserAttributes: [], UserMFASettingList: ['SMS_MFA'] });
    expect(await readAuthenticatorStatus('token')).toEqual({ enabled: false, preferred: false });
  });
});

describe('verifyAndEnableAuthenticator', () => {
  it('verifies the code, then sets the authenticator enabled and preferred', async () => {
    cognito.on(VerifySoftwareTokenCommand).resolves({ Status: 'SUCCESS' });
    cognito.on(SetUserMFAPreferenceCommand).resolves({});

    await verifyAndEnableAuthenticator('token', '012345', 'Work phone');

    expect(cognito.calls().map((call) => call.args[0].constructor.name)).toEqual([
      'VerifySoftwareTokenCommand',
      'SetUserMFAPreferenceCommand',
    ]);
    expect(cognito.commandCalls(VerifySoftwareTokenCommand)[0]!.args[0].input).toEqual({
      AccessToken: 'token',
      UserCode: '012345',
      FriendlyDeviceName: 'Work phone',
    });
    expect(cognito.commandCalls(SetUserMFAPreferenceCommand)[0]!.args[0].input).toEqual({
      AccessToken: 'token',
      SoftwareTokenMfaSettings: { Enabled: true, PreferredMfa: true },
    });
  });

  it('C09 C01 never enables MFA when verification fails', async () => {
    cognito.on(VerifySoftwareTokenCommand).rejects(Object.assign(new Error('x'), { name: 'CodeMismatchException' }));

    await expect(verifyAndEnableAuthenticator('token', '000000', undefined)).rejects.toMatchObject({
      name: 'CodeMismatchException',
    });
    expect(cognito.commandCalls(SetUserMFAPreferenceCommand)).toHaveLength(0);
  });

  it('C01 treats a verification that is not SUCCESS as a mismatch and enables nothing', async () => {
    cognito.on(VerifySoftwareTokenCommand).resolves({ Status: 'ERROR' });

    await expect(verifyAndEnableAuthenticator('token', '000000', undefined)).rejects.toMatchObject({
      name: 'EnableSoftwareTokenMFAException',
    });
    expect(cognito.commandCalls(SetUserMFAPreferenceCommand)).toHaveLength(0);
  });
});

describe('disableAuthenticator', () => {
  it('C24 sends only SoftwareTokenMfaSettings off and not preferred, leaving SMS settings alone', async () => {
    cognito.on(SetUserMFAPreferenceCommand).resolves({});

    await disableAuthenticator('token');

    expect(cognito.commandCalls(SetUserMFAPreferenceCommand)[0]!.args[0].input).toEqual({
      AccessToken: 'token',
      SoftwareTokenMfaSettings: { Enabled: false, PreferredMfa: false },
    });
  });
});
