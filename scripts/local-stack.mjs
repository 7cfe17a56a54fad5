// The embedded default: a cognito-local emulator on loopback with a user pool, an app client and
// a demo user, created once and found again by name on every later run.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { appendFileSync, createWriteStream, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import {
  AdminCreateUserCommand,
  AdminGetUserCommand,
  AdminSetUserPasswordCommand,
  CognitoIdentityProviderClient,
  CreateUserPoolClientCommand,
  CreateUserPoolCommand,
  ListUserPoolClientsCommand,
  ListUserPoolsCommand,
  SetUserPoolMfaConfigCommand,
} from '@aws-sdk/client-cognito-identity-provider';

const require = createRequire(import.meta.url);

export const LOCAL_REGION = 'us-east-1';
export const POOL_NAME = 'cognito-mfa-local';
export const CLIENT_NAME = 'cognito-mfa-web';
export const DEMO_USER = { email: 'demo@example.com', password: 'Demo-passw0rd!' };
/** The session secret of the e2e server only, which the tests use to age a session cookie. */
export const E2E_AUTH_SECRET = 'e2e-only-secret-that-is-long-enough-0123456789';

/** Resolves when nothing listens on the port, and says who to blame when something does. */
export function assertPortFree(port, what) {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.once('error', () =>
      reject(new Error(`Port ${port} is already in use, so ${what} cannot start. Stop whatever uses it and run again.`)),
    );
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolvePort()));
  });
}

export function localClient(endpoint) {
  return new CognitoIdentityProviderClient({
    region: LOCAL_REGION,
    endpoint,
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
  });
}

async function waitForEmulator(client, child) {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`The Cognito emulator stopped (exit code ${child.exitCode}).`);
    try {
      await client.send(new ListUserPoolsCommand({ MaxResults: 1 }));
      return;
    } catch {
      await new Promise((done) => setTimeout(done, 200));
    }
  }
  throw new Error('The Cognito emulator did not answer within 30 seconds.');
}

/**
 * Starts cognito-local on 127.0.0.1 with its data in `dataDir`, and waits until it answers.
 * Its own log goes to `dataDir/emulator.log`; the codes it would email are echoed to the console.
 * `env` adds to the emulator's environment (the bench uses it for NODE_OPTIONS).
 */
export async function startEmulator({ port, dataDir, env = {} }) {
  await assertPortFree(port, 'the Cognito emulator');
  mkdirSync(dataDir, { recursive: true });

  const entry = require.resolve('cognito-local/lib/bin/start.js');
  const child = spawn(process.execPath, [entry], {
    cwd: dataDir,
    env: { ...process.env, ...env, PORT: String(port), HOST: '127.0.0.1', NO_COLOR: '1', FORCE_COLOR: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const log = createWriteStream(join(dataDir, 'emulator.log'), { flags: 'a' });
  child.stdout.pipe(log);
  child.stderr.pipe(log);
  echoCodeDeliveries(child.stdout, join(dataDir, CODES_FILE));

  const endpoint = `http://127.0.0.1:${port}`;
  await waitForEmulator(localClient(endpoint), child);
  return { child, endpoint };
}

/** Where the codes the emulator "sends" are kept, in its data folder. */
export const CODES_FILE = 'codes.jsonl';

const CODE_KINDS = {
  SignUp: 'Confirmation code',
  ResendConfirmationCode: 'Confirmation code',
  ForgotPassword: 'Password reset code',
  AdminCreateUser: 'Temporary password',
};

/**
 * Reads the emulator's log line by line and calls `found` for each code it "sends": the box it
 * prints holds the request's target (SignUp, ForgotPassword, ...), the destination and the code.
 */
export function codeDeliveryReader(found) {
  let delivery = null;
  return (rawLine) => {
    const line = rawLine.replace(/\u001b\[[0-9;]*m/g, '');
    const start = line.match(/ ([A-Za-z]+) ╭/);
    if (start) delivery = { target: start[1] };
    const field = line.match(/│\s+(Destination|Code):\s+(\S+)/);
    if (!delivery || !field) return;
    delivery[field[1] === 'Code' ? 'code' : 'destination'] = field[2];
    if (field[1] === 'Code') {
      found({ kind: CODE_KINDS[delivery.target] ?? 'Code', ...delivery });
      delivery = null;
    }
  };
}

/**
 * The emulator sends no email: the codes it would send are printed for the developer instead, and
 * kept one JSON line each in `file`, where the end-to-end tests read them.
 */
function echoCodeDeliveries(stream, file) {
  const read = codeDeliveryReader((delivery) => {
    console.log(`  ${delivery.kind} for ${delivery.destination ?? 'the user'}: ${delivery.code}`);
    appendFileSync(file, `${JSON.stringify(delivery)}\n`);
  });
  let rest = '';
  stream.on('data', (chunk) => {
    const lines = (rest + chunk.toString('utf8')).split('\n');
    rest = lines.pop() ?? '';
    for (const line of lines) read(line);
  });
}

async function findOrCreatePool(client) {
  const { UserPools = [] } = await client.send(new ListUserPoolsCommand({ MaxResults: 60 }));
  const existing = UserPools.find((pool) => pool.Name === POOL_NAME);
  if (existing?.Id) return existing.Id;

  const { UserPool } = await client.send(
    new CreateUserPoolCommand({
      PoolName: POOL_NAME,
      UsernameAttributes: ['email'],
      AutoVerifiedAttributes: ['email'],
      MfaConfiguration: 'OPTIONAL',
    }),
  );
  return UserPool.Id;
}

async function findOrCreateClient(client, userPoolId) {
  const { UserPoolClients = [] } = await client.send(
    new ListUserPoolClientsCommand({ UserPoolId: userPoolId, MaxResults: 60 }),
  );
  const existing = UserPoolClients.find((appClient) => appClient.ClientName === CLIENT_NAME);
  if (existing?.ClientId) return existing.ClientId;

  const { UserPoolClient } = await client.send(
    new CreateUserPoolClientCommand({
      UserPoolId: userPoolId,
      ClientName: CLIENT_NAME,
      ExplicitAuthFlows: ['ALLOW_USER_PASSWORD_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'],
      EnableTokenRevocation: true,
    }),
  );
  return UserPoolClient.ClientId;
}

/** Creates a confirmed user with a permanent password, unless one with that email exists. */
export async function ensureUser(client, userPoolId, { email, password }) {
  try {
    await client.send(new AdminGetUserCommand({ UserPoolId: userPoolId, Username: email }));
    return;
  } catch (error) {
    if (error.name !== 'UserNotFoundException') throw error;
  }

  await client.send(
    new AdminCreateUserCommand({
      UserPoolId: userPoolId,
      Username: email,
      MessageAction: 'SUPPRESS',
      UserAttributes: [
        { Name: 'email', Value: email },
        { Name: 'email_verified', Value: 'true' },
      ],
    }),
  );
  await client.send(
    new AdminSetUserPasswordCommand({ UserPoolId: userPoolId, Username: email, Password: password, Permanent: true }),
  );
}

/** The pool (MFA optional, authenticator apps allowed), the app client and the demo user. */
export async function bootstrap(endpoint) {
  const client = localClient(endpoint);
  const userPoolId = await findOrCreatePool(client);
  await client.send(
    new SetUserPoolMfaConfigCommand({
      UserPoolId: userPoolId,
      MfaConfiguration: 'OPTIONAL',
      SoftwareTokenMfaConfiguration: { Enabled: true },
    }),
  );
  const clientId = await findOrCreateClient(client, userPoolId);
  await ensureUser(client, userPoolId, DEMO_USER);
  return { userPoolId, clientId };
}

/** A session secret kept beside the emulator's data, so sessions survive a restart of `npm run dev`. */
export function localAuthSecret(dataDir) {
  const file = join(dataDir, 'auth-secret');
  if (!existsSync(file)) writeFileSync(file, randomBytes(32).toString('base64'), { mode: 0o600 });
  return readFileSync(file, 'utf8').trim();
}

/**
 * The environment that points the app at the local emulator. The settings that describe some other
 * pool are set empty, which Next.js takes as set: a half-filled `.env.local` then cannot lend the
 * emulator's pool a client secret, an auth flow or a password policy it does not have.
 */
export function localAppEnvironment({ endpoint, userPoolId, clientId, authSecret, appUrl }) {
  return {
    COGNITO_REGION: LOCAL_REGION,
    COGNITO_ENDPOINT: endpoint,
    COGNITO_USER_POOL_ID: userPoolId,
    COGNITO_CLIENT_ID: clientId,
    COGNITO_CLIENT_SECRET: '',
    COGNITO_AUTH_FLOW: '',
    COGNITO_MFA_CONFIGURATION: '',
    COGNITO_PASSWORD_MIN_LENGTH: '',
    COGNITO_PASSWORD_REQUIRES: '',
    AUTH_SECRET: authSecret,
    APP_URL: appUrl,
    NEXTAUTH_URL: appUrl,
  };
}

export const projectRoot = resolve(import.meta.dirname, '..');

/** Ends child processes when this one is asked to stop, then exits. */
export function stopTogether(children) {
  let stopping = false;
  const stop = (code = 0) => {
    if (stopping) return;
    stopping = true;
    for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
    setTimeout(() => process.exit(code), 500).unref();
  };
  process.on('SIGINT', () => stop(0));
  process.on('SIGTERM', () => stop(0));
  for (const child of children) child.on('exit', (code) => stop(code ?? 0));
}
