import { describe, expect, it } from 'vitest';
import { normaliseVerificationCode } from './verification-code';

describe('normaliseVerificationCode', () => {
  it.each([
    ['012 345', '012345'],
    [' 012345 ', '012345'],
    ['０１２３４５', '012345'],
    ['012-345', '012345'],
    ['012\u00a0345', '012345'],
  ])('C21 accepts %j as %j, keeping the leading zero', (input, expected) => {
    expect(normaliseVerificationCode(input)).toBe(expected);
  });

  it.each(['12345', '1234567', '12a456', '', '١٢٣٤٥٦', '12 34 5'])('C21 refuses %j, which is not six digits', (input) => {
    expect(normaliseVerificationCode(input)).toBeNull();
  });

  it('refuses anything that is not text, such as a missing form field', () => {
    expect(normaliseVerificationCode(null)).toBeNull();
    expect(normaliseVerificationCode(12345)).toBeNull();
  });

  it('C21 returns a string, never a number', () => {
    expect(typeof normaliseVerificationCode('000001')).toBe('string');
  });
});
