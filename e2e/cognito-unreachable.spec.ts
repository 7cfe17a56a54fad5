import type { ChildProcess } from 'node:child_process';
import { test, expect } from './support/fixtures';
import { BrokenCognito, startAppWithCognitoAt } from './support/unreachable-cognito';

const UNAVAILABLE = 'The sign-in service is unavailable. Try again in a minute.';
const SECOND_APP_PORT = Number(process.env.E2E_APP_PORT ?? 3100) + 90;
const secondApp = `http://127.0.0.1:${SECOND_APP_PORT}`;

// One second server and one broken endpoint for the whole file, whose outage each test changes.
test.describe.configure({ mode: 'serial' });

test.describe('C28 when Cognito cannot be reached, a production build says so and stays up', () => {
  let cognito: BrokenCognito;
  let app: ChildProcess;

  test.beforeAll(async () => {
    cognito = await BrokenCognito.start();
    app = await startAppWithCognitoAt(cognito, SECOND_APP_PORT);
  });

  test.afterAll(async () => {
    app?.kill();
    await cognito?.stop();
  });

  test('C28 a Cognito that never answers: sign-in says the service is unavailable and keeps the email', async ({ page }) => {
    await cognito.fail('silent');

    await page.goto(`${secondApp}/sign-in`);
    await page.getByLabel('Email').fill('jane.doe@example.com');
    await page.getByLabel('Password').fill('Some-passw0rd!');
    await page.getByRole('button', { name: 'Sign in' }).click();

    await expect(page.getByText(UNAVAILABLE)).toBeVisible({ timeout: 30_000 });
    await expect(page.getByLabel('Email')).toHaveValue('jane.doe@example.com');
    await expect(page.getByRole('button', { name: 'Sign in' })).toBeEnabled();
  });

  test('C28 a Cognito that resets connections: sign-up, password reset and the security page say so', async ({
    page,
    user,
    signInPage,
  }) => {
    await cognito.fail('reset');

    await page.goto(`${secondApp}/sign-up`);
    await page.getByLabel('Email').fill('new.person@example.com');
    await page.getByLabel('Password').fill('Some-passw0rd!');
    await page.getByRole('button', { name: 'Create account' }).click();
    await expect(page.getByText(UNAVAILABLE)).toBeVisible();
    await expect(page.getByLabel('Email')).toHaveValue('new.person@example.com');

    await page.goto(`${secondApp}/forgot-password`);
    await page.getByLabel('Email').fill(user.email);
    await page.getByRole('button', { name: 'Send me a code' }).click();
    await expect(page.getByText(UNAVAILABLE)).toBeVisible();

    // Signed in through the working app; the session cookie then reaches the second one as well.
    await signInPage.signIn(user);
    await expect(page.getByTestId('authenticator-status')).toBeVisible();
    const response = await page.goto(`${secondApp}/account/security`);
    expect(response?.status()).toBeLessThan(500);
    await expect(page.getByText(UNAVAILABLE)).toBeVisible();
    await expect(page.getByRole('link', { name: 'Try again' })).toBeVisible();
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });

    test('C28 a Cognito that is gone: the sign-in form post answers with the message, not a server error', async ({
      page,
    }) => {
      await cognito.fail('closed');

      await page.goto(`${secondApp}/sign-in`);
      await page.getByLabel('Email').fill('jane.doe@example.com');
      await page.getByLabel('Password').fill('Some-passw0rd!');
      const [response] = await Promise.all([
        page.waitForResponse((answer) => answer.request().method() === 'POST'),
        page.getByRole('button', { name: 'Sign in' }).click(),
      ]);

      expect(response.status()).toBeLessThan(500);
      await expect(page.getByText(UNAVAILABLE)).toBeVisible();
      await expect(page.getByLabel('Email')).toHaveValue('jane.doe@example.com');
    });
  });
});
