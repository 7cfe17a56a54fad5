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
    // A Cognito that accepts connections but never answers must not hold a person's request open:
    // past these limits the call fails, and the page says the service is unavailable.
    requestHandler: { connectionTimeout: 3_000, requestTimeout: 5_000, throwOnRequestTimeout: true },
    // The user-pool calls this app makes are unsigned; the emulator wants some credentials all the same.
    ...(endpoint ? { credentials: { accessKeyId: 'local', secretAccessKey: 'local' } } : {}),
  });
  return client;
}
