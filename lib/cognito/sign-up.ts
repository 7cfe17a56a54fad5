import 'server-only';
import { ConfirmSignUpCommand, ResendConfirmationCodeCommand, SignUpCommand } from '@aws-sdk/client-cognito-identity-provider';
import { cognitoClient } from '@/lib/cognito/client';
import { secretHashField } from '@/lib/cognito/secret-hash';
import { getConfig } from '@/lib/config';

export type SignUpResult = { confirmed: boolean; destination?: string };

/** SignUp with the email as username. Cognito sends a confirmation code unless the pool confirms by itself. */
export async function signUp(email: string, password: string): Promise<SignUpResult> {
  const { clientId, clientSecret } = getConfig();
  const output = await cognitoClient().send(
    new SignUpCommand({
      ClientId: clientId,
      Username: email,
      Password: password,
      UserAttributes: [{ Name: 'email', Value: email }],
      ...secretHashField(email, clientId, clientSecret),
    }),
  );
  return { confirmed: output.UserConfirmed ?? false, destination: output.CodeDeliveryDetails?.Destination };
}

export async function confirmSignUp(email: string, code: string): Promise<void> {
  const { clientId, clientSecret } = getConfig();
  await cognitoClient().send(
    new ConfirmSignUpCommand({
      ClientId: clientId,
      Username: email,
      ConfirmationCode: code,
      ...secretHashField(email, clientId, clientSecret),
    }),
  );
}

/** ResendConfirmationCode: a new code, and the masked address it went to. */
export async function resendConfirmationCode(email: string): Promise<string | undefined> {
  const { clientId, clientSecret } = getConfig();
  const output = await cognitoClient().send(
    new ResendConfirmationCodeCommand({ ClientId: clientId, Username: email, ...secretHashField(email, clientId, clientSecret) }),
  );
  return output.CodeDeliveryDetails?.Destination;
}
