import { randomBytes } from 'node:crypto';
import { test as base } from '@playwright/test';
import { SecurityPage, SignInPage } from './pages';
import { noteUrl } from './secrets';
import { createUser, deleteUser, type TestUser } from './stack';

/**
 * A client address of its own for every test (from the documentation range 2001:db8::/32), so the
 * per-address lockout of one test never reaches another. The app, reached without a proxy here,
 * takes the address from X-Forwarded-For.
 */
export function testAddress(): string {
  return `2001:db8::${randomBytes(2).toString('hex')}:${randomBytes(2).toString('hex')}`;
}

export const test = base.extend<{ user: TestUser; signInPage: SignInPage; securityPage: SecurityPage }>({
  extraHTTPHeaders: async ({}, use) => use({ 'x-forwarded-for': testAddress() }),
  page: async ({ page }, use) => {
    page.on('request', (request) => noteUrl(request.url()));
    await use(page);
  },
  user: async ({}, use) => {
    const user = await createUser();
    await use(user);
    await deleteUser(user.email);
  },
  signInPage: async ({ page }, use) => use(new SignInPage(page)),
  securityPage: async ({ page }, use) => use(new SecurityPage(page)),
});

export { expect } from '@playwright/test';
