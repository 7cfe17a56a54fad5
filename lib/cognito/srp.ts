import 'server-only';
import { createHmac } from 'node:crypto';
import {
  InitiateAuthCommand,
  RespondToAuthChallengeCommand,
  type RespondToAuthChallengeCommandOutput,
} from '@aws-sdk/client-cognito-identity-provider';
import { AuthenticationHelper, DateHelper } from 'amazon-cognito-identity-js';
import BigInteger from 'amazon-cognito-identity-js/lib/BigInteger';
import { cognitoClient } from '@/lib/cognito/client';
import { secretHashParameter } from '@/lib/cognito/secret-hash';
import { getConfig } from '@/lib/config';

function largeA(helper: AuthenticationHelper): Promise<BigInteger> {
  return new Promise((resolve, reject) => helper.getLargeAValue((error, value) => (error ? reject(error) : resolve(value))));
}

function passwordKey(
  helper: AuthenticationHelper,
  username: string,
  password: string,
  serverB: BigInteger,
  salt: BigInteger,
): Promise<Uint8Array> {
  return new Promise((resolve, reject) =>
    helper.getPasswordAuthenticationKey(username, password, serverB, salt, (error, key) =>
      error ? reject(error) : resolve(key),
    ),
  );
}

/**
 * USER_SRP_AUTH: the password never goes to Cognito. InitiateAuth sends SRP_A; the answer to
 * PASSWORD_VERIFIER proves the password with a signature over the pool name, USER_ID_FOR_SRP, the
 * secret block and the time. The SRP arithmetic is amazon-cognito-identity-js's own.
 * Returns Cognito's answer to PASSWORD_VERIFIER: tokens, or the next challenge.
 */
export async function signInWithSrp(email: string, password: string): Promise<RespondToAuthChallengeCommandOutput> {
  const { clientId, clientSecret, userPoolId } = getConfig();
  const poolName = userPoolId.split('_')[1] ?? '';
  const helper = new AuthenticationHelper(poolName);
  const client = cognitoClient();

  const started = await client.send(
    new InitiateAuthCommand({
      AuthFlow: 'USER_SRP_AUTH',
      ClientId: clientId,
      AuthParameters: {
        USERNAME: email,
        SRP_A: (await largeA(helper)).toString(16),
        ...secretHashParameter(email, clientId, clientSecret),
      },
    }),
  );
  const parameters = started.ChallengeParameters ?? {};
  if (started.ChallengeName !== 'PASSWORD_VERIFIER' || !parameters.SRP_B || !parameters.SALT || !parameters.SECRET_BLOCK) {
    throw new Error(`USER_SRP_AUTH answered with ${started.ChallengeName ?? 'no challenge'}`);
  }

  const username = parameters.USER_ID_FOR_SRP ?? email;
  const key = await passwordKey(
    helper,
    username,
    password,
    new BigInteger(parameters.SRP_B, 16),
    new BigInteger(parameters.SALT, 16),
  );
  const timestamp = new DateHelper().getNowString();
  const signature = createHmac('sha256', key)
    .update(poolName)
    .update(username)
    .update(Buffer.from(parameters.SECRET_BLOCK, 'base64'))
    .update(timestamp)
    .digest('base64');

  return client.send(
    new RespondToAuthChallengeCommand({
      ClientId: clientId,
      ChallengeName: 'PASSWORD_VERIFIER',
      Session: started.Session,
      ChallengeResponses: {
        USERNAME: username,
        PASSWORD_CLAIM_SECRET_BLOCK: parameters.SECRET_BLOCK,
        TIMESTAMP: timestamp,
        PASSWORD_CLAIM_SIGNATURE: signature,
        ...secretHashParameter(username, clientId, clientSecret),
      },
    }),
  );
}
