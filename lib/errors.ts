import { CODE_FORMAT_MESSAGE } from '@/lib/mfa/verification-code';

/** Every failure a person can meet, each with the words they see. */
export const errorMessages = {
  invalid_input: 'Check the highlighted field and try again.',
  // Actions are public endpoints: a crafted request can send anything in place of the form.
  malformed_request: 'This form could not be read. Reload the page and try again.',
  invalid_code_format: CODE_FORMAT_MESSAGE,
  code_mismatch:
    "That code didn't match. Enter the newest code your authenticator app shows; if it still fails, check that your phone's clock sets itself automatically.",
  code_already_used: 'That code was already used. Wait for the next one.',
  bad_credentials: 'The email or password is incorrect. Check both and try again.',
  user_not_confirmed: 'This account has not been confirmed yet. Check your email for the confirmation code.',
  password_reset_required: 'You need to reset your password before you can sign in.',
  challenge_expired: 'Your sign-in timed out. Please sign in again.',
  not_signed_in: 'Your session has ended. Please sign in again.',
  setup_not_started: 'Your authenticator setup expired. Start again to get a new QR code.',
  not_enrolled: 'There is no authenticator app set up on this account. Reload the page to see its current state.',
  step_up_required: 'To replace your authenticator app, confirm it is you with your password and a current code first.',
  mfa_required_by_pool: 'Your organisation requires an authenticator app, so it cannot be turned off.',
  too_many_attempts: 'Too many attempts. Try again in a few minutes.',
  service_unavailable: 'The sign-in service is unavailable. Try again in a minute.',
  username_exists: 'An account with this email already exists. Sign in, or reset your password if you have forgotten it.',
  password_policy: 'Choose a password that meets every requirement listed.',
  code_delivery_failed: 'We could not send you a code. Check the email address, then try again in a minute.',
  email_code_mismatch: 'That code does not match the one we sent. Check the newest email from us and type its code.',
  email_code_expired: 'That code has expired. Ask for a new one below.',
  already_confirmed: 'This account is already confirmed. Sign in with your email and password.',
  reset_not_possible:
    'This account has no confirmed email address to send a code to. Contact your administrator to reset your password.',
  unsupported_challenge: 'This account needs a sign-in step this app does not support yet. Contact your administrator.',
  emulator_unsupported:
    'The local Cognito emulator cannot do this. Use the code printed in the `npm run dev` console, or try it against a real user pool.',
  unexpected: 'Something went wrong on our side. Please try again.',
} as const;

export type ErrorCode = keyof typeof errorMessages;

/** What a failed action returns: production builds hide thrown messages, so failures are values. */
export type Failure = { ok: false; code: ErrorCode; message: string; field?: string };

export function failure(code: ErrorCode, field?: string, message?: string): Failure {
  return { ok: false, code, message: message ?? errorMessages[code], ...(field ? { field } : {}) };
}

const NETWORK_ERRORS = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ETIMEDOUT',
  'EPIPE',
  'TimeoutError',
  'RequestTimeout',
]);

const THROTTLE_ERRORS = new Set([
  'TooManyRequestsException',
  'LimitExceededException',
  'TooManyFailedAttemptsException',
]);

function errorName(error: unknown): string {
  if (typeof error !== 'object' || error === null) return '';
  const { name, code } = error as { name?: unknown; code?: unknown };
  if (typeof code === 'string' && NETWORK_ERRORS.has(code)) return code;
  return typeof name === 'string' ? name : '';
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : '';
}

/**
 * Turns whatever a Cognito call threw into the failure a person should see.
 * `step` tells apart the cases where one Cognito error means different things.
 */
export type CognitoStep =
  /** InitiateAuth with the password. */
  | 'password'
  /** Answering a sign-in challenge: a code, a new password, authenticator setup. */
  | 'challenge'
  /** A call made with the signed-in person's access token. */
  | 'account'
  /** SignUp. */
  | 'sign-up'
  /** The codes Cognito sends by email: ConfirmSignUp, ResendConfirmationCode, ForgotPassword, ConfirmForgotPassword. */
  | 'email-code';

export function classifyCognitoError(error: unknown, step: CognitoStep): ErrorCode {
  const name = errorName(error);
  const text = errorText(error);

  if (NETWORK_ERRORS.has(name) || (error as { $metadata?: { httpStatusCode?: number } })?.$metadata?.httpStatusCode === 503) {
    return 'service_unavailable';
  }
  if (THROTTLE_ERRORS.has(name) || /attempts exceeded/i.test(text)) return 'too_many_attempts';

  switch (name) {
    case 'CodeMismatchException':
      return step === 'email-code' ? 'email_code_mismatch' : 'code_mismatch';
    case 'EnableSoftwareTokenMFAException':
      return 'code_mismatch';
    case 'ExpiredCodeException':
      if (step === 'email-code') return 'email_code_expired';
      return step === 'password' ? 'bad_credentials' : 'code_already_used';
    case 'UserNotFoundException':
      if (step === 'email-code') return 'email_code_mismatch';
      return step === 'account' ? 'not_signed_in' : 'bad_credentials';
    // The emulator answers a wrong password this way; real pools use NotAuthorizedException.
    // Everywhere else it means a new password that the pool's policy refuses.
    case 'InvalidPasswordException':
      return step === 'password' ? 'bad_credentials' : 'password_policy';
    case 'UsernameExistsException':
    case 'AliasExistsException':
      return 'username_exists';
    case 'CodeDeliveryFailureException':
      return 'code_delivery_failed';
    case 'UserNotConfirmedException':
      return 'user_not_confirmed';
    case 'PasswordResetRequiredException':
      return 'password_reset_required';
    case 'SoftwareTokenMFANotFoundException':
      return 'not_enrolled';
    // Only the local emulator answers this way, for the calls it does not have.
    case 'Unsupported':
      return 'emulator_unsupported';
    case 'InvalidParameterException':
      // ForgotPassword for a user with no verified email or phone to send the code to.
      if (step === 'email-code' && /verified|registered/i.test(text)) return 'reset_not_possible';
      return 'unexpected';
    case 'NotAuthorizedException':
      // ConfirmSignUp for a user already confirmed: "User cannot be confirmed. Current status is CONFIRMED".
      if (step === 'email-code' && /confirmed/i.test(text)) return 'already_confirmed';
      if (step === 'email-code' || step === 'sign-up') return 'unexpected';
      if (step === 'challenge') return /session/i.test(text) ? 'challenge_expired' : 'code_mismatch';
      if (step === 'account') return 'not_signed_in';
      return 'bad_credentials';
    case 'InternalErrorException':
    case 'ServiceUnavailableException':
      return 'service_unavailable';
    default:
      return 'unexpected';
  }
}
