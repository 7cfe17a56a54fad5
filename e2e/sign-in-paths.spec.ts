import { randomUUID } from 'node:crypto';
import { RevokeTokenCommand } from '@aws-sdk/client-cognito-identity-provider';
import type { Page } from '@playwright/test';
import { test, expect } from './support/fixtures';
import { noteSecret } from './support/secrets';
import { ageSession, sessionClaims } from './support/session-cookie';
import {
  adminClient,
  createUserWithTemporaryPassword,
  deleteUser,
  e2eStack,
  enableAuthenticator,
  mailbox,
  refreshTokenWorks,
} from './support/stack';
import { currentCode } from './support/totp';

type CognitoClaims = { username: string; accessToken: string; refreshToken: string; accessTokenExpiresAt: number };

function newPassword(): string {
  const password = `New-${randomUUID()}`;
  noteSecret('password', password);
  return password;
}

async function fillAndSubmit(page: Page, fields: Record<string, string>, button: string) {
  for (const [label, value] of Object.entries(fields)) await page.getByLabel(label, { exact: true }).fill(value);
  await page.getByRole('button', { name: button }).click();
}

test.describe('sign-up', () => {
  test('a person creates an account, confirms it with the emailed code, and signs in', async ({ page, signInPage, securityPage }) => {
    const email = `new-${randomUUID().slice(0, 8)}@example.com`;
    const password = newPassword();
    const inbox = mailbox(email);

    await test.step('the password policy is shown and checked before the account is created', async () => {
      await page.goto('/sign-in');
      await page.getByRole('link', { name: 'Create an account' }).click();
      await expect(page.getByText('Use at least 8 characters, a lowercase letter, an uppercase letter, a number and a symbol')).toBeVisible();
      await fillAndSubmit(page, { Email: email, Password: 'short' }, 'Create account');
      await expect(page.getByText('Your password needs at least 8 characters, an uppercase letter (A–Z), a number (0–9)')).toBeVisible();
      await expect(page.getByLabel('Password', { exact: true })).toHaveAttribute('aria-invalid', 'true');
    });

    await test.step('a good password leads to the confirmation page', async () => {
      await fillAndSubmit(page, { Email: email, Password: password }, 'Create account');
      await expect(page).toHaveURL(/\/sign-up\/confirm$/);
      await expect(page.getByLabel('Email', { exact: true })).toHaveValue(email);
    });

    await test.step('a wrong code is refused, the emailed one confirms the account', async () => {
      const code = await inbox.nextCode();
      const wrong = code === '000000' ? '111111' : '000000';
      await fillAndSubmit(page, { 'Verification code': wrong }, 'Confirm account');
      await expect(page.getByText('That code does not match the one we sent.')).toBeVisible();

      await fillAndSubmit(page, { 'Verification code': code }, 'Confirm account');
      await expect(page).toHaveURL(/\/sign-in$/);
      await expect(page.getByText('Your account is confirmed. Sign in with your email and password.')).toBeVisible();
    });

    await test.step('the new account signs in', async () => {
      await signInPage.signIn({ email, password });
      await expect(page).toHaveURL(/\/account\/security$/);
      await securityPage.expectStatus('off');
    });

    await deleteUser(email);
  });

  test('signing in before confirming leads to the confirmation page, where the code still works', async ({ page, signInPage }) => {
    const email = `later-${randomUUID().slice(0, 8)}@example.com`;
    const password = newPassword();
    const inbox = mailbox(email);
    await page.goto('/sign-up');
    await fillAndSubmit(page, { Email: email, Password: password }, 'Create account');
    await expect(page).toHaveURL(/\/sign-up\/confirm$/);
    const code = await inbox.nextCode();

    await signInPage.signIn({ email, password });

    await expect(page).toHaveURL(/\/sign-up\/confirm$/);
    await expect(page.getByLabel('Email', { exact: true })).toHaveValue(email);
    await fillAndSubmit(page, { 'Verification code': code }, 'Confirm account');
    await expect(page.getByText('Your account is confirmed.')).toBeVisible();
    await deleteUser(email);
  });

  test('an email that already has an account is told so on the email field', async ({ page, user }) => {
    await page.goto('/sign-up');
    await fillAndSubmit(page, { Email: user.email, Password: newPassword() }, 'Create account');

    await expect(page.getByText('An account with this email already exists.')).toBeVisible();
    await expect(page.getByLabel('Email')).toHaveAttribute('aria-invalid', 'true');
  });
});

test.describe('forgot password', () => {
  test('a reset with the emailed code still leaves the authenticator code to answer at sign-in', async ({
    page,
    user,
    signInPage,
    securityPage,
  }) => {
    const secret = await enableAuthenticator(user);
    const password = newPassword();
    const inbox = mailbox(user.email);

    await test.step('ask for a code', async () => {
      await page.goto('/sign-in');
      await page.getByRole('link', { name: 'Forgot your password?' }).click();
      await expect(page.getByRole('heading', { name: 'Reset your password' })).toBeVisible();
      await fillAndSubmit(page, { Email: user.email }, 'Send me a code');
      await expect(page).toHaveURL(/\/forgot-password\/reset$/);
    });

    await test.step('set a new password with the code', async () => {
      await fillAndSubmit(page, { 'Verification code': await inbox.nextCode(), 'New password': password }, 'Save new password');
      await expect(page).toHaveURL(/\/sign-in$/);
      await expect(page.getByText('Your password is changed. Sign in with your new password.')).toBeVisible();
    });

    await test.step('the old password no longer works', async () => {
      await signInPage.signIn(user);
      await expect(page.getByText('The email or password is incorrect.')).toBeVisible();
    });

    await test.step('the new password is followed by the authenticator code, as before', async () => {
      await signInPage.signIn({ email: user.email, password });
      await expect(page).toHaveURL(/\/sign-in\/code$/);
      await signInPage.enterCode(await currentCode(secret));
      await expect(page).toHaveURL(/\/account\/security$/);
      await securityPage.expectStatus('on');
    });
  });

  test('an email with no account gets the same page, word for word, so nobody learns who has one', async ({ page, user }) => {
    const pageFor = async (email: string) => {
      await page.goto('/forgot-password');
      await fillAndSubmit(page, { Email: email }, 'Send me a code');
      await expect(page).toHaveURL(/\/forgot-password\/reset$/);
      return (await page.getByRole('main').innerText()).replaceAll(email, '<email>');
    };

    const forAccount = await pageFor(user.email);
    const forNobody = await pageFor(`nobody-${randomUUID().slice(0, 8)}@example.com`);

    expect(forAccount).toContain('If an account exists for <email>');
    expect(forNobody).toBe(forAccount);
  });
});

test.describe('new password required', () => {
  test('a user created by an administrator chooses a password and is signed in', async ({ page, signInPage, securityPage }) => {
    const invited = await createUserWithTemporaryPassword();
    const password = newPassword();

    await signInPage.signIn(invited);
    await expect(page).toHaveURL(/\/sign-in\/new-password$/);

    await fillAndSubmit(page, { 'New password': 'alllowercase' }, 'Save and continue');
    await expect(page.getByText('Your password needs an uppercase letter (A–Z), a number (0–9) and a symbol')).toBeVisible();

    await fillAndSubmit(page, { 'New password': password }, 'Save and continue');
    await expect(page).toHaveURL(/\/account\/security$/);
    await securityPage.expectStatus('off');

    await securityPage.signOut();
    await signInPage.signIn({ email: invited.email, password });
    await expect(page).toHaveURL(/\/account\/security$/);
    await deleteUser(invited.email);
  });
});

test.describe('C23 both SMS and an authenticator', () => {
  test('C23 the person is asked only for the authenticator code', async ({ page, user, signInPage, securityPage }) => {
    const secret = await enableAuthenticator(user, { alsoSms: true });

    await signInPage.signIn(user);
    await expect(page).toHaveURL(/\/sign-in\/code$/);
    await signInPage.enterCode(await currentCode(secret));

    await expect(page).toHaveURL(/\/account\/security$/);
    await securityPage.expectStatus('on');
  });
});

test.describe('tokens over time', () => {
  test('a session whose access token has lapsed is refreshed and keeps working', async ({ page, context, user, signInPage, securityPage }) => {
    await signInPage.signIn(user);
    await expect(page).toHaveURL(/\/account\/security$/);
    const before = (await sessionClaims(context))?.cognito as CognitoClaims;

    await ageSession(context, (claims) => ({
      ...claims,
      cognito: { ...(claims.cognito as CognitoClaims), accessTokenExpiresAt: Date.now() - 1000 },
    }));
    await page.goto('/account/security');

    await securityPage.expectStatus('off');
    const after = (await sessionClaims(context))?.cognito as CognitoClaims;
    expect(after.accessToken).not.toBe(before.accessToken);
    expect(after.refreshToken).toBe(before.refreshToken);
    expect(after.accessTokenExpiresAt).toBeGreaterThan(Date.now());
  });

  test('a refresh Cognito refuses ends the session and says so', async ({ page, context, user, signInPage }) => {
    await signInPage.signIn(user);
    await expect(page).toHaveURL(/\/account\/security$/);
    const { refreshToken } = (await sessionClaims(context))?.cognito as CognitoClaims;
    // Revoked elsewhere, as an administrator or another sign-out would.
    await adminClient().send(new RevokeTokenCommand({ ClientId: e2eStack().clientId, Token: refreshToken }));

    await ageSession(context, (claims) => ({
      ...claims,
      cognito: { ...(claims.cognito as CognitoClaims), accessTokenExpiresAt: Date.now() - 1000 },
    }));
    await page.goto('/account/security');

    await expect(page).toHaveURL(/\/sign-in$/);
    await expect(page.getByText('Your session has ended. Please sign in again.')).toBeVisible();
    expect(await sessionClaims(context)).toBeNull();
  });
});

test.describe('sign-out', () => {
  test('signing out revokes the refresh token and ends the session', async ({ page, context, user, signInPage, securityPage }) => {
    await signInPage.signIn(user);
    await expect(page).toHaveURL(/\/account\/security$/);
    const { refreshToken, username } = (await sessionClaims(context))?.cognito as CognitoClaims;
    expect(await refreshTokenWorks(refreshToken, username)).toBe(true);

    await securityPage.signOut();

    expect(await sessionClaims(context)).toBeNull();
    expect(await refreshTokenWorks(refreshToken, username)).toBe(false);
    await page.goto('/account/security');
    await expect(page).toHaveURL(/\/sign-in$/);
    await expect(page.getByRole('link', { name: 'Sign in' })).toBeVisible();
  });
});

test.describe('C12 challenge expiry', () => {
  test('C12 a code step whose challenge has gone returns to the sign-in form saying it timed out', async ({
    page,
    context,
    user,
    signInPage,
  }) => {
    const secret = await enableAuthenticator(user);
    await signInPage.signIn(user);
    await expect(page).toHaveURL(/\/sign-in\/code$/);

    await context.clearCookies({ name: 'cognito-challenge' });
    await signInPage.enterCode(await currentCode(secret));

    await expect(page).toHaveURL(/\/sign-in$/);
    await expect(page.getByText('Your sign-in timed out. Please sign in again.')).toBeVisible();
  });
});
