import { randomUUID } from 'node:crypto';
import { test, expect } from './support/fixtures';
import { expectNoAxeViolations } from './support/axe';
import { createUserWithTemporaryPassword, deleteUser } from './support/stack';
import { staleCode } from './support/totp';

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`axe-core, WCAG 2.2 A and AA, ${colorScheme} scheme`, () => {
    test.use({ colorScheme });

    test('the signed-out pages: home, sign-in with and without an error, page not found', async ({ page, signInPage }) => {
      await page.goto('/');
      await expectNoAxeViolations(page);

      await page.goto('/sign-in');
      await expectNoAxeViolations(page);

      await signInPage.signIn({ email: 'not-an-email', password: 'x' });
      await expect(page.getByText('Enter an email address like name@example.com.')).toBeVisible();
      await expectNoAxeViolations(page);

      await page.goto('/no-such-page');
      await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
      await expectNoAxeViolations(page);
    });

    test('security settings, setup with an error, the code step with an error, settings with it on', async ({
      page,
      user,
      signInPage,
      securityPage,
    }) => {
      await signInPage.signIn(user);
      await securityPage.expectStatus('off');
      await expectNoAxeViolations(page);

      await page.goto('/');
      await expectNoAxeViolations(page);
      await page.goto('/account/security');

      const { secret } = await securityPage.startSetup();
      await expectNoAxeViolations(page);

      await securityPage.submitSetupCode(staleCode(secret));
      await expect(page.getByText("That code didn't match")).toBeVisible();
      await expectNoAxeViolations(page);

      await securityPage.enable(secret);
      await expectNoAxeViolations(page);

      await page.getByRole('link', { name: 'Replace your authenticator app' }).click();
      await expect(page.getByRole('heading', { name: 'Replace your authenticator app' })).toBeVisible();
      await expectNoAxeViolations(page);
      await page.getByRole('button', { name: 'Continue to the new QR code' }).click();
      await expect(page.getByLabel('Verification code')).toHaveAttribute('aria-invalid', 'true');
      await expectNoAxeViolations(page);
      await page.getByRole('link', { name: 'Keep my current authenticator' }).click();

      await securityPage.signOut();
      await signInPage.signIn(user);
      await expect(page.getByRole('heading', { name: 'Enter your code' })).toBeVisible();
      await expectNoAxeViolations(page);

      await signInPage.enterCode(staleCode(secret));
      await expect(page.getByText("That code didn't match")).toBeVisible();
      await expectNoAxeViolations(page);
    });

    test('sign-up, account confirmation and password reset, each with an error', async ({ page, user }) => {
      await page.goto('/sign-up');
      await expectNoAxeViolations(page);
      await page.getByLabel('Email').fill(`axe-${randomUUID().slice(0, 8)}@example.com`);
      await page.getByLabel('Password', { exact: true }).fill('short');
      await page.getByRole('button', { name: 'Create account' }).click();
      await expect(page.getByLabel('Password', { exact: true })).toHaveAttribute('aria-invalid', 'true');
      await expectNoAxeViolations(page);

      await page.getByLabel('Password', { exact: true }).fill(`Pw-${randomUUID()}`);
      await page.getByRole('button', { name: 'Create account' }).click();
      await expect(page).toHaveURL(/\/sign-up\/confirm$/);
      await expectNoAxeViolations(page);
      await page.getByLabel('Verification code').fill('12');
      await page.getByRole('button', { name: 'Confirm account' }).click();
      await expect(page.getByLabel('Verification code')).toHaveAttribute('aria-invalid', 'true');
      await expectNoAxeViolations(page);

      await page.goto('/forgot-password');
      await expectNoAxeViolations(page);
      await page.getByLabel('Email').fill(user.email);
      await page.getByRole('button', { name: 'Send me a code' }).click();
      await expect(page).toHaveURL(/\/forgot-password\/reset$/);
      await expectNoAxeViolations(page);
      await page.getByLabel('Verification code').fill('12');
      await page.getByRole('button', { name: 'Save new password' }).click();
      await expect(page.getByLabel('Verification code')).toHaveAccessibleDescription(/from the email we sent you/);
      await expectNoAxeViolations(page);
    });

    test('the new-password step of an invited user, with an error', async ({ page, signInPage }) => {
      const invited = await createUserWithTemporaryPassword();

      await signInPage.signIn(invited);
      await expect(page).toHaveURL(/\/sign-in\/new-password$/);
      await expectNoAxeViolations(page);
      await page.getByLabel('New password', { exact: true }).fill('alllowercase');
      await page.getByRole('button', { name: 'Save and continue' }).click();
      await expect(page.getByLabel('New password', { exact: true })).toHaveAttribute('aria-invalid', 'true');
      await expectNoAxeViolations(page);

      await deleteUser(invited.email);
    });
  });
}

test('the QR code has a text alternative that names the account and never contains the key', async ({
  page,
  user,
  signInPage,
  securityPage,
}) => {
  await signInPage.signIn(user);
  const { secret } = await securityPage.startSetup();

  const qr = page.getByRole('img', { name: `QR code that adds ${user.email} to your authenticator app` });
  await expect(qr).toBeVisible();
  const alternative = [await qr.getAttribute('aria-label'), await qr.locator('title').allTextContents()].join(' ');
  expect(alternative).not.toContain(secret);
  expect(alternative).not.toContain('otpauth');
});
