import 'server-only';
import { ConfirmForgotPasswordCommand, ForgotPasswordCommand } from '@aws-sdk/client-cognito-identity-provider';
import { cognitoClient } from '@/lib/cognito/client';
import { secretHashField } from '@/lib/cognito/secret-hash';
import { getConfig } from '@/lib/config';

/**
 * ForgotPassword: Cognito sends a code to reset the password with. Where it says it sent it is
 * left unread: a pool that does not hide unknown users answers only for real accounts, so showing
 * it would tell anyone which emails have an account.
 */
export async function requestPasswordReset(email: string): Promise<void> {
  const { clientId, clientSecret } = getConfig();
  await cognitoClient().send(
    new ForgotPasswordCommand({ ClientId: clientId, Username: email, ...secretHashField(email, clientId, clientSecret) }),
  );
}

/**
 * ConfirmForgotPassword: the new password, with the code. It signs nobody in: the person signs in
 * afterwards as usual, so an account with MFA still asks for the authenticator code.
 */
export async function resetPassword(email: string, code: string, newPassword: string): Promise<void> {
  const { clientId, clientSecret } = getConfig();
  await cognitoClient().send(
    new ConfirmForgotPasswordCommand({
      ClientId: clientId,
      Username: email,
      ConfirmationCode: code,
      Password: newPassword,
      ...secretHashField(email, clientId, clientSecret),
    }),
  );
}
