/** Every failure a person can meet, each with the words they see. */
export const errorMessages = {
  invalid_input: 'Check the highlighted field and try again.',
  invalid_code_format: 'Enter the 6-digit code from your authenticator app.',
  code_mismatch:
    "That code didn't match. Enter the newest code your authenticator app shows; if it still fails, check that your phone's clock sets itself automatically.",
  code_already_used: 'That code was already used. Wait for the next one.',
  bad_credentials: 'The email or password is incorrect.',
  user_not_confirmed: 'This account has not been confirmed yet. Check your email for the confirmation code.',
  password_reset_required: 'You need to reset your password before you can sign in.',
  challenge_expired: 'Your sign-in timed out. Please sign in again.',
  not_signed_in: 'Your session has ended. Please sign in again.',
  setup_not_started: 'Your authenticator setup expired. Start again to get a new QR code.',
  not_enrolled: 'There is no authenticator app set up on this account.',
  mfa_required_by_pool: 'Your organisation requires an authenticator app, so it cannot be turned off.',
  too_many_attempts: 'Too many attempts. Try again in a few minutes.',
  service_unavailable: 'The sign-in service is unavailable. Try again in a minute.',
  unsupported_challenge: 'This account needs a sign-in step this app does not support yet. Contact your administrator.',
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
export function classifyCognitoError(error: unknown, step: 'password' | 'challenge' | 'account'): ErrorCode {
  const name = errorName(error);
  const text = errorText(error);

  if (NETWORK_ERRORS.has(name) || (error as { $metadata?: { httpStatusCode?: number } })?.$metadata?.httpStatusCode === 503) {
    return 'service_unavailable';
  }
  if (THROTTLE_ERRORS.has(name) || /attempts exceeded/i.test(text)) return 'too_many_attempts';

  switch (name) {
    case 'CodeMismatchException':
    case 'EnableSoftwareTokenMFAException':
      return 'code_mismatch';
    case 'ExpiredCodeException':
      return step === 'password' ? 'bad_credentials' : 'code_already_used';
    case 'UserNotFoundException':
      return step === 'account' ? 'not_signed_in' : 'bad_credentials';
    // The emulator answers a wrong password this way; real pools use NotAuthorizedException.
    case 'InvalidPasswordException':
      return step === 'password' ? 'bad_credentials' : 'unexpected';
    case 'UserNotConfirmedException':
      return 'user_not_confirmed';
    case 'PasswordResetRequiredException':
      return 'password_reset_required';
    case 'SoftwareTokenMFANotFoundException':
      return 'not_enrolled';
    case 'NotAuthorizedException':
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
