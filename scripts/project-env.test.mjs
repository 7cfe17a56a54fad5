import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { projectEnvironment } from './project-env.mjs';

describe('the environment npm run dev reads', () => {
  const testMode = process.env.NODE_ENV;
  let root;

  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'project-env-'));
    // `npm run dev` runs with no NODE_ENV; under "test" Next.js would skip .env.local.
    delete process.env.NODE_ENV;
  });

  afterEach(() => {
    rmSync(root, { recursive: true, force: true });
    delete process.env.COGNITO_REGION;
    process.env.NODE_ENV = testMode;
  });

  it('sees a user pool written in .env.local, as the README tells developers to do', () => {
    writeFileSync(join(root, '.env.local'), 'COGNITO_USER_POOL_ID=eu-west-1_AbCdEf123\n');

    expect(projectEnvironment(root).COGNITO_USER_POOL_ID).toBe('eu-west-1_AbCdEf123');
  });

  it('lets the shell win over the files, and .env.local win over .env', () => {
    process.env.COGNITO_REGION = 'eu-central-1';
    writeFileSync(join(root, '.env'), 'COGNITO_REGION=us-east-1\nMFA_ISSUER=From env\n');
    writeFileSync(join(root, '.env.local'), 'MFA_ISSUER=From env.local\n');

    const environment = projectEnvironment(root);

    expect(environment.COGNITO_REGION).toBe('eu-central-1');
    expect(environment.MFA_ISSUER).toBe('From env.local');
  });

  it('leaves the process environment as it was, so the app server loads the files itself', () => {
    writeFileSync(join(root, '.env.local'), 'COGNITO_USER_POOL_ID=eu-west-1_AbCdEf123\n');

    projectEnvironment(root);

    expect(process.env.COGNITO_USER_POOL_ID).toBeUndefined();
    expect(process.env.__NEXT_PROCESSED_ENV).toBeUndefined();
  });

  it('is empty of pool settings where no file names a pool, so the emulator is used', () => {
    writeFileSync(join(root, '.env.local'), 'COGNITO_USER_POOL_ID=\nMFA_ISSUER=Example Corp\n');

    expect(projectEnvironment(root).COGNITO_USER_POOL_ID).toBeFalsy();
  });
});
