/**
 * The headers every page carries. Scripts run only with this request's nonce (no 'unsafe-inline'),
 * nothing may frame the app, and forms post only to it.
 */
export function securityHeaders({ nonce, secure, development }: { nonce: string; secure: boolean; development: boolean }) {
  const policy = [
    "default-src 'self'",
    // React's development build evaluates code to rebuild server stacks; production needs no eval.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ''}`,
    // The development overlay of Next.js sets inline styles in its shadow DOM, which carry no
    // nonce; without them its badge spills unstyled text below every page.
    `style-src 'self' ${development ? "'unsafe-inline'" : `'nonce-${nonce}'`}`,
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(secure ? ['upgrade-insecure-requests'] : []),
  ].join('; ');

  return {
    'Content-Security-Policy': policy,
    'X-Content-Type-Options': 'nosniff',
    // Not no-referrer: under it a browser sends `Origin: null` with a plain form post, and Next.js
    // then refuses the server action, so the forms would fail without JavaScript.
    'Referrer-Policy': 'same-origin',
    'X-Frame-Options': 'DENY',
    // Every page is about one signed-in person or shows a secret: no cache may keep a copy.
    'Cache-Control': 'no-store, max-age=0',
    ...(secure ? { 'Strict-Transport-Security': 'max-age=31536000; includeSubDomains' } : {}),
  };
}

export function newNonce(): string {
  return Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString('base64');
}
