import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import nextEnv from '@next/env';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { localAppEnvironment } from './local-stack.mjs';

describe('the environment that points the app at the emulator', () => {
  const root = mkdtempSync(join(tmpdir(), 'local-stack-'));
  const emulator = {
    endpoint: 'http://127.0.0.1:9229',
    userPoolId: 'local_AbCd1234',
    clientId: 'localclient',
    authSecret: 'a-local-secret-that-is-long-enough-0123456789',
    appUrl: 'http://localhost:3000',
  };

  const testMode = process.env.NODE_ENV;

  beforeEach(() => {
    // `npm run dev` runs with no NODE_ENV; under "test" Next.js would skip .env.local.
    delete process.env.NODE_ENV;
  });

  afterEach(() => {
    process.env.NODE_ENV = testMode;
    nextEnv.resetEnv();
    for (const name of Object.keys(localAppEnvironment(emulator))) delete process.env[name];
  });

  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('keeps the pool settings of a half-filled .env.local away from the emulator, as Next.js loads it', () => {
    writeFileSync(
      join(root, '.env.local'),
      [
        'COGNITO_CLIENT_SECRET=secret-of-another-client',
        'COGNITO_AUTH_FLOW=USER_SRP_AUTH',
        'COGNITO_MFA_CONFIGURATION=ON',
        'COGNITO_PASSWORD_MIN_LENGTH=14',
        'APP_URL=https://app.example.com',
        'MFA_ISSUER=Example Corp',
      ].join('\n'),
    );
    Object.assign(process.env, localAppEnvironment(emulator));

    const { combinedEnv } = nextEnv.loadEnvConfig(root, true, { info() {}, error() {} }, true);

    expect(combinedEnv).toMatchObject({
      COGNITO_CLIENT_SECRET: '',
      COGNITO_AUTH_FLOW: '',
      COGNITO_MFA_CONFIGURATION: '',
      COGNITO_PASSWORD_MIN_LENGTH: '',
      APP_URL: 'http://localhost:3000',
      MFA_ISSUER: 'Example Corp',
    });
  });
});
