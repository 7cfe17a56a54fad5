import { describe, expect, it } from 'vitest';
import { securityHeaders } from './security-headers';

const directive = (policy: string, name: string) => policy.split('; ').find((part) => part.startsWith(`${name} `));

describe('securityHeaders', () => {
  it('in production, scripts and styles run only with the nonce, and nothing inline is allowed', () => {
    const policy = securityHeaders({ nonce: 'abc', secure: true, development: false })['Content-Security-Policy'];

    expect(directive(policy, 'script-src')).toContain("'nonce-abc'");
    expect(directive(policy, 'style-src')).toBe("style-src 'self' 'nonce-abc'");
    expect(policy).not.toContain('unsafe');
  });

  it("in development, the overlay's inline styles are allowed, while scripts still need the nonce", () => {
    const policy = securityHeaders({ nonce: 'abc', secure: false, development: true })['Content-Security-Policy'];

    expect(directive(policy, 'style-src')).toBe("style-src 'self' 'unsafe-inline'");
    expect(directive(policy, 'script-src')).toContain("'nonce-abc'");
    expect(directive(policy, 'script-src')).not.toContain('unsafe-inline');
  });
});
