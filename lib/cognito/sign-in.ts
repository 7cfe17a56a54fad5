import 'server-only';
import {
  AssociateSoftwareTokenCommand,
  InitiateAuthCommand,
  RespondToAuthChallengeCommand,
  VerifySoftwareTokenCommand,
  type AuthenticationResultType,
  type ChallengeNameType,
} from '@aws-sdk/client-cognito-identity-provider';
import { cognitoClient } from '@/lib/cognito/client';
import { secretHashParameter } from '@/lib/cognito/secret-hash';
import { signInWithSrp } from '@/lib/cognito/srp';
import { getConfig } from '@/lib/config';

/** The challenges the app answers with a page of its own. */
export type PageChallengeName = 'SOFTWARE_TOKEN_MFA' | 'MFA_SETUP' | 'NEW_PASSWORD_REQUIRED';

/** The Cognito challenge a sign-in is waiting on, kept on the server between two requests. */
export type PendingChallenge = {
  name: PageChallengeName;
  session: string;
  /** USER_ID_FOR_SRP: the username every answer (and its SECRET_HASH) must carry, whatever the person typed. */
  username: string;
  email: string;
  /** NEW_PASSWORD_REQUIRED: attributes the pool wants filled in with the new password. */
  requiredAttributes?: string[];
  /** MFA_SETUP: the secret AssociateSoftwareToken returned, once setup has begun. */
  secret?: string;
};

/**
 * What the person sees next. SELECT_MFA_TYPE never reaches a page: the app answers it with the
 * authenticator app itself (C23).
 */
export type SignInStep =
  | { kind: 'signed-in'; tokens: AuthenticationResultType }
  | { kind: 'code'; challenge: PendingChallenge }
  | { kind: 'mfa-setup'; challenge: PendingChallenge }
  | { kind: 'new-password'; challenge: PendingChallenge }
  | { kind: 'unsupported'; challengeName: string };

type ChallengeStep = SignInStep | { kind: 'select-mfa'; challenge: PendingChallenge; options: string[] };

/** The parts of an InitiateAuth or RespondToAuthChallenge answer that decide the next step. */
export type AuthOutput = {
  AuthenticationResult?: AuthenticationResultType;
  ChallengeName?: ChallengeNameType | string;
  ChallengeParameters?: Record<string, string>;
  Session?: string;
};

function jsonList(value: string | undefined): string[] {
  try {
    const parsed: unknown = JSON.parse(value ?? '[]');
    return Array.isArray(parsed) ? parsed.filter((item): item is string => typeof item === 'string') : [];
  } catch {
    return [];
  }
}

/**
 * The sign-in state machine: maps any InitiateAuth or RespondToAuthChallenge answer to the next step.
 * `username` is the one to fall back on when the answer carries no USER_ID_FOR_SRP.
 */
export function nextStep(output: AuthOutput, who: { email: string; username: string }): ChallengeStep {
  if (output.AuthenticationResult) return { kind: 'signed-in', tokens: output.AuthenticationResult };

  const name = output.ChallengeName ?? 'none';
  const parameters = output.ChallengeParameters ?? {};
  if (!output.Session) return { kind: 'unsupported', challengeName: name };

  const base = { session: output.Session, username: parameters.USER_ID_FOR_SRP ?? who.username, email: who.email };
  switch (name) {
    case 'SOFTWARE_TOKEN_MFA':
      return { kind: 'code', challenge: { ...base, name } };
    case 'SELECT_MFA_TYPE':
      return { kind: 'select-mfa', challenge: { ...base, name: 'SOFTWARE_TOKEN_MFA' }, options: jsonList(parameters.MFAS_CAN_CHOOSE) };
    case 'MFA_SETUP':
      // An empty list means Cognito did not say; a list without the authenticator app means SMS or email only.
      if (parameters.MFAS_CAN_SETUP && !jsonList(parameters.MFAS_CAN_SETUP).includes('SOFTWARE_TOKEN_MFA')) {
        return { kind: 'unsupported', challengeName: name };
      }
      return { kind: 'mfa-setup', challenge: { ...base, name } };
    case 'NEW_PASSWORD_REQUIRED':
      return {
        kind: 'new-password',
        challenge: {
          ...base,
          name,
          requiredAttributes: jsonList(parameters.requiredAttributes).map((attribute) =>
            attribute.replace(/^userAttributes\./, ''),
          ),
        },
      };
    default:
      return { kind: 'unsupported', challengeName: name };
  }
}

/** RespondToAuthChallenge with USERNAME and SECRET_HASH computed from the challenge's username (C16, C17). */
async function respond(
  challengeName: ChallengeNameType,
  challenge: Pick<PendingChallenge, 'session' | 'username' | 'email'>,
  responses: Record<string, string>,
): Promise<SignInStep> {
  const { clientId, clientSecret } = getConfig();
  const output = await cognitoClient().send(
    new RespondToAuthChallengeCommand({
      ClientId: clientId,
      ChallengeName: challengeName,
      Session: challenge.session,
      ChallengeResponses: {
        USERNAME: challenge.username,
        ...responses,
        ...secretHashParameter(challenge.username, clientId, clientSecret),
      },
    }),
  );
  return settle(nextStep(output, challenge));
}

/** SELECT_MFA_TYPE is answered here with the authenticator app; the code step then uses the new Session. */
async function settle(step: ChallengeStep): Promise<SignInStep> {
  if (step.kind !== 'select-mfa') return step;
  if (!step.options.includes('SOFTWARE_TOKEN_MFA')) return { kind: 'unsupported', challengeName: 'SELECT_MFA_TYPE' };
  return respond('SELECT_MFA_TYPE', step.challenge, { ANSWER: 'SOFTWARE_TOKEN_MFA' });
}

/** The password step: USER_PASSWORD_AUTH, or USER_SRP_AUTH when the app client allows only SRP. */
export async function signInWithPassword(email: string, password: string): Promise<SignInStep> {
  const { clientId, clientSecret, authFlow } = getConfig();
  if (authFlow === 'USER_SRP_AUTH') {
    return settle(nextStep(await signInWithSrp(email, password), { email, username: email }));
  }

  const output = await cognitoClient().send(
    new InitiateAuthCommand({
      AuthFlow: 'USER_PASSWORD_AUTH',
      ClientId: clientId,
      AuthParameters: { USERNAME: email, PASSWORD: password, ...secretHashParameter(email, clientId, clientSecret) },
    }),
  );
  return settle(nextStep(output, { email, username: email }));
}

/** The code step: answers SOFTWARE_TOKEN_MFA with the code from the authenticator app. */
export function answerSoftwareTokenChallenge(challenge: PendingChallenge, code: string): Promise<SignInStep> {
  return respond('SOFTWARE_TOKEN_MFA', challenge, { SOFTWARE_TOKEN_MFA_CODE: code });
}

/** NEW_PASSWORD_REQUIRED: the person replaces the temporary password an administrator gave them. */
export function answerNewPasswordChallenge(
  challenge: PendingChallenge,
  newPassword: string,
  attributes: Record<string, string> = {},
): Promise<SignInStep> {
  const attributeResponses = Object.fromEntries(
    Object.entries(attributes).map(([name, value]) => [`userAttributes.${name}`, value]),
  );
  return respond('NEW_PASSWORD_REQUIRED', challenge, { NEW_PASSWORD: newPassword, ...attributeResponses });
}

/**
 * MFA_SETUP, first half: AssociateSoftwareToken with the challenge Session. Returns the challenge
 * with the secret to show and the Session that Cognito handed back, which the next call must use.
 */
export async function beginAuthenticatorSetup(challenge: PendingChallenge): Promise<PendingChallenge> {
  const output = await cognitoClient().send(new AssociateSoftwareTokenCommand({ Session: challenge.session }));
  if (!output.SecretCode || !output.Session) throw new Error('Cognito returned no secret or session');
  return { ...challenge, secret: output.SecretCode, session: output.Session };
}

/**
 * MFA_SETUP, second half: VerifySoftwareToken with the Session from AssociateSoftwareToken, then
 * RespondToAuthChallenge MFA_SETUP with the Session VerifySoftwareToken returned (C13).
 */
export async function finishAuthenticatorSetup(
  challenge: PendingChallenge,
  code: string,
  deviceName: string | undefined,
): Promise<SignInStep> {
  const verified = await cognitoClient().send(
    new VerifySoftwareTokenCommand({ Session: challenge.session, UserCode: code, FriendlyDeviceName: deviceName }),
  );
  if (verified.Status !== 'SUCCESS' || !verified.Session) {
    throw Object.assign(new Error('Verification was not successful'), { name: 'EnableSoftwareTokenMFAException' });
  }

  return respond('MFA_SETUP', { ...challenge, session: verified.Session }, {});
}
