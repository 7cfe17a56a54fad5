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

function flowSteps({ origin, ids, mfaUsers, mfaCodes }) {
  return [signInStep({ origin, ids, nextUser: roundRobin(mfaUsers) }), codeStep({ origin, ids, codes: mfaCodes })];
}

/**
 * `firstFlows` then the rest up to `totalFlows`, each on `connections` connections (both must
 * divide by it). Throughput is taken from the second, longer run.
 */
export async function measureFlows({ app, ids, mfaUsers, mfaCodes, connections, firstFlows, totalFlows }) {
  const steps = flowSteps({ origin: app.origin, ids, mfaUsers, mfaCodes });
  const run = (flows) =>
    loadApp({ origin: app.origin, connections, rounds: flows / connections, steps, measure: ['code'], opening: OPENING_REQUEST });

  const idle = residentBytes(app.child.pid);
  const first = summarise(await run(firstFlows));
  const afterFirst = residentBytes(app.child.pid);
  const rest = summarise(await run(totalFlows - firstFlows));
  const afterAll = residentBytes(app.child.pid);

  return {
    connections,
    flows: first.count + rest.count,
    errors: first.errors + rest.errors,
    firstError: first.firstError ?? rest.firstError,
    flowsPerSecond: rest.count / rest.seconds,
    memory: { idle, afterFirst, afterAll, firstFlows, totalFlows, ratio: afterAll / afterFirst },
  };
}

/** The same Cognito calls as a flow through the app, straight to the emulator, as fast as it goes. */
export async function measureEmulatorFlows({ cognito, mfaUsers, concurrency, flows }) {
  const nextUser = roundRobin(mfaUsers);
  const sample = await loadSdk({
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
  });
  const result = summarise(sample);
  return { ...result, flowsPerSecond: result.count / result.seconds };
}
