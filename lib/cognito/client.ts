import 'server-only';
import { CognitoIdentityProviderClient } from '@aws-sdk/client-cognito-identity-provider';
import { getConfig } from '@/lib/config';

let client: CognitoIdentityProviderClient | undefined;

/** One client per server process: it keeps its connections alive between requests. */
export function cognitoClient(): CognitoIdentityProviderClient {
  if (client) return client;

  const { region, endpoint } = getConfig();
  client = new CognitoIdentityProviderClient({
    region,
    endpoint,
    maxAttempts: 2,
    // The user-pool calls this app makes are unsigned; the emulator wants some credentials all the same.
    ...(endpoint ? { credentials: { accessKeyId: 'local', secretAccessKey: 'local' } } : {}),
  });
  return client;
}
