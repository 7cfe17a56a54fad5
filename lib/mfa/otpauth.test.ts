import { describe, expect, it } from 'vitest';
import { groupSecret, otpauthUri } from './otpauth';

const secret = 'JBSWY3DPEHPK3PXP';

describe('otpauthUri', () => {
  it('C03 issuer with a space is encoded as %20, never +', () => {
    const uri = otpauthUri({ issuer: 'Example Corp', account: 'jane.doe@example.com', secret });

    expect(uri).toBe(
      `otpauth://totp/Example%20Corp:jane.doe%40example.com?secret=${secret}&issuer=Example%20Corp&algorithm=SHA1&digits=6&period=30`,
    );
    expect(uri).not.toContain('+');
  });

  it('C04 punctuation and non-ASCII label parts are UTF-8 percent-encoded exactly once', () => {
    const issuer = 'Acme: Ünïcode 喵';
    const uri = otpauthUri({ issuer, account: 'jane.doe+mfa@example.com', secret });
    const label = uri.slice('otpauth://totp/'.length, uri.indexOf('?'));

    expect(label).toBe('Acme%3A%20%C3%9Cn%C3%AFcode%20%E5%96%B5:jane.doe%2Bmfa%40example.com');
    expect(label.split(':')).toHaveLength(2);
    expect(uri).not.toMatch(/%25/);
    expect(new URL(uri).searchParams.get('issuer')).toBe(issuer);
    expect(decodeURIComponent(label.split(':')[1]!)).toBe('jane.doe+mfa@example.com');
  });

  it('puts the secret in the query so an app can read it back', () => {
    const uri = otpauthUri({ issuer: 'X', account: 'a@b.c', secret });

    expect(new URL(uri).searchParams.get('secret')).toBe(secret);
  });
});

describe('groupSecret', () => {
  it('splits the key into groups of four for typing by hand', () => {
    expect(groupSecret('ABCDEFGHIJ')).toBe('ABCD EFGH IJ');
  });
});
