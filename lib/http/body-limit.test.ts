import { describe, expect, it } from 'vitest';
import { MAX_BODY_BYTES, refuseBody } from './body-limit';

describe('refuseBody', () => {
  it('lets a small form post and every GET through', () => {
    expect(refuseBody('POST', '512')).toBeNull();
    expect(refuseBody('GET', null)).toBeNull();
  });

  it('refuses a body over the limit with 413 and a page a person can read', async () => {
    const response = refuseBody('POST', String(MAX_BODY_BYTES + 1))!;

    expect(response.status).toBe(413);
    expect(await response.text()).toContain('more than this form takes');
  });

  it('refuses a post that does not say its length with 411', () => {
    expect(refuseBody('POST', null)?.status).toBe(411);
  });
});
