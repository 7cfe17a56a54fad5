import { test, expect } from './support/fixtures';
import { tabTo } from './support/keyboard';
import { secretFromUri } from './support/qr';
import { currentCode, staleCode } from './support/totp';

test.describe('keyboard only', () => {
  test('the whole journey can be done with the keyboard alone', async ({ page, user, signInPage, securityPage }) => {
    let secret = '';

    await test.step('sign in: Tab to each field, Enter to send', async () => {
      await page.goto('/sign-in');
      await tabTo(page, page.getByLabel('Email'));
      await page.keyboard.type(user.email);
      await page.keyboard.press('Tab');
      await expect(page.getByLabel('Password')).toBeFocused();
      await page.keyboard.type(user.password);
      await page.keyboard.press('Enter');
      await securityPage.expectStatus('off');
    });

    await test.step('set up: reach the button, then the code field, without a mouse', async () => {
      await tabTo(page, page.getByRole('button', { name: 'Set up authenticator app' }));
      await page.keyboard.press('Enter');
      await expect(page.getByRole('heading', { name: 'Set up your authenticator app' })).toBeVisible();
      secret = secretFromUri(await securityPage.readQrCode());

      await tabTo(page, securityPage.copyKeyButton());
      await tabTo(page, securityPage.codeField());
      await page.keyboard.type(await currentCode(secret));
      await page.keyboard.press('Enter');
      await securityPage.expectStatus('on');
    });

    await test.step('sign out and back in: focus waits in the code field on the code step', async () => {
      await tabTo(page, page.getByRole('button', { name: 'Sign out' }));
      await page.keyboard.press('Enter');
      await expect(page).toHaveURL(/\/sign-in$/);

      await tabTo(page, page.getByLabel('Email'));
      await page.keyboard.type(user.email);
      await page.keyboard.press('Tab');
      await page.keyboard.type(user.password);
      await page.keyboard.press('Enter');

      await expect(page.getByRole('heading', { name: 'Enter your code' })).toBeVisible();
      await expect(signInPage.codeField()).toBeFocused();
      await page.keyboard.type(await currentCode(secret));
      await page.keyboard.press('Enter');
      await securityPage.expectStatus('on');
    });

    await test.step('turn it off: password, Tab, code, Enter', async () => {
      await tabTo(page, page.getByLabel('Password'));
      await page.keyboard.type(user.password);
      await page.keyboard.press('Tab');
      await expect(securityPage.codeField()).toBeFocused();
      await page.keyboard.type(await currentCode(secret));
      await page.keyboard.press('Enter');
      await securityPage.expectStatus('off');
    });
  });

  test('a wrong code moves focus back to the code field, with the message tied to it and announced', async ({
    page,
    user,
    signInPage,
    securityPage,
  }) => {
    await signInPage.signIn(user);
    const { secret } = await securityPage.startSetup();

    await tabTo(page, securityPage.codeField());
    await page.keyboard.type(staleCode(secret));
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect(securityPage.verifyButton()).toBeFocused();
    await page.keyboard.press('Enter');

    const field = securityPage.codeField();
    await expect(field).toBeFocused();
    await expect(field).toHaveAttribute('aria-invalid', 'true');
    await expect(field).toHaveAccessibleDescription(/didn't match.*newest code.*phone's clock/);
    const message = page.locator(`#${await field.getAttribute('aria-describedby').then((ids) => ids!.split(' ')[0])}`);
    await expect(message).toHaveAttribute('aria-live', 'polite');
    await expect(message).toContainText("That code didn't match");
  });

  test('a wrong password moves focus to the password field', async ({ page, user }) => {
    await page.goto('/sign-in');
    await tabTo(page, page.getByLabel('Email'));
    await page.keyboard.type(user.email);
    await page.keyboard.press('Tab');
    await page.keyboard.type('not-the-password');
    await page.keyboard.press('Enter');

    await expect(page.getByLabel('Password')).toBeFocused();
    await expect(page.getByLabel('Password')).toHaveAccessibleDescription('The email or password is incorrect. Check both and try again.');
  });

  test('the skip link is the first stop and jumps past the header to the page', async ({ page }) => {
    await page.goto('/');
    await page.keyboard.press('Tab');

    const skip = page.getByRole('link', { name: 'Skip to content' });
    await expect(skip).toBeFocused();
    await expect(skip).toBeInViewport();
    await page.keyboard.press('Enter');
    await expect(page.locator('main')).toBeFocused();
  });
});
