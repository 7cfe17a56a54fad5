import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
// @ts-expect-error: the local stack is a plain ES module shared with the dev scripts.
import { ensureUser, localClient } from '../../scripts/local-stack.mjs';

type Stack = { endpoint: string; userPoolId: string; clientId: string };

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
  await ensureUser(localClient(stack.endpoint), stack.userPoolId, user);
  return user;
}
