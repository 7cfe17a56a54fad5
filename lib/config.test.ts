import { describe, expect, it } from 'vitest';
import { ConfigError, parseConfig } from './config';

const valid = {
  COGNITO_REGION: 'eu-west-1',
  COGNITO_USER_POOL_ID: 'eu-west-1_AbCdEf123',
  COGNITO_CLIENT_ID: '1example23456789',
  AUTH_SECRET: 'a'.repeat(32),
};

describe('parseConfig', () => {
  it('reads a real user pool with the default issuer and no endpoint', () => {
    const config = parseConfig(valid);

    expect(config).toMatchObject({ region: 'eu-west-1', userPoolId: 'eu-west-1_AbCdEf123', issuer: 'Cognito MFA' });
    expect(config.endpoint).toBeUndefined();
    expect(config.secureCookies).toBe(false);
  });

  it('takes the optional client secret, endpoint and issuer', () => {
    const config = parseConfig({
      ...valid,
      COGNITO_CLIENT_SECRET: 's3cr3t',
      COGNITO_ENDPOINT: 'http://127.0.0.1:9229',
      MFA_ISSUER: 'Example Corp',
      APP_URL: 'https://app.example.com',
    });

    expect(config).toMatchObject({ clientSecret: 's3cr3t', endpoint: 'http://127.0.0.1:9229', issuer: 'Example Corp' });
    expect(config.secureCookies).toBe(true);
  });

  it('names every missing setting in one message', () => {
    expect(() => parseConfig({})).toThrow(ConfigError);
    try {
      parseConfig({});
    } catch (error) {
      const message = (error as Error).message;
      for (const name of ['COGNITO_REGION', 'COGNITO_USER_POOL_ID', 'COGNITO_CLIENT_ID', 'AUTH_SECRET']) {
        expect(message).toContain(`${name} is required`);
      }
    }
  });

  it('explains a malformed value', () => {
    expect(() => parseConfig({ ...valid, COGNITO_USER_POOL_ID: 'pool' })).toThrow(/COGNITO_USER_POOL_ID must look like/);
    expect(() => parseConfig({ ...valid, AUTH_SECRET: 'short' })).toThrow(/AUTH_SECRET must be at least 32/);
    expect(() => parseConfig({ ...valid, COGNITO_ENDPOINT: 'not a url' })).toThrow(/COGNITO_ENDPOINT must be a URL/);
  });

  it('accepts next-auth’s own names for the secret and the URL', () => {
    const { AUTH_SECRET, ...rest } = valid;
    const config = parseConfig({ ...rest, NEXTAUTH_SECRET: AUTH_SECRET, NEXTAUTH_URL: 'https://a.example' });

    expect(config.authSecret).toBe(AUTH_SECRET);
    expect(config.secureCookies).toBe(true);
  });
});

describe('parseConfig for sessions and the shared store', () => {
  it('defaults to a 30-minute idle timeout and a 12-hour session, in memory', () => {
    const config = parseConfig(valid);

    expect(config.sessionIdleSeconds).toBe(30 * 60);
    expect(config.sessionMaxSeconds).toBe(12 * 60 * 60);
    expect(config.redisUrl).toBeUndefined();
  });

  it('takes other timeouts and a Redis URL, and refuses a timeout that is not a whole number', () => {
    const config = parseConfig({ ...valid, SESSION_IDLE_MINUTES: '5', SESSION_MAX_HOURS: '1', REDIS_URL: 'redis://127.0.0.1:6379' });

    expect(config).toMatchObject({ sessionIdleSeconds: 300, sessionMaxSeconds: 3600, redisUrl: 'redis://127.0.0.1:6379' });
    expect(() => parseConfig({ ...valid, SESSION_IDLE_MINUTES: 'soon' })).toThrow(/SESSION_IDLE_MINUTES/);
  });
});
