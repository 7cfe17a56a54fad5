// `npm run dev`: with no user pool configured, runs the app against a local Cognito emulator.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import {
  DEMO_USER,
  assertPortFree,
  bootstrap,
  localAppEnvironment,
  localAuthSecret,
  projectRoot,
  startEmulator,
  stopTogether,
} from './local-stack.mjs';
import { projectEnvironment } from './project-env.mjs';

const APP_PORT = Number(process.env.PORT ?? 3000);
const EMULATOR_PORT = Number(process.env.COGNITO_LOCAL_PORT ?? 9229);
const nextBin = join(projectRoot, 'node_modules', 'next', 'dist', 'bin', 'next');

function runNext(env) {
  return spawn(process.execPath, [nextBin, 'dev', '--port', String(APP_PORT), '--hostname', '127.0.0.1'], {
    cwd: projectRoot,
    env: { ...process.env, ...env },
    stdio: 'inherit',
  });
}

async function main() {
  // A pool named in the shell or in .env.local (as README.md says) is used instead of the emulator.
  if (projectEnvironment(projectRoot).COGNITO_USER_POOL_ID) {
    console.log('Using the user pool from the environment and .env files.');
    stopTogether([runNext({})]);
    return;
  }

  await assertPortFree(APP_PORT, 'the app');
  const dataDir = join(projectRoot, '.data', 'cognito-local');
  const { child: emulator, endpoint } = await startEmulator({ port: EMULATOR_PORT, dataDir });
  const { userPoolId, clientId } = await bootstrap(endpoint);
  const appUrl = `http://localhost:${APP_PORT}`;

  console.log(`
  Cognito emulator  ${endpoint}  (user pool ${userPoolId}, log in .data/cognito-local/emulator.log)
  App               ${appUrl}
  Demo account      ${DEMO_USER.email}  /  ${DEMO_USER.password}
`);

  const app = runNext(localAppEnvironment({ endpoint, userPoolId, clientId, authSecret: localAuthSecret(dataDir), appUrl }));
  stopTogether([emulator, app]);
}

main().catch((error) => {
  console.error(error.message);
  process.exit(1);
});
