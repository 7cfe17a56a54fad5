import type { APIResponse, Page } from '@playwright/test';
import { test, expect } from './support/fixtures';

function nonceOf(policy: string): string {
  const nonce = /'nonce-([^']+)'/.exec(policy)?.[1];
  if (!nonce) throw new Error(`No nonce in ${policy}`);
  return nonce;
}

function expectSecurityHeaders(response: APIResponse) {
  const headers = response.headers();
  const policy = headers['content-security-policy'] ?? '';

  expect(policy).toContain("script-src 'self' 'nonce-");
  expect(policy).not.toMatch(/script-src[^;]*'unsafe-inline'/);
  for (const directive of ["object-src 'none'", "base-uri 'none'", "form-action 'self'", "frame-ancestors 'none'"]) {
    expect(policy).toContain(directive);
  }
  expect(headers['x-content-type-options']).toBe('nosniff');
  // same-origin, not no-referrer: under no-referrer browsers send `Origin: null` with form posts,
  // which Next.js rightly refuses as cross-site. Other sites still get no referrer at all.
  expect(headers['referrer-policy']).toBe('same-origin');
  expect(headers['cache-control']).toContain('no-store');
}

/** Every script tag of the page carries this response's nonce. */
async function expectScriptsCarryNonce(response: APIResponse) {
  const nonce = nonceOf(response.headers()['content-security-policy'] ?? '');
  const scripts = (await response.text()).match(/<script\b[^>]*>/g) ?? [];

  expect(scripts.length).toBeGreaterThan(0);
  for (const script of scripts) expect(script).toContain(`nonce="${nonce}"`);
}

async function checkRoute(page: Page, path: string) {
  const first = await page.request.get(path, { maxRedirects: 0 });
  const second = await page.request.get(path, { maxRedirects: 0 });
  expect(first.status(), path).toBe(200);

  expectSecurityHeaders(first);
  await expectScriptsCarryNonce(first);
  await expectScriptsCarryNonce(second);
  expect(nonceOf(first.headers()['content-security-policy']!)).not.toBe(
    nonceOf(second.headers()['content-security-policy']!),
  );
}

test.describe('security headers', () => {
  test('public pages send a nonce CSP that changes per request, and every script carries it', async ({ page }) => {
    for (const path of ['/', '/sign-in']) await checkRoute(page, path);
  });

  test('signed-in pages, including the one that shows the secret, send the same headers and no-store', async ({
    page,
    user,
    signInPage,
    securityPage,
  }) => {
    await signInPage.signIn(user);
    await securityPage.startSetup();

    for (const path of ['/account/security', '/account/security/setup']) await checkRoute(page, path);
  });

  test('the browser runs the pages under the policy without a single violation', async ({ page, user, signInPage, securityPage }) => {
    const violations: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
    });

    await signInPage.signIn(user);
    await securityPage.startSetup();
    // The code field is checked in the browser before any request: proof the page's scripts ran.
    const posts: string[] = [];
    page.on('request', (request) => {
      if (request.method() === 'POST') posts.push(request.url());
    });
    await page.getByLabel('Verification code').fill('12');
    await page.getByRole('button', { name: 'Verify and turn on' }).click();
    await expect(page.getByText('Enter the 6-digit code from your authenticator app.')).toBeVisible();

    expect(posts).toEqual([]);
    expect(violations).toEqual([]);
  });
});
