// Sections 3 and 4: complete sign-ins with a code (password step, then code step) through a freshly
// started app: flows per second against the emulator's own maximum for the same Cognito calls, and
// the server's resident memory after the first 100 flows and after 5,000.
import { readdirSync, readFileSync } from 'node:fs';
import {
  GetUserCommand,
  InitiateAuthCommand,
  RespondToAuthChallengeCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { currentCode } from './codes.mjs';
import { codeStep, OPENING_REQUEST, roundRobin, signInStep } from './app-steps.mjs';
import { loadApp, loadSdk, summarise } from './load.mjs';

/** The Cognito calls of one sign-in with a code through the app, landing on the security page. */
export const FLOW_CALLS = 'InitiateAuth, RespondToAuthChallenge, GetUser';

/** Resident memory of a process and everything it started, in bytes (Linux /proc). */
export function residentBytes(pid) {
  const parents = new Map();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      parents.set(Number(entry), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
    } catch {
      // the process ended while we looked
    }
  }
  const tree = [pid];
  for (let index = 0; index < tree.length; index++) {
    for (const [child, parent] of parents) if (parent === tree[index]) tree.push(child);
  }
  return tree.reduce((sum, member) => {
    try {
      const rss = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${member}/status`, 'utf8'));
      return sum + (rss ? Number(rss[1]) * 1024 : 0);
    } catch {
      return sum;
    }
  }, 0);
}

/** CPU time (user + system) a process has used so far, in milliseconds (Linux /proc, 100 ticks a second). */
export function cpuMillis(pid) {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const [utime, stime] = stat.slice(stat.lastIndexOf(')') + 2).split(' ').slice(11, 13).map(Number);
  return (utime + stime) * 10;
}

function benchCpuMillis() {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/** Runs `work` and says how much CPU each of the processes spent on each of `units`. */
export async function cpuPerUnit(pids, work) {
  const before = Object.fromEntries(Object.entries(pids).map(([name, pid]) => [name, cpuMillis(pid)]));
  const benchBefore = benchCpuMillis();
  const result = await work();
  const spent = Object.fromEntries(Object.entries(pids).map(([name, pid]) => [name, cpuMillis(pid) - before[name]]));
  spent['load generator'] = benchCpuMillis() - benchBefore;
  const perUnit = Object.fromEntries(Object.entries(spent).map(([name, ms]) => [name, ms / result.count]));
  return { result, cpuMs: perUnit };
}

function flowSteps({ origin, ids, mfaUsers, mfaCodes }) {
  return [signInStep({ origin, ids, nextUser: roundRobin(mfaUsers) }), codeStep({ origin, ids, codes: mfaCodes })];
}

/**
 * `firstFlows`, then the rest up to `totalFlows` in `runs` runs, all on `connections` connections
 * (each run's flows must divide by it), reading the server's memory between runs. Throughput and
 * CPU per flow are taken from the runs after the first.
 */
export async function measureFlows({ app, emulatorPid, ids, mfaUsers, mfaCodes, connections, firstFlows, totalFlows, runs }) {
  const steps = flowSteps({ origin: app.origin, ids, mfaUsers, mfaCodes });
  const run = (flows) =>
    loadApp({ origin: app.origin, connections, rounds: flows / connections, steps, measure: ['code'], opening: OPENING_REQUEST });
  const perRun = (totalFlows - firstFlows) / runs;
  if (!Number.isInteger(perRun / connections)) throw new Error('The flows of each run must divide by the connections.');

  const idle = residentBytes(app.child.pid);
  const first = await run(firstFlows);
  const afterFirst = residentBytes(app.child.pid);
  const series = [{ flows: firstFlows, bytes: afterFirst }];
  const { result: rest, cpuMs } = await cpuPerUnit({ app: app.child.pid, emulator: emulatorPid }, async () => {
    const samples = [];
    for (let index = 1; index <= runs; index++) {
      samples.push(await run(perRun));
      series.push({ flows: firstFlows + index * perRun, bytes: residentBytes(app.child.pid) });
    }
    return summarise(...samples);
  });
  const afterAll = series.at(-1).bytes;

  return {
    connections,
    flows: first.count + rest.count,
    errors: first.errors + rest.errors,
    firstError: first.firstError ?? rest.firstError,
    flowsPerSecond: rest.count / rest.seconds,
    cpuMsPerFlow: cpuMs,
    memory: { idle, afterFirst, afterAll, firstFlows, totalFlows, ratio: afterAll / afterFirst, series },
  };
}

/** The same Cognito calls as a flow through the app, straight to the emulator, as fast as it goes. */
export async function measureEmulatorFlows({ cognito, mfaUsers, concurrency, flows }) {
  const nextUser = roundRobin(mfaUsers);
  const { result: sample, cpuMs } = await cpuPerUnit({ emulator: cognito.child.pid }, () => loadSdk({
    concurrency,
    amount: flows,
    call: async () => {
      const user = nextUser();
      const { Session } = await cognito.client.send(
        new InitiateAuthCommand({
          AuthFlow: 'USER_PASSWORD_AUTH',
          ClientId: cognito.clientId,
          AuthParameters: { USERNAME: user.email, PASSWORD: user.password },
        }),
      );
      const { AuthenticationResult } = await cognito.client.send(
        new RespondToAuthChallengeCommand({
          ClientId: cognito.clientId,
          ChallengeName: 'SOFTWARE_TOKEN_MFA',
          Session,
          ChallengeResponses: { USERNAME: user.username, SOFTWARE_TOKEN_MFA_CODE: currentCode(user.secret) },
        }),
      );
      await cognito.client.send(new GetUserCommand({ AccessToken: AuthenticationResult.AccessToken }));
    },
  }));
  const result = summarise(sample);
  return { ...result, flowsPerSecond: result.count / result.seconds, cpuMsPerFlow: cpuMs };
}
