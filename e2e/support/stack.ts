import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createHmac, randomUUID } from 'node:crypto';
import {
  AdminCreateUserCommand,
  AdminDeleteUserCommand,
  AdminUpdateUserAttributesCommand,
  AssociateSoftwareTokenCommand,
  CognitoIdentityProviderClient,
  InitiateAuthCommand,
  SetUserMFAPreferenceCommand,
  VerifySoftwareTokenCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { noteSecret } from './secrets';
import { currentCode } from './totp';
// @ts-expect-error: the local stack is a plain ES module shared with the dev scripts.
import { CODES_FILE, ensureUser, localClient } from '../../scripts/local-stack.mjs';

/** The pool of this run: the emulator's (with its endpoint), or a real one from the environment. */
type Stack = { endpoint?: string; region?: string; userPoolId: string; clientId: string; dataDir?: string };

/** The emulator and pool that the webServer started for this run. */
export function e2eStack(): Stack {
  const port = process.env.E2E_APP_PORT ?? '3100';
  return JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', '.data', `e2e-${port}`, 'stack.json'), 'utf8'));
}

export type TestUser = { email: string; password: string };

/** A confirmed user of its own for each test, so tests never depend on one another. */
export async function createUser(prefix = 'user'): Promise<TestUser> {
  const stack = e2eStack();
  const user = { email: `${prefix}-${randomUUID().slice(0, 8)}@example.com`, password: `Pw-${randomUUID()}` };
  await ensureUser(adminClient(), stack.userPoolId, user);
  noteSecret('password', user.password);
  return user;
}

/**
 * The client for the tests' own calls: the emulator's, or, against a real pool, one with the admin
 * credentials of the environment (AdminCreateUser and AdminDeleteUser need them).
 */
export function adminClient(): CognitoIdentityProviderClient {
  const stack = e2eStack();
  return stack.endpoint ? localClient(stack.endpoint) : new CognitoIdentityProviderClient({ region: stack.region });
}

export async function deleteUser(email: string): Promise<void> {
  try {
    await adminClient().send(new AdminDeleteUserCommand({ UserPoolId: e2eStack().userPoolId, Username: email }));
  } catch (error) {
    if ((error as Error).name !== 'UserNotFoundException') throw error;
  }
}

/** A user an administrator created with a temporary password, as Cognito's console does. */
export async function createUserWithTemporaryPassword(): Promise<TestUser> {
  const user = { email: `invited-${randomUUID().slice(0, 8)}@example.com`, password: `Tmp-${randomUUID()}` };
  await adminClient().send(
    new AdminCreateUserCommand({
      UserPoolId: e2eStack().userPoolId,
      Username: user.email,
      TemporaryPassword: user.password,
      MessageAction: 'SUPPRESS',
      UserAttributes: [
        { Name: 'email', Value: user.email },
        { Name: 'email_verified', Value: 'true' },
      ],
    }),
  );
  noteSecret('password', user.password);
  return user;
}

function secretHashParameter(username: string): { SECRET_HASH?: string } {
  const secret = process.env.COGNITO_CLIENT_SECRET;
  if (!secret) return {};
  return { SECRET_HASH: createHmac('sha256', secret).update(username + e2eStack().clientId).digest('base64') };
}

/** The user's own access token, from a password sign-in, for the calls a person makes about themself. */
async function accessTokenOf(user: TestUser): Promise<string> {
  const { AuthenticationResult } = await adminClient().send(
    new InitiateAuthCommand({
      AuthFlow: 'USER_PASSWORD_AUTH',
      ClientId: e2eStack().clientId,
      AuthParameters: { USERNAME: user.email, PASSWORD: user.password, ...secretHashParameter(user.email) },
    }),
  );
  if (!AuthenticationResult?.AccessToken) throw new Error(`${user.email} has a second factor already`);
  return AuthenticationResult.AccessToken;
}

/**
 * Gives the user an authenticator app (as the settings page does) and returns its secret. With
 * `alsoSms`, SMS MFA is enabled too, neither preferred: Cognito then asks which (SELECT_MFA_TYPE).
 */
export async function enableAuthenticator(user: TestUser, { alsoSms = false } = {}): Promise<string> {
  const client = adminClient();
  const accessToken = await accessTokenOf(user);
  if (alsoSms) {
    await client.send(
      new AdminUpdateUserAttributesCommand({
        UserPoolId: e2eStack().userPoolId,
        Username: user.email,
        UserAttributes: [
          { Name: 'phone_number', Value: '+15555550123' },
          { Name: 'phone_number_verified', Value: 'true' },
        ],
      }),
    );
  }

  const { SecretCode } = await client.send(new AssociateSoftwareTokenCommand({ AccessToken: accessToken }));
  if (!SecretCode) throw new Error('No authenticator secret');
  noteSecret('totp-secret', SecretCode);
  await client.send(new VerifySoftwareTokenCommand({ AccessToken: accessToken, UserCode: await currentCode(SecretCode) }));
  await client.send(
    new SetUserMFAPreferenceCommand({
      AccessToken: accessToken,
      SoftwareTokenMfaSettings: { Enabled: true, PreferredMfa: !alsoSms },
      ...(alsoSms ? { SMSMfaSettings: { Enabled: true, PreferredMfa: false } } : {}),
    }),
  );
  return SecretCode;
}

/** Whether Cognito still honours this refresh token (REFRESH_TOKEN_AUTH), e.g. after sign-out. */
export async function refreshTokenWorks(refreshToken: string, username: string): Promise<boolean> {
  try {
    await adminClient().send(
      new InitiateAuthCommand({
        AuthFlow: 'REFRESH_TOKEN_AUTH',
        ClientId: e2eStack().clientId,
        AuthParameters: { REFRESH_TOKEN: refreshToken, ...secretHashParameter(username) },
      }),
    );
    return true;
  } catch (error) {
    if ((error as Error).name === 'NotAuthorizedException') return false;
    throw error;
  }
}

type Delivery = { kind: string; target: string; destination?: string; code: string };

/**
 * The codes Cognito emails to one address. On the emulator they are read from the file the stack
 * keeps of them (scripts/local-stack.mjs); against a real pool, E2E_CODE_COMMAND names a command
 * that prints the newest code sent to the address it is given (a test mailbox), since no admin call
 * reveals one.
 */
export function mailbox(email: string) {
  const deliveries = (): Delivery[] => {
    const stack = e2eStack();
    if (stack.dataDir) {
      const file = join(stack.dataDir, CODES_FILE);
      if (!existsSync(file)) return [];
      return readFileSync(file, 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((line) => JSON.parse(line) as Delivery)
        .filter((delivery) => delivery.destination === email);
    }
    const command = process.env.E2E_CODE_COMMAND;
    if (!command) throw new Error('Against a real user pool, set E2E_CODE_COMMAND to read the codes Cognito emails');
    const code = execFileSync(command, [email], { encoding: 'utf8' }).trim();
    return code ? [{ kind: 'Code', target: 'email', destination: email, code }] : [];
  };
  const seen = deliveries().length;

  return {
    /** The first code sent after the mailbox was opened, waiting for it as a person waits for email. */
    async nextCode(): Promise<string> {
      const deadline = Date.now() + 30_000;
      while (Date.now() < deadline) {
        const latest = deliveries();
        const fresh = e2eStack().dataDir ? latest.slice(seen) : latest;
        if (fresh[0]) {
          noteSecret('code', fresh[0].code);
          return fresh[0].code;
        }
        await new Promise((done) => setTimeout(done, 200));
      }
      throw new Error(`No code was sent to ${email}`);
    },
  };
}
