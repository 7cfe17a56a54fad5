// What Playwright's webServer runs: a production build of the app against its own emulator
// instance and data folder, so the tests never touch the data of `npm run dev`.
import { spawn, spawnSync } from 'node:child_process';
import { createWriteStream, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { E2E_AUTH_SECRET, bootstrap, localAppEnvironment, projectRoot, startEmulator, stopTogether } from './local-stack.mjs';

const E2E_APP_PORT = Number(process.env.E2E_APP_PORT ?? 3100);
const E2E_EMULATOR_PORT = Number(process.env.E2E_COGNITO_PORT ?? E2E_APP_PORT + 6130);
// Named by port, so two runs on different ports keep out of each other's way.
const dataDir = join(projectRoot, '.data', `e2e-${E2E_APP_PORT}`);
const nextBin = join(projectRoot, 'node_modules', 'next', 'dist', 'bin', 'next');
const distEnv = { NEXT_DIST_DIR: `.next-e2e-${E2E_APP_PORT}`, NEXT_TELEMETRY_DISABLED: '1' };

async function main() {
  rmSync(dataDir, { recursive: true, force: true });
  mkdirSync(dataDir, { recursive: true });

  if (!process.env.E2E_SKIP_BUILD) {
    const build = spawnSync(process.execPath, [nextBin, 'build'], {
      cwd: projectRoot,
      env: { ...process.env, ...distEnv },
      stdio: 'inherit',
    });
    if (build.status !== 0) throw new Error('next build failed');
  }

  const appUrl = `http://127.0.0.1:${E2E_APP_PORT}`;
  const { emulators, stack, environment } = await cognitoForTests(appUrl);
  writeFileSync(join(dataDir, 'stack.json'), JSON.stringify(stack));

  const app = spawn(process.execPath, [nextBin, 'start', '--port', String(E2E_APP_PORT), '--hostname', '127.0.0.1'], {
    cwd: projectRoot,
    env: { ...process.env, ...distEnv, ...environment, MFA_ISSUER: 'Example Corp' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  // The server's whole output is kept, so the tests can check that no secret ever reached it.
  const serverLog = createWriteStream(join(dataDir, 'server.log'));
  for (const stream of [app.stdout, app.stderr]) {
    stream.pipe(serverLog);
    stream.pipe(process.stdout);
  }
  stopTogether([...emulators, app]);
}

/**
 * The emulator of this run, or, when the environment names a user pool (and admin credentials for
 * the tests' own calls), that pool: the same journeys then run against it unchanged.
 */
async function cognitoForTests(appUrl) {
  const { COGNITO_REGION: region, COGNITO_USER_POOL_ID: poolFromEnvironment, COGNITO_CLIENT_ID } = process.env;
  if (poolFromEnvironment) {
    return {
      emulators: [],
      stack: { region, userPoolId: poolFromEnvironment, clientId: COGNITO_CLIENT_ID },
      environment: { AUTH_SECRET: E2E_AUTH_SECRET, APP_URL: appUrl, NEXTAUTH_URL: appUrl },
    };
  }

  const { child, endpoint } = await startEmulator({ port: E2E_EMULATOR_PORT, dataDir });
  const { userPoolId, clientId } = await bootstrap(endpoint);
  return {
    emulators: [child],
    stack: { endpoint, userPoolId, clientId, dataDir },
    environment: localAppEnvironment({ endpoint, userPoolId, clientId, authSecret: E2E_AUTH_SECRET, appUrl }),
  };
}

main().catch((error) => {
  console.error(error.message);
  process.exit(1);
});
