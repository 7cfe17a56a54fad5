import type { AppConfig } from '@/lib/config';

/** A configuration for unit tests; each test overrides what it is about. */
export function testConfig(overrides: Partial<AppConfig> = {}): AppConfig {
  return {
    region: 'eu-west-1',
    userPoolId: 'eu-west-1_AbCdEf123',
    clientId: 'client-id',
    issuer: 'Example Corp',
    authFlow: 'USER_PASSWORD_AUTH',
    mfaRequired: false,
    passwordPolicy: {
      minimumLength: 8,
      requireLowercase: true,
      requireUppercase: true,
      requireNumbers: true,
      requireSymbols: true,
    },
    authSecret: 'x'.repeat(32),
    secureCookies: false,
    sessionIdleSeconds: 30 * 60,
    sessionMaxSeconds: 12 * 60 * 60,
    ...overrides,
  };
}
