import { afterEach, describe, expect, it, vi } from 'vitest';
import { logger, redact } from './log';

describe('redact', () => {
  it('hides every field whose name suggests a secret, at any depth', () => {
    const value = redact({
      user: 'u-1',
      password: 'hunter2',
      request: { Session: 'sess', ChallengeResponses: { SOFTWARE_TOKEN_MFA_CODE: '123456' }, AccessToken: 't' },
      secretCode: 'JBSW',
    });

    expect(JSON.stringify(value)).not.toMatch(/hunter2|sess"|123456|JBSW|"t"/);
    expect(value).toMatchObject({ user: 'u-1' });
  });

  it('keeps only the name and message of an error, not the request it carries', () => {
    const error = Object.assign(new Error('Incorrect code'), { name: 'CodeMismatchException', input: { UserCode: '1' } });

    expect(redact(error)).toEqual({ name: 'CodeMismatchException', message: 'Incorrect code' });
  });
});

describe('logger', () => {
  afterEach(() => vi.restoreAllMocks());

  it('writes one JSON line with its label and no secret', () => {
    const write = vi.spyOn(console, 'log').mockImplementation(() => {});

    logger('sign-in').info('signed in', { user: 'u-1', accessToken: 'eyJ...' });

    const line = JSON.parse(String(write.mock.calls[0]?.[0]));
    expect(line).toMatchObject({ level: 'info', label: 'sign-in', event: 'signed in', user: 'u-1', accessToken: '[redacted]' });
  });
});
