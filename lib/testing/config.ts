import type { AppConfig } from '@/lib/config';

/** A configuration for unit tests; each test overrides what it is about. */
export function testConfig(overrides: Partial<AppConfig> = {}): AppConfig {
  return {
    region: 'eu-west-1',
    userPoolId: 'eu-west-1_AbCdEf123',
    clientId: 'client-id',
    issuer: 'Example Corp',
    authSecret: 'x'.repeat(32),
    secureCookies: false,
    ...overrides,
  };
}
