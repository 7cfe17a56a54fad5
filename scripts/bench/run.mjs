// `npm run bench`: builds the app into .next-bench, starts the emulator and the app on loopback,
// measures what the app costs a browser and the server against its floor, prints the table with
// each goal met or not, writes it as JSON to .data/bench/, and stops everything it started.
// `--no-build` reuses the last bench build; `--profile` also records CPU profiles of the app (during
// the flows) and of the emulator, and prints where each spends its time.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { findActionIds } from './browser-requests.mjs';
import { measureClientJavaScript } from './client-javascript.mjs';
import { CodeBook, codeSupplyPerSecond, TOTP_SPEED } from './codes.mjs';
import { FLOW_CALLS, measureEmulatorFlows, measureFlows } from './flows.mjs';
import { OPENING_REQUEST, codeStep, roundRobin, signInStep, verifyStep } from './app-steps.mjs';
import { loadApp } from './load.mjs';
import { formatProfile, summariseProfile } from './profile-summary.mjs';
import { describeMachine, renderReport } from './report.mjs';
import { measureServerCost, SDK_CALLS } from './server-cost.mjs';
import { Enrolments } from './enrolments.mjs';
import { answerCodeThroughApp, signInThroughApp } from './sessions.mjs';
import { buildApp, dataDir, startApp, startCognito, stopProcess } from './stack.mjs';
import { createUsers, createUsersWithAuthenticator, createUserWithTemporaryPassword } from './users.mjs';

const PLAN = {
  mfaUsers: 96,
  enrolmentUsers: 32,
  budgetKiB: 8,
  levels: [
    { concurrency: 1, rounds: 100, verifyRounds: 32 },
    { concurrency: 16, rounds: 16, verifyRounds: 4 },
  ],
  flowConnections: 20,
  firstFlows: 100,
  totalFlows: 5000,
  // The flows after the first go in this many runs, with the memory read between them.
  flowRuns: 5,
  emulatorFlows: 300,
};
// BENCH_QUICK=1: a smaller run for working on the bench itself; its figures are not the ones to quote.
if (process.env.BENCH_QUICK) {
  Object.assign(PLAN, {
    levels: [
      { concurrency: 1, rounds: 30, verifyRounds: 16 },
      { concurrency: 16, rounds: 5, verifyRounds: 2 },
    ],
    totalFlows: 500,
    flowRuns: 2,
    emulatorFlows: 200,
  });
}

const running = [];
let stopping = false;

async function stopAll() {
  stopping = true;
  await Promise.all(running.splice(0).map((child) => stopProcess(child)));
}

// Whatever ends this process, the app and the emulator end with it.
process.on('exit', () => {
  for (const child of running) if (child.exitCode === null) child.kill('SIGTERM');
});

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    if (stopping) return;
    console.error(`\n${signal}: stopping the app and the emulator.`);
    stopAll().finally(() => process.exit(130));
  });
}

function step(message) {
  console.log(`[bench ${((performance.now() - started) / 1000).toFixed(0).padStart(3)} s] ${message}`);
}

const started = performance.now();

/** A first pass through every step, so the server's code is compiled before it is timed. */
async function warmUp({ app, ids, mfaUsers, mfaCodes, enrolments, enrolmentCodes }) {
  const origin = app.origin;
  await loadApp({
    origin,
    connections: 4,
    rounds: 15,
    steps: [signInStep({ origin, ids, nextUser: roundRobin(mfaUsers) }), codeStep({ origin, ids, codes: mfaCodes })],
    opening: OPENING_REQUEST,
  });
  await enrolments.prepare();
  await loadApp({
    origin,
    connections: 4,
    rounds: Math.floor(enrolments.readyCount / 4),
    steps: [verifyStep({ origin, ids, codes: enrolmentCodes, enrolments })],
    opening: OPENING_REQUEST,
  });
}

/** The cookies of each kind of visitor, made through the app, for the pages behind sign-in. */
async function makeVisitors({ app, ids, cognito, mfaUsers, mfaCodes, enrolments }) {
  const origin = app.origin;
  const [signedInUser] = await createUsers(cognito, 'visitor', 1);
  const [withCode, waiting] = mfaUsers;
  await enrolments.prepare();
  return {
    anonymous: '',
    'signed in': (await signInThroughApp(origin, ids, signedInUser, { expect: '/account/security' })).header(),
    'waiting for a code': (await signInThroughApp(origin, ids, waiting, { expect: '/sign-in/code' })).header(),
    'asked for a new password': (
      await signInThroughApp(origin, ids, await createUserWithTemporaryPassword(cognito), { expect: '/sign-in/new-password' })
    ).header(),
    'setting up': enrolments.readyCookies(),
    'signed in with the authenticator': (
      await answerCodeThroughApp(
        origin,
        ids,
        await signInThroughApp(origin, ids, withCode, { expect: '/sign-in/code' }),
        mfaCodes.take(withCode),
      )
    ).header(),
  };
}

/** Which visitor each page needs, where the first visitor not sent away would be the wrong one. */
function visitorsFor(route) {
  return (
    {
      '/account/security': [
        { state: 'signed in', label: 'authenticator off' },
        { state: 'signed in with the authenticator', label: 'authenticator on' },
      ],
      '/account/security/setup': [{ state: 'setting up' }],
      '/account/security/replace': [{ state: 'signed in with the authenticator' }],
      '/sign-in/setup-authenticator': {
        skip: 'shown only for an MFA_SETUP challenge, which cognito-local never sends',
      },
    }[route] ?? null
  );
}

async function main() {
  const machine = describeMachine();
  const date = new Date().toISOString();
  if (!process.argv.includes('--no-build')) {
    step('building the app into .next-bench (next build)');
    buildApp();
  }
  const ids = findActionIds();

  const profiling = process.argv.includes('--profile');
  const profiles = join(dataDir, 'profiles');
  if (profiling) {
    rmSync(profiles, { recursive: true, force: true });
    mkdirSync(profiles, { recursive: true });
  }

  step('starting the Cognito emulator and creating users');
  const cognito = await startCognito({ profileFile: profiling ? join(profiles, 'emulator.cpuprofile') : undefined });
  running.push(cognito.child);
  const mfaUsers = await createUsersWithAuthenticator(cognito, PLAN.mfaUsers);
  const mfaCodes = new CodeBook();
  const enrolmentCodes = new CodeBook();

  step('starting the app (next start)');
  let app = await startApp(cognito, { label: 'steps' });
  running.push(app.child);
  const enrolments = new Enrolments({
    origin: app.origin,
    ids,
    codes: enrolmentCodes,
    users: await createUsers(cognito, 'setup', PLAN.enrolmentUsers),
  });
  await enrolments.fetchAccessTokens(cognito);

  step('signing in through the app for the pages behind sign-in');
  const visitors = await makeVisitors({ app, ids, cognito, mfaUsers, mfaCodes, enrolments });

  step('1/4 client JavaScript per page');
  const clientJavaScript = await measureClientJavaScript({
    origin: app.origin,
    visitors,
    visitorsFor,
    budgetKiB: PLAN.budgetKiB,
  });

  step('2/4 server cost per step (after a warm-up)');
  await warmUp({ app, ids, mfaUsers, mfaCodes, enrolments, enrolmentCodes });
  const serverCost = await measureServerCost({
    app,
    cognito,
    ids,
    mfaUsers,
    mfaCodes,
    enrolments,
    enrolmentCodes,
    levels: PLAN.levels,
  });

  step(`3/4 and 4/4 throughput and memory: ${PLAN.totalFlows} sign-ins with a code through a fresh app`);
  await stopProcess(app.child);
  app = await startApp(cognito, {
    label: 'flows',
    nodeArgs: profiling ? ['--cpu-prof', `--cpu-prof-dir=${profiles}`, '--cpu-prof-name=app-flows.cpuprofile'] : [],
  });
  running.push(app.child);
  const flows = await measureFlows({
    app,
    emulatorPid: cognito.child.pid,
    ids,
    mfaUsers,
    mfaCodes,
    connections: PLAN.flowConnections,
    firstFlows: PLAN.firstFlows,
    totalFlows: PLAN.totalFlows,
    runs: PLAN.flowRuns,
  });
  await stopProcess(app.child);

  step('the emulator alone, as fast as it goes');
  const emulatorFlows = await measureEmulatorFlows({
    cognito,
    mfaUsers,
    concurrency: PLAN.flowConnections,
    flows: PLAN.emulatorFlows,
  });
  await stopAll();

  const results = {
    date,
    machine,
    plan: { ...PLAN, totpSpeed: TOTP_SPEED, codeSupplyPerSecond: codeSupplyPerSecond(PLAN.mfaUsers), quick: Boolean(process.env.BENCH_QUICK) },
    codeShortfalls: mfaCodes.shortfalls + enrolmentCodes.shortfalls,
    clientJavaScript,
    serverCost,
    throughput: {
      app: flows.flowsPerSecond,
      emulator: emulatorFlows.flowsPerSecond,
      ratio: flows.flowsPerSecond / emulatorFlows.flowsPerSecond,
      connections: flows.connections,
      cpuMsPerFlow: { app: flows.cpuMsPerFlow, emulator: emulatorFlows.cpuMsPerFlow },
      errors: flows.errors + emulatorFlows.errors,
      firstError: flows.firstError ?? emulatorFlows.firstError,
    },
    memory: flows.memory,
    seconds: (performance.now() - started) / 1000,
  };

  mkdirSync(dataDir, { recursive: true });
  const stamp = results.date.replaceAll(':', '-').replace(/\..*/, '');
  const report = renderReport(results, { sdkCalls: SDK_CALLS, flowCalls: FLOW_CALLS });
  for (const file of ['latest.json', `results-${stamp}.json`]) writeFileSync(join(dataDir, file), JSON.stringify(results, null, 2));
  writeFileSync(join(dataDir, 'latest.md'), report.markdown);
  console.log(`\n${report.text}`);
  if (profiling) {
    console.log(`\n${formatProfile('The app during the flows', summariseProfile(join(profiles, 'app-flows.cpuprofile')))}`);
    console.log(`\n${formatProfile('The emulator, whole run', summariseProfile(join(profiles, 'emulator.cpuprofile')))}`);
    console.log(`\nProfiles in .data/bench/profiles (open them in Chrome DevTools > Performance).`);
  }
  console.log(`Written to .data/bench/latest.json (and results-${stamp}.json); the Markdown table is in .data/bench/latest.md.`);
  process.exitCode = report.allMet ? 0 : 1;
}

main()
  .catch(async (error) => {
    console.error(`\nThe bench stopped: ${error.stack ?? error.message}`);
    process.exitCode = 2;
  })
  .finally(stopAll);
