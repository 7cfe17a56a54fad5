// What the bench runs against: a production build of its own, the Cognito emulator and `next start`,
// both on loopback, each started and stopped by the bench itself.
import { spawn, spawnSync } from 'node:child_process';
import { createWriteStream, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import {
  assertPortFree,
  bootstrap,
  localAppEnvironment,
  localClient,
  projectRoot,
  startEmulator,
} from '../local-stack.mjs';
import { emulatorClockEnvironment } from './codes.mjs';

export const APP_PORT = Number(process.env.BENCH_APP_PORT ?? 3400);
export const EMULATOR_PORT = Number(process.env.BENCH_COGNITO_PORT ?? 9400);
export const DIST_DIR = '.next-bench';
export const dataDir = join(projectRoot, '.data', 'bench');

const nextBin = join(projectRoot, 'node_modules', 'next', 'dist', 'bin', 'next');
// NEXT_BENCH_PAGES adds the blank page (app/(bench)/blank/page.bench.tsx) to this build only.
const buildEnv = { NEXT_DIST_DIR: DIST_DIR, NEXT_BENCH_PAGES: '1', NEXT_TELEMETRY_DISABLED: '1' };
const AUTH_SECRET = 'bench-only-secret-that-is-long-enough-0123456789';

/** `next build` into .next-bench; its output goes to .data/bench/build.log. */
export function buildApp() {
  mkdirSync(dataDir, { recursive: true });
  const logFile = join(dataDir, 'build.log');
  const build = spawnSync(process.execPath, [nextBin, 'build'], {
    cwd: projectRoot,
    env: { ...process.env, ...buildEnv },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const output = `${build.stdout ?? ''}${build.stderr ?? ''}`;
  createWriteStream(logFile).end(output);
  if (build.status !== 0) {
    throw new Error(`next build failed (log in ${logFile}):\n${output.split('\n').slice(-25).join('\n')}`);
  }
}

export function distPath(...parts) {
  return join(projectRoot, DIST_DIR, ...parts);
}

export function readDistJson(...parts) {
  return JSON.parse(readFileSync(distPath(...parts), 'utf8'));
}

/**
 * A fresh emulator with the pool, app client and demo user of `npm run dev`, its data in
 * .data/bench/cognito, its TOTP clock running fast (see codes.mjs).
 */
export async function startCognito({ profileFile } = {}) {
  const cognitoDir = join(dataDir, 'cognito');
  rmSync(cognitoDir, { recursive: true, force: true });
  const { child, endpoint } = await startEmulator({
    port: EMULATOR_PORT,
    dataDir: cognitoDir,
    env: emulatorClockEnvironment({ profileFile }),
  });
  const { userPoolId, clientId } = await bootstrap(endpoint);
  return { child, endpoint, userPoolId, clientId, client: localClient(endpoint) };
}

async function waitForApp(url, child) {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`next start stopped (exit code ${child.exitCode}).`);
    try {
      const response = await fetch(`${url}/sign-in`);
      await response.arrayBuffer();
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((done) => setTimeout(done, 200));
  }
  throw new Error('The app did not answer within 60 seconds.');
}

/**
 * `next start` on the bench build, pointed at the emulator. `nodeArgs` go to the server's Node
 * process, e.g. `--cpu-prof` for a profile. Its output goes to .data/bench/server-<label>.log.
 */
export async function startApp(cognito, { label = 'app', nodeArgs = [] } = {}) {
  await assertPortFree(APP_PORT, 'the app under bench');
  const url = `http://127.0.0.1:${APP_PORT}`;
  const environment = localAppEnvironment({
    endpoint: cognito.endpoint,
    userPoolId: cognito.userPoolId,
    clientId: cognito.clientId,
    authSecret: AUTH_SECRET,
    appUrl: url,
  });
  const child = spawn(process.execPath, [...nodeArgs, nextBin, 'start', '--port', String(APP_PORT), '--hostname', '127.0.0.1'], {
    cwd: projectRoot,
    env: {
      ...process.env,
      ...buildEnv,
      ...environment,
      NODE_ENV: 'production',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const log = createWriteStream(join(dataDir, `server-${label}.log`));
  child.stdout.pipe(log);
  child.stderr.pipe(log);
  await waitForApp(url, child);
  return { child, url, origin: url };
}

/** Sends SIGTERM and waits for the process to end (SIGKILL after 10 s). */
export function stopProcess(child) {
  if (!child || child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((done) => {
    const force = setTimeout(() => child.kill('SIGKILL'), 10_000);
    child.once('exit', () => {
      clearTimeout(force);
      done();
    });
    child.kill('SIGTERM');
  });
}
