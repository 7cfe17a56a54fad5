import { describe, expect, it } from 'vitest';
import { classifyCognitoError, errorMessages } from './errors';

function cognitoError(name: string, message = 'x') {
  return Object.assign(new Error(message), { name, $metadata: { httpStatusCode: 400 } });
}

describe('classifyCognitoError', () => {
  it.each(['CodeMismatchException', 'EnableSoftwareTokenMFAException'])(
    'C01 %s means the code did not match',
    (name) => {
      expect(classifyCognitoError(cognitoError(name), 'account')).toBe('code_mismatch');
      expect(classifyCognitoError(cognitoError(name), 'challenge')).toBe('code_mismatch');
    },
  );

  it('C01 the mismatch message suggests the newest code and the phone clock', () => {
    expect(errorMessages.code_mismatch).toMatch(/newest code/);
    expect(errorMessages.code_mismatch).toMatch(/clock/);
  });

  it.each([
    cognitoError('TooManyRequestsException'),
    cognitoError('LimitExceededException'),
    cognitoError('TooManyFailedAttemptsException'),
    cognitoError('NotAuthorizedException', 'Password attempts exceeded'),
  ])('C22 Cognito throttling ($name: $message) means too many attempts', (error) => {
    expect(classifyCognitoError(error, 'password')).toBe('too_many_attempts');
  });

  it('C12 an expired challenge session means the sign-in timed out', () => {
    const error = cognitoError('NotAuthorizedException', 'Invalid session for the user, session is expired.');

    expect(classifyCognitoError(error, 'challenge')).toBe('challenge_expired');
    expect(errorMessages.challenge_expired).toBe('Your sign-in timed out. Please sign in again.');
  });

  it.each(['NotAuthorizedException', 'UserNotFoundException', 'InvalidPasswordException'])(
    'a refused password (%s) reads the same whether or not the account exists',
    (name) => {
      expect(classifyCognitoError(cognitoError(name), 'password')).toBe('bad_credentials');
    },
  );

  it('an access token Cognito no longer accepts means the session has ended', () => {
    expect(classifyCognitoError(cognitoError('NotAuthorizedException', 'Access Token has expired'), 'account')).toBe(
      'not_signed_in',
    );
  });

  it.each([
    Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:9229'), { code: 'ECONNREFUSED' }),
    Object.assign(new Error('getaddrinfo ENOTFOUND'), { code: 'ENOTFOUND' }),
    Object.assign(new Error('timed out'), { name: 'TimeoutError' }),
    cognitoError('InternalErrorException'),
  ])('an unreachable or failing Cognito means the service is unavailable', (error) => {
    expect(classifyCognitoError(error, 'password')).toBe('service_unavailable');
  });

  it('anything unknown is unexpected, and never shows the raw error', () => {
    expect(classifyCognitoError(new Error('secret detail'), 'account')).toBe('unexpected');
    expect(Object.values(errorMessages).join(' ')).not.toMatch(/Exception/);
  });
});

describe('classifyCognitoError for sign-up and recovery', () => {
  it.each([
    ['UsernameExistsException', 'sign-up', 'username_exists'],
    ['InvalidPasswordException', 'sign-up', 'password_policy'],
    ['InvalidPasswordException', 'email-code', 'password_policy'],
    ['InvalidPasswordException', 'challenge', 'password_policy'],
    ['CodeDeliveryFailureException', 'sign-up', 'code_delivery_failed'],
    ['CodeMismatchException', 'email-code', 'email_code_mismatch'],
    ['ExpiredCodeException', 'email-code', 'email_code_expired'],
  ] as const)('%s at the %s step means %s', (name, step, code) => {
    expect(classifyCognitoError(cognitoError(name), step)).toBe(code);
  });

  it('a wrong password at sign-in still reads as bad credentials, never as the policy', () => {
    expect(classifyCognitoError(cognitoError('InvalidPasswordException'), 'password')).toBe('bad_credentials');
  });

  it('confirming an account twice says it is already confirmed', () => {
    const error = cognitoError('NotAuthorizedException', 'User cannot be confirmed. Current status is CONFIRMED');
    expect(classifyCognitoError(error, 'email-code')).toBe('already_confirmed');
  });

  it('a reset for an account with nowhere to send the code says to ask an administrator', () => {
    const error = cognitoError('InvalidParameterException', 'Cannot reset password for the user as there is no registered/verified email or phone_number');
    expect(classifyCognitoError(error, 'email-code')).toBe('reset_not_possible');
  });

  it('C22 throttling on sign-up and codes reads as too many attempts', () => {
    expect(classifyCognitoError(cognitoError('LimitExceededException'), 'email-code')).toBe('too_many_attempts');
    expect(classifyCognitoError(cognitoError('TooManyRequestsException'), 'sign-up')).toBe('too_many_attempts');
  });

  it('every new message is written for a person: no exception names', () => {
    for (const code of ['username_exists', 'password_policy', 'code_delivery_failed', 'email_code_mismatch', 'email_code_expired', 'already_confirmed', 'reset_not_possible'] as const) {
      expect(errorMessages[code]).not.toMatch(/Exception|Cognito/);
    }
  });
});

describe('classifyCognitoError for the local emulator', () => {
  it('says plainly when the emulator lacks a call, instead of a generic failure', () => {
    const error = Object.assign(new Error('Cognito Local unsupported feature'), { name: 'Unsupported', $metadata: { httpStatusCode: 500 } });

    expect(classifyCognitoError(error, 'email-code')).toBe('emulator_unsupported');
    expect(errorMessages.emulator_unsupported).toMatch(/npm run dev/);
  });
});
