import 'server-only';
import {
  InitiateAuthCommand,
  RespondToAuthChallengeCommand,
  type AuthenticationResultType,
  type InitiateAuthCommandOutput,
} from '@aws-sdk/client-cognito-identity-provider';
import { cognitoClient } from '@/lib/cognito/client';
import { secretHashParameter } from '@/lib/cognito/secret-hash';
import { getConfig } from '@/lib/config';

/** The Cognito challenge a sign-in is waiting on, kept on the server between the two steps. */
export type PendingChallenge = {
  name: 'SOFTWARE_TOKEN_MFA';
  session: string;
  /** USER_ID_FOR_SRP: the username every answer must carry, whatever the person typed. */
  username: string;
  email: string;
};

export type SignInStep =
  | { kind: 'signed-in'; tokens: AuthenticationResultType }
  | { kind: 'challenge'; challenge: PendingChallenge }
  | { kind: 'unsupported'; challengeName: string };

function nextStep(output: InitiateAuthCommandOutput, email: string, fallbackUsername: string): SignInStep {
  if (output.AuthenticationResult) return { kind: 'signed-in', tokens: output.AuthenticationResult };

  const username = output.ChallengeParameters?.USER_ID_FOR_SRP ?? fallbackUsername;
  if (output.ChallengeName === 'SOFTWARE_TOKEN_MFA' && output.Session) {
    return { kind: 'challenge', challenge: { name: 'SOFTWARE_TOKEN_MFA', session: output.Session, username, email } };
  }
  return { kind: 'unsupported', challengeName: output.ChallengeName ?? 'none' };
}

/** The password step: USER_PASSWORD_AUTH. */
export async function signInWithPassword(email: string, password: string): Promise<SignInStep> {
  const { clientId, clientSecret } = getConfig();
  const output = await cognitoClient().send(
    new InitiateAuthCommand({
      AuthFlow: 'USER_PASSWORD_AUTH',
      ClientId: clientId,
      AuthParameters: { USERNAME: email, PASSWORD: password, ...secretHashParameter(email, clientId, clientSecret) },
    }),
  );
  return nextStep(output, email, email);
}

/** The code step: answers SOFTWARE_TOKEN_MFA with the code from the authenticator app. */
export async function answerSoftwareTokenChallenge(challenge: PendingChallenge, code: string): Promise<SignInStep> {
  const { clientId, clientSecret } = getConfig();
  const output = await cognitoClient().send(
    new RespondToAuthChallengeCommand({
      ClientId: clientId,
      ChallengeName: 'SOFTWARE_TOKEN_MFA',
      Session: challenge.session,
      ChallengeResponses: {
        USERNAME: challenge.username,
        SOFTWARE_TOKEN_MFA_CODE: code,
        ...secretHashParameter(challenge.username, clientId, clientSecret),
      },
    }),
  );
  return nextStep(output, challenge.email, challenge.username);
}
