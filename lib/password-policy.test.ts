import { describe, expect, it } from 'vitest';
import type { PasswordPolicy } from '@/lib/config';
import { describePasswordPolicy, passwordProblem, passwordRequirements } from './password-policy';

const cognitoDefault: PasswordPolicy = {
  minimumLength: 8,
  requireLowercase: true,
  requireUppercase: true,
  requireNumbers: true,
  requireSymbols: true,
};

describe('password policy', () => {
  it('describes the pool policy in one sentence', () => {
    expect(describePasswordPolicy(cognitoDefault)).toBe(
      'Use at least 8 characters, a lowercase letter, an uppercase letter, a number and a symbol such as ! ? # or -.',
    );
    expect(passwordRequirements({ ...cognitoDefault, minimumLength: 12, requireSymbols: false, requireNumbers: false })).toEqual([
      'at least 12 characters',
      'a lowercase letter',
      'an uppercase letter',
    ]);
  });

  it('names everything a password lacks at once', () => {
    expect(passwordProblem('short', cognitoDefault)).toBe(
      'Your password needs at least 8 characters, an uppercase letter (A–Z), a number (0–9) and a symbol such as ! ? # or -.',
    );
    expect(passwordProblem('Long-enough-1', cognitoDefault)).toBeNull();
  });

  it('counts the symbols Cognito counts, and refuses a leading or trailing space as Cognito does', () => {
    for (const symbol of ['^', '$', '*', '.', '[', ']', '{', '}', '(', ')', '?', '"', '!', '@', '#', '%', '&', '/', '\\', ',', '>', '<', "'", ':', ';', '|', '_', '~', '`', '=', '+', '-']) {
      expect(passwordProblem(`Abcdefg1${symbol}`, cognitoDefault)).toBeNull();
    }
    expect(passwordProblem('Abcdefg1é', cognitoDefault)).toMatch(/a symbol/);
    expect(passwordProblem(' Abcdefg1!', cognitoDefault)).toBe('Your password cannot start or end with a space.');
  });

  it('counts characters, not UTF-16 units, for the minimum length', () => {
    expect(passwordProblem('Aa1!😀😀😀', { ...cognitoDefault, minimumLength: 8 })).toMatch(/at least 8 characters/);
  });
});
