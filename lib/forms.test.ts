import { describe, expect, it } from 'vitest';
import { deviceNameField, emailField } from './forms';

describe('emailField', () => {
  it('takes an email as a phone types it, capital first letter and trailing space, in lower case', () => {
    expect(emailField.parse(' Demo@Example.com ')).toBe('demo@example.com');
  });

  it('refuses what is not an email, with words a person understands', () => {
    expect(emailField.safeParse('demo').error?.issues[0]?.message).toBe('Enter an email address like name@example.com.');
    expect(emailField.safeParse('').error?.issues[0]?.message).toBe('Enter your email address.');
  });
});

describe('deviceNameField', () => {
  it('takes letters of any language and leaves an empty name out', () => {
    expect(deviceNameField.parse(' Téléphone de Zoé ')).toBe('Téléphone de Zoé');
    expect(deviceNameField.parse('')).toBeUndefined();
  });

  it('refuses symbols such as an emoji, naming the characters it takes', () => {
    expect(deviceNameField.safeParse('Phone 📱').error?.issues[0]?.message).toContain('letters, numbers, spaces');
  });
});
