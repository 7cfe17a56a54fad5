import { describe, expect, it } from 'vitest';
import { deviceNameField, emailField, typedText } from './forms';

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

describe('typedText', () => {
  it('hands back a field as typed, cut at its length, and nothing for a field that is missing or a file', () => {
    const form = new FormData();
    form.set('email', ' Jane@Example.com ');
    form.set('deviceName', 'x'.repeat(5000));
    form.set('upload', new Blob(['x']));

    expect(typedText(form, 'email', 254)).toBe(' Jane@Example.com ');
    expect(typedText(form, 'deviceName')).toHaveLength(2048);
    expect(typedText(form, 'upload')).toBe('');
    expect(typedText(form, 'missing')).toBe('');
  });
});
