import 'server-only';
import { InitiateAuthCommand, type AuthenticationResultType } from '@aws-sdk/client-cognito-identity-provider';
import { cognitoClient } from '@/lib/cognito/client';
import { secretHashParameter } from '@/lib/cognito/secret-hash';
import { getConfig } from '@/lib/config';

/**
 * REFRESH_TOKEN_AUTH: new access and ID tokens from the refresh token. With a client secret the
 * SECRET_HASH is computed from the Cognito username (the sub in pools that sign in by email), not
 * the email the person typed, since that is the name the refresh token belongs to.
 */
export async function refreshTokens(refreshToken: string, username: string): Promise<AuthenticationResultType> {
  const { clientId, clientSecret } = getConfig();
  const output = await cognitoClient().send(
    new InitiateAuthCommand({
      AuthFlow: 'REFRESH_TOKEN_AUTH',
      ClientId: clientId,
      AuthParameters: { REFRESH_TOKEN: refreshToken, ...secretHashParameter(username, clientId, clientSecret) },
    }),
  );
  if (!output.AuthenticationResult?.AccessToken) throw new Error('Cognito returned no access token');
  return output.AuthenticationResult;
}
