import { test, expect } from './support/fixtures';
import { readQrCode } from './support/qr';
import { captureScreens } from './support/screenshots';
import { currentCode, staleCode } from './support/totp';

test.describe('authenticator app journey', () => {
  test('a person sets up an authenticator from the QR code, is challenged at the next sign-in, and turns it off', async ({
    page,
    user,
    signInPage,
    securityPage,
  }) => {
    let secret = '';

    await test.step('sign in with a password alone and see the authenticator off', async () => {
      await page.goto('/sign-in');
      await captureScreens(page, 'sign-in');
      await signInPage.signIn(user);
      await expect(page).toHaveURL(/\/account\/security$/);
      await securityPage.expectStatus('off');
    });

    await test.step('set up the authenticator from the QR code on screen', async () => {
      ({ secret } = await securityPage.startSetup());
      await expect(page.getByTestId('authenticator-key')).toHaveText(secret.match(/.{1,4}/g)!.join(' '));
      await captureScreens(page, 'setup');
      await securityPage.enable(secret);
    });

    await test.step('the next sign-in asks for the code after the password', async () => {
      await securityPage.signOut();
      await signInPage.signIn(user);
      await expect(page).toHaveURL(/\/sign-in\/code$/);
      await captureScreens(page, 'code-step');
      await signInPage.enterCode(await currentCode(secret));
      await expect(page).toHaveURL(/\/account\/security$/);
      await securityPage.expectStatus('on');
      await captureScreens(page, 'settings');
    });

    await test.step('turn the authenticator off with the password and a current code', async () => {
      await securityPage.turnOff(user.password, await currentCode(secret));
      await expect(page).toHaveURL(/\/account\/security$/);
      await securityPage.expectStatus('off');
    });

    await test.step('the sign-in after that asks for no code', async () => {
      await securityPage.signOut();
      await signInPage.signIn(user);
      await expect(page).toHaveURL(/\/account\/security$/);
      await securityPage.expectStatus('off');
    });
  });

  test('C01 a stale code at setup is refused, the same QR code stays and MFA stays off', async ({
    page,
    user,
    signInPage,
    securityPage,
  }) => {
    await signInPage.signIn(user);
    const { uri, secret } = await securityPage.startSetup();

    await securityPage.submitSetupCode(staleCode(secret));

    await expect(page.getByText("That code didn't match")).toBeVisible();
    await expect(page.getByText("check that your phone's clock")).toBeVisible();
    expect(await readQrCode(page.getByTestId('authenticator-qr'))).toBe(uri);
    await page.goto('/account/security');
    await securityPage.expectStatus('off');
  });

  test('C01 a stale code at sign-in is refused and the person stays on the code step', async ({
    page,
    user,
    signInPage,
    securityPage,
  }) => {
    await signInPage.signIn(user);
    const secret = await securityPage.setUpAuthenticator();
    await securityPage.signOut();

    await signInPage.signIn(user);
    await signInPage.enterCode(staleCode(secret));

    await expect(page).toHaveURL(/\/sign-in\/code$/);
    await expect(page.getByText("That code didn't match")).toBeVisible();
    await expect(page.getByLabel('Verification code')).toHaveAttribute('aria-invalid', 'true');

    await signInPage.enterCode(await currentCode(secret));
    await expect(page).toHaveURL(/\/account\/security$/);
  });

  test('C03 the QR code carries the configured issuer and the account, each percent-encoded once', async ({
    user,
    signInPage,
    securityPage,
  }) => {
    await signInPage.signIn(user);
    const { uri, secret } = await securityPage.startSetup();

    const account = encodeURIComponent(user.email);
    expect(uri).toBe(
      `otpauth://totp/Example%20Corp:${account}?secret=${secret}&issuer=Example%20Corp&algorithm=SHA1&digits=6&period=30`,
    );
  });

  test('C21 a code typed with a space is accepted', async ({ page, user, signInPage, securityPage }) => {
    await signInPage.signIn(user);
    const { secret } = await securityPage.startSetup();
    const code = await currentCode(secret);

    await securityPage.submitSetupCode(` ${code.slice(0, 3)} ${code.slice(3)} `);

    await expect(page).toHaveURL(/\/account\/security$/);
    await securityPage.expectStatus('on');
  });

  test('a code that is not six digits is refused on the page before any check', async ({
    page,
    user,
    signInPage,
    securityPage,
  }) => {
    await signInPage.signIn(user);
    await securityPage.startSetup();

    await securityPage.submitSetupCode('12345');

    await expect(page.getByText('Enter the 6-digit code from your authenticator app.')).toBeVisible();
    await expect(page.getByTestId('authenticator-qr')).toBeVisible();
  });
});

test.describe('sign-in', () => {
  test('an email typed with capitals, as a phone capitalises it, signs in to the same account', async ({
    page,
    user,
    signInPage,
  }) => {
    const typed = ` ${user.email[0]!.toUpperCase()}${user.email.slice(1).replace('@example.com', '@Example.COM')}`;
    await signInPage.signIn({ email: typed, password: user.password });

    await expect(page).toHaveURL(/\/account\/security$/);
    await expect(page.getByTestId('signed-in-as')).toContainText(user.email);
  });

  test('an email that is not an address gets a message before any sign-in attempt', async ({ page, signInPage }) => {
    await signInPage.signIn({ email: 'not-an-email', password: 'whatever' });

    await expect(page.getByText('Enter an email address like name@example.com.')).toBeVisible();
  });

  test('the security page sends a signed-out visitor to sign in', async ({ page }) => {
    await page.goto('/account/security');

    await expect(page).toHaveURL(/\/sign-in$/);
  });

  test('the code step without a password step first returns to the sign-in form', async ({ page }) => {
    await page.goto('/sign-in/code');

    await expect(page).toHaveURL(/\/sign-in$/);
    await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
  });
});
