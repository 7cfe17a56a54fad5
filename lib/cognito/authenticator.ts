import 'server-only';
import {
  AssociateSoftwareTokenCommand,
  GetUserCommand,
  SetUserMFAPreferenceCommand,
  VerifySoftwareTokenCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { cognitoClient } from '@/lib/cognito/client';

export type AuthenticatorStatus = { enabled: boolean; preferred: boolean };

/** Whether the authenticator app is on, as Cognito says (GetUser), never as the app remembers it. */
export async function readAuthenticatorStatus(accessToken: string): Promise<AuthenticatorStatus> {
  const user = await cognitoClient().send(new GetUserCommand({ AccessToken: accessToken }));
  return {
    enabled: user.UserMFASettingList?.includes('SOFTWARE_TOKEN_MFA') ?? false,
    preferred: user.PreferredMfaSetting === 'SOFTWARE_TOKEN_MFA',
  };
}

/** AssociateSoftwareToken: a new secret for the person to put into their authenticator app. */
export async function createAuthenticatorSecret(accessToken: string): Promise<string> {
  const { SecretCode } = await cognitoClient().send(new AssociateSoftwareTokenCommand({ AccessToken: accessToken }));
  if (!SecretCode) throw new Error('Cognito returned no secret');
  return SecretCode;
}

/** VerifySoftwareToken, then SetUserMFAPreference: in this order, or Cognito refuses the second. */
export async function verifyAndEnableAuthenticator(
  accessToken: string,
  code: string,
  deviceName: string | undefined,
): Promise<void> {
  const client = cognitoClient();
  const verified = await client.send(
    new VerifySoftwareTokenCommand({ AccessToken: accessToken, UserCode: code, FriendlyDeviceName: deviceName }),
  );
  if (verified.Status !== 'SUCCESS') {
    throw Object.assign(new Error('Verification was not successful'), { name: 'EnableSoftwareTokenMFAException' });
  }

  await client.send(
    new SetUserMFAPreferenceCommand({
      AccessToken: accessToken,
      SoftwareTokenMfaSettings: { Enabled: true, PreferredMfa: true },
    }),
  );
}

/** Turns the authenticator off. Only the software-token settings are sent, so SMS settings stay as they are. */
export async function disableAuthenticator(accessToken: string): Promise<void> {
  await cognitoClient().send(
    new SetUserMFAPreferenceCommand({
      AccessToken: accessToken,
      SoftwareTokenMfaSettings: { Enabled: false, PreferredMfa: false },
    }),
  );
}
