import { test, expect } from './support/fixtures';
import { isServerActionFetch, recordPosts } from './support/requests';
import { currentCode, staleCode } from './support/totp';

test.use({ javaScriptEnabled: false });

test.describe('without JavaScript', () => {
  test('the whole journey works as plain HTML forms: sign in, set up from the QR code, the code step, turning off', async ({
    page,
    user,
    signInPage,
    securityPage,
  }) => {
    const posts = recordPosts(page);
    let secret = '';

    await test.step('a wrong password is explained by the server, with the field focused', async () => {
      await signInPage.signIn({ email: user.email, password: 'not-the-password' });

      await expect(page.getByText('The email or password is incorrect.')).toBeVisible();
      await expect(page.getByLabel('Email')).toHaveValue(user.email);
      await expect(page.getByLabel('Password')).toHaveAttribute('aria-invalid', 'true');
      await expect(page.getByLabel('Password')).toBeFocused();
    });

    await test.step('sign in and start setting up', async () => {
      await signInPage.signIn(user);
      await securityPage.expectStatus('off');
      ({ secret } = await securityPage.startSetup());

      await expect(page.getByTestId('authenticator-key')).toHaveText(secret.match(/.{1,4}/g)!.join(' '));
      // The copy button needs a script to work, so a page that runs none leaves it out.
      await expect(securityPage.copyKeyButton()).toHaveCount(0);
    });

    await test.step('a malformed code and a stale code are refused by the server, with the same QR code', async () => {
      const uri = await securityPage.readQrCode();

      await securityPage.submitSetupCode('12345');
      await expect(page.getByText('Enter the 6-digit code from your authenticator app.')).toBeVisible();
      await expect(securityPage.codeField()).toBeFocused();

      await securityPage.submitSetupCode(staleCode(secret));
      await expect(page.getByText("That code didn't match")).toBeVisible();
      await expect(securityPage.codeField()).toHaveAccessibleDescription(/check that your phone's clock/);
      expect(await securityPage.readQrCode()).toBe(uri);
    });

    await test.step('a current code turns the authenticator on', async () => {
      await securityPage.enable(secret);
    });

    await test.step('the next sign-in asks for the code, says how long is left, and explains a wrong code', async () => {
      await securityPage.signOut();
      await signInPage.signIn(user);
      await expect(page).toHaveURL(/\/sign-in\/code$/);
      await expect(page.getByText(/about 3 minutes to enter it before this sign-in times out/)).toBeVisible();
      await expect(signInPage.codeField()).toBeFocused();

      await signInPage.enterCode(staleCode(secret));
      await expect(page.getByText("That code didn't match")).toBeVisible();

      await signInPage.enterCode(await currentCode(secret));
      await expect(page).toHaveURL(/\/account\/security$/);
      await securityPage.expectStatus('on');
    });

    await test.step('turning it off with the password and a current code', async () => {
      await securityPage.turnOff(user.password, await currentCode(secret));
      await securityPage.expectStatus('off');
    });

    await test.step('every request was a plain form post of the whole page', async () => {
      expect(posts.length).toBeGreaterThanOrEqual(9);
      for (const post of posts) {
        expect(post.isNavigationRequest(), `${post.url()} is a page navigation`).toBe(true);
        expect(isServerActionFetch(post), `${post.url()} is not a script's fetch`).toBe(false);
      }
    });
  });

  test('cancelling setup and going back from the code step work as plain forms', async ({
    page,
    user,
    signInPage,
    securityPage,
  }) => {
    await signInPage.signIn(user);
    const { secret } = await securityPage.startSetup();
    await page.getByRole('button', { name: 'Cancel setup' }).click();
    await expect(page).toHaveURL(/\/account\/security$/);
    await expect(page.getByRole('button', { name: 'Set up authenticator app' })).toBeVisible();

    const { secret: renewed } = await securityPage.startSetup();
    expect(renewed).not.toBe(secret);
    await securityPage.enable(renewed);
    await securityPage.signOut();

    await signInPage.signIn(user);
    await expect(page).toHaveURL(/\/sign-in\/code$/);
    await page.getByRole('button', { name: 'Use a different account' }).click();
    await expect(page).toHaveURL(/\/sign-in$/);
    await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
  });
});
