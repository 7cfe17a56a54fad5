// The bench's users in the emulator: some with the authenticator app already on (for sign-in with a
// code), some without (for setting it up through the app).
import {
  AdminCreateUserCommand,
  AssociateSoftwareTokenCommand,
  InitiateAuthCommand,
  SetUserMFAPreferenceCommand,
  VerifySoftwareTokenCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { decodeJwt } from 'jose';
import { ensureUser } from '../local-stack.mjs';
import { currentCode } from './codes.mjs';

const PASSWORD = 'Bench-passw0rd!';

async function inBatches(count, size, make) {
  const made = [];
  for (let start = 0; start < count; start += size) {
    const batch = Array.from({ length: Math.min(size, count - start) }, (_, offset) => make(start + offset));
    made.push(...(await Promise.all(batch)));
  }
  return made;
}

/** Confirmed users with a permanent password and no MFA: `bench-<kind>-<n>@example.com`. */
export function createUsers(cognito, kind, count) {
  return inBatches(count, 8, async (index) => {
    const user = { email: `bench-${kind}-${index}@example.com`, password: PASSWORD };
    await ensureUser(cognito.client, cognito.userPoolId, user);
    return user;
  });
}

/**
 * Users whose authenticator app is on, set up with the SDK straight against the emulator
 * (AssociateSoftwareToken, VerifySoftwareToken, SetUserMFAPreference), each with its TOTP secret.
 */
export async function createUsersWithAuthenticator(cognito, count, kind = 'mfa') {
  const users = await createUsers(cognito, kind, count);
  return inBatches(count, 8, async (index) => {
    const user = users[index];
    const { AuthenticationResult } = await cognito.client.send(
      new InitiateAuthCommand({
        AuthFlow: 'USER_PASSWORD_AUTH',
        ClientId: cognito.clientId,
        AuthParameters: { USERNAME: user.email, PASSWORD: user.password },
      }),
    );
    const accessToken = AuthenticationResult.AccessToken;
    const { SecretCode: secret } = await cognito.client.send(new AssociateSoftwareTokenCommand({ AccessToken: accessToken }));
    await cognito.client.send(new VerifySoftwareTokenCommand({ AccessToken: accessToken, UserCode: currentCode(secret) }));
    await cognito.client.send(
      new SetUserMFAPreferenceCommand({
        AccessToken: accessToken,
        SoftwareTokenMfaSettings: { Enabled: true, PreferredMfa: true },
      }),
    );
    return { ...user, secret, username: String(decodeJwt(accessToken).username) };
  });
}

/** A user an administrator created with a temporary password: signing in asks for a new one. */
export async function createUserWithTemporaryPassword(cognito) {
  const user = { email: 'bench-new-password@example.com', password: 'Bench-temp0rary!' };
  await cognito.client.send(
    new AdminCreateUserCommand({
      UserPoolId: cognito.userPoolId,
      Username: user.email,
      TemporaryPassword: user.password,
      MessageAction: 'SUPPRESS',
      UserAttributes: [
        { Name: 'email', Value: user.email },
        { Name: 'email_verified', Value: 'true' },
      ],
    }),
  );
  return user;
}
