// Section 2: the server's cost per step. Each step's round trip through the app (HTTP as a browser
// sends it) against the bare SDK call(s) the step needs, straight to the same emulator.
import {
  InitiateAuthCommand,
  RespondToAuthChallengeCommand,
  SetUserMFAPreferenceCommand,
  VerifySoftwareTokenCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { codeStep, OPENING_REQUEST, roundRobin, signInStep, verifyStep } from './app-steps.mjs';
import { currentCode } from './codes.mjs';
import { loadApp, loadSdk, summarise } from './load.mjs';

/** The SDK calls behind each step, as the app makes them. */
export const SDK_CALLS = {
  'sign-in': 'InitiateAuth (USER_PASSWORD_AUTH)',
  code: 'RespondToAuthChallenge (SOFTWARE_TOKEN_MFA)',
  verify: 'VerifySoftwareToken + SetUserMFAPreference',
};

function initiateAuth(cognito, user) {
  return cognito.client.send(
    new InitiateAuthCommand({
      AuthFlow: 'USER_PASSWORD_AUTH',
      ClientId: cognito.clientId,
      AuthParameters: { USERNAME: user.email, PASSWORD: user.password },
    }),
  );
}

function respondWithCode(cognito, { user, session }, code) {
  return cognito.client.send(
    new RespondToAuthChallengeCommand({
      ClientId: cognito.clientId,
      ChallengeName: 'SOFTWARE_TOKEN_MFA',
      Session: session,
      ChallengeResponses: { USERNAME: user.username, SOFTWARE_TOKEN_MFA_CODE: code },
    }),
  );
}

async function verifyAndEnable(cognito, accessToken, code) {
  await cognito.client.send(
    new VerifySoftwareTokenCommand({ AccessToken: accessToken, UserCode: code, FriendlyDeviceName: 'Bench phone' }),
  );
  await cognito.client.send(
    new SetUserMFAPreferenceCommand({
      AccessToken: accessToken,
      SoftwareTokenMfaSettings: { Enabled: true, PreferredMfa: true },
    }),
  );
}

/**
 * `mfaUsers` have their authenticator on; `enrolments` (enrolments.mjs) stand users on the setup
 * page. `levels` are [{ concurrency, rounds, verifyRounds }]: requests per connection.
 */
export async function measureServerCost({ app, cognito, ids, mfaUsers, mfaCodes, enrolments, enrolmentCodes, levels }) {
  const origin = app.origin;
  const rows = [];

  for (const { concurrency, rounds, verifyRounds } of levels) {
    const amount = concurrency * rounds;
    const run = (steps, runRounds = rounds) =>
      loadApp({ origin, connections: concurrency, rounds: runRounds, steps, opening: OPENING_REQUEST });

    const challenges = [];
    const appSignIn = await run([
      signInStep({ origin, ids, nextUser: roundRobin(mfaUsers), onChallenge: (challenge) => challenges.push(challenge) }),
    ]);
    const nextUser = roundRobin(mfaUsers);
    const sessions = [];
    const sdkSignIn = await loadSdk({
      concurrency,
      amount,
      call: async () => {
        const user = nextUser();
        const { Session: session } = await initiateAuth(cognito, user);
        sessions.push({ user, session });
      },
    });
    rows.push({ step: 'sign-in', concurrency, app: summarise(appSignIn), sdk: summarise(sdkSignIn) });

    const appCode = await run([codeStep({ origin, ids, codes: mfaCodes, nextChallenge: roundRobin(challenges) })]);
    const nextSession = roundRobin(sessions);
    const sdkCode = await loadSdk({
      concurrency,
      amount,
      call: () => {
        const pending = nextSession();
        return respondWithCode(cognito, pending, currentCode(pending.user.secret));
      },
    });
    rows.push({ step: 'code', concurrency, app: summarise(appCode), sdk: summarise(sdkCode) });

    // One verify per user on the setup page, so the app's verifies go in batches of the users.
    const appVerify = [];
    for (let left = concurrency * verifyRounds; left > 0; ) {
      await enrolments.prepare();
      const batchRounds = Math.min(Math.floor(enrolments.readyCount / concurrency), left / concurrency);
      if (batchRounds < 1) throw new Error(`Fewer users on the setup page (${enrolments.readyCount}) than connections.`);
      appVerify.push(await run([verifyStep({ origin, ids, codes: enrolmentCodes, enrolments })], batchRounds));
      left -= batchRounds * concurrency;
    }
    const nextEnrolled = roundRobin(enrolments.users);
    const sdkVerify = await loadSdk({
      concurrency,
      amount: concurrency * verifyRounds,
      call: () => {
        const user = nextEnrolled();
        return verifyAndEnable(cognito, user.accessToken, currentCode(user.secret));
      },
    });
    rows.push({ step: 'verify', concurrency, app: summarise(...appVerify), sdk: summarise(sdkVerify) });
  }

  for (const row of rows) {
    row.p50Ratio = row.app.p50 / row.sdk.p50;
    row.p95Ratio = row.app.p95 / row.sdk.p95;
    row.goal = row.concurrency === 1 ? 2 : 1.2;
    row.met = row.p50Ratio <= row.goal && row.app.errors === 0 && row.sdk.errors === 0;
  }
  return rows;
}
