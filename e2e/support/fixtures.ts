import { test as base } from '@playwright/test';
import { SecurityPage, SignInPage } from './pages';
import { createUser, type TestUser } from './stack';

export const test = base.extend<{ user: TestUser; signInPage: SignInPage; securityPage: SecurityPage }>({
  user: async ({}, use) => use(await createUser()),
  signInPage: async ({ page }, use) => use(new SignInPage(page)),
  securityPage: async ({ page }, use) => use(new SecurityPage(page)),
});

export { expect } from '@playwright/test';
