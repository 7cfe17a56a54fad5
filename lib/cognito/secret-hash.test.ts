import { describe, expect, it } from 'vitest';
import { secretHash, secretHashParameter } from './secret-hash';

describe('secretHash', () => {
  it('C17 is Base64(HMAC-SHA256(client secret, username + client id))', () => {
    // From `printf '%s' 3f1c-uuidclient-id | openssl dgst -sha256 -hmac client-secret -binary | base64`.
    expect(secretHash('3f1c-uuid', 'client-id', 'client-secret')).toBe('Wag6oR+qNw7rxLYI3xJl5EXTkKB5E39ShBxe+7Zv6Mc=');
  });

  it('C17 is left out entirely for an app client without a secret', () => {
    expect(secretHashParameter('user', 'client-id', undefined)).toEqual({});
  });
});
