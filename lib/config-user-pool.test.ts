import { describe, expect, it } from 'vitest';
import { parseConfig } from './config';

const valid = {
  COGNITO_REGION: 'eu-west-1',
  COGNITO_USER_POOL_ID: 'eu-west-1_AbCdEf123',
  COGNITO_CLIENT_ID: '1example23456789',
  AUTH_SECRET: 'a'.repeat(32),
};

describe('parseConfig for how the user pool is set up', () => {
  it('defaults to USER_PASSWORD_AUTH, MFA optional and Cognito’s default password policy', () => {
    expect(parseConfig(valid)).toMatchObject({
      authFlow: 'USER_PASSWORD_AUTH',
      mfaRequired: false,
      passwordPolicy: { minimumLength: 8, requireLowercase: true, requireUppercase: true, requireNumbers: true, requireSymbols: true },
    });
  });

  it('takes SRP, required MFA and the pool’s own password policy', () => {
    const config = parseConfig({
      ...valid,
      COGNITO_AUTH_FLOW: 'USER_SRP_AUTH',
      COGNITO_MFA_CONFIGURATION: 'ON',
      COGNITO_PASSWORD_MIN_LENGTH: '12',
      COGNITO_PASSWORD_REQUIRES: 'lowercase,numbers',
    });

    expect(config).toMatchObject({
      authFlow: 'USER_SRP_AUTH',
      mfaRequired: true,
      passwordPolicy: { minimumLength: 12, requireLowercase: true, requireUppercase: false, requireNumbers: true, requireSymbols: false },
    });
    expect(parseConfig({ ...valid, COGNITO_PASSWORD_REQUIRES: 'none' }).passwordPolicy.requireLowercase).toBe(false);
  });

  it('explains a value that is not one Cognito has', () => {
    expect(() => parseConfig({ ...valid, COGNITO_AUTH_FLOW: 'SRP' })).toThrow(/COGNITO_AUTH_FLOW must be USER_PASSWORD_AUTH or USER_SRP_AUTH/);
    expect(() => parseConfig({ ...valid, COGNITO_MFA_CONFIGURATION: 'REQUIRED' })).toThrow(/COGNITO_MFA_CONFIGURATION must be OPTIONAL or ON/);
    expect(() => parseConfig({ ...valid, COGNITO_PASSWORD_MIN_LENGTH: '4' })).toThrow(/COGNITO_PASSWORD_MIN_LENGTH must be 6 to 99/);
    expect(() => parseConfig({ ...valid, COGNITO_PASSWORD_REQUIRES: 'digits' })).toThrow(/COGNITO_PASSWORD_REQUIRES must list/);
  });
});
