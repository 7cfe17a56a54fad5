import 'server-only';
import { RevokeTokenCommand } from '@aws-sdk/client-cognito-identity-provider';
import { cognitoClient } from '@/lib/cognito/client';
import { getConfig } from '@/lib/config';

/** RevokeToken: the refresh token, and every access token issued from it, stop working. */
export async function revokeRefreshToken(refreshToken: string): Promise<void> {
  const { clientId, clientSecret } = getConfig();
  await cognitoClient().send(new RevokeTokenCommand({ Token: refreshToken, ClientId: clientId, ClientSecret: clientSecret }));
}
