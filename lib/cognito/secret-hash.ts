import { createHmac } from 'node:crypto';

/**
 * SECRET_HASH for app clients that have a secret: Base64(HMAC-SHA256(secret, username + clientId)).
 * The username must be the one Cognito expects at that step (USER_ID_FOR_SRP when answering a challenge).
 */
export function secretHash(username: string, clientId: string, clientSecret: string): string {
  return createHmac('sha256', clientSecret).update(username + clientId).digest('base64');
}

/** The SECRET_HASH entry to merge into AuthParameters or ChallengeResponses, if the client has a secret. */
export function secretHashParameter(
  username: string,
  clientId: string,
  clientSecret: string | undefined,
): { SECRET_HASH?: string } {
  return clientSecret ? { SECRET_HASH: secretHash(username, clientId, clientSecret) } : {};
}

/** The same, for the calls that take it as the top-level SecretHash field (SignUp, ForgotPassword and the like). */
export function secretHashField(
  username: string,
  clientId: string,
  clientSecret: string | undefined,
): { SecretHash?: string } {
  return clientSecret ? { SecretHash: secretHash(username, clientId, clientSecret) } : {};
}
