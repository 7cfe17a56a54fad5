import { test, expect } from './support/fixtures';

test.describe('coming back to setup', () => {
  test('reloading or going back keeps the same key until setup is cancelled', async ({ page, user, signInPage, securityPage }) => {
    await signInPage.signIn(user);
    const { uri } = await securityPage.startSetup();

    await test.step('a reload shows the same QR code', async () => {
      await page.reload();
      expect(await securityPage.readQrCode()).toBe(uri);
    });

    await test.step('going back and pressing whatever the settings page shows brings the same QR code', async () => {
      await page.goBack();
      await expect(page).toHaveURL(/\/account\/security$/);
      const setUp = page.getByRole('button', { name: 'Set up authenticator app' });
      const carryOn = page.getByRole('link', { name: 'Continue setting up' });
      await setUp.or(carryOn).click();
      await expect(page).toHaveURL(/\/account\/security\/setup$/);
      expect(await securityPage.readQrCode()).toBe(uri);
    });

    await test.step('a fresh visit to the settings says setup is waiting, with the same QR code', async () => {
      await page.goto('/account/security');
      await expect(page.getByText('The same QR code is waiting.')).toBeVisible();
      await page.getByRole('link', { name: 'Continue setting up' }).click();
      expect(await securityPage.readQrCode()).toBe(uri);
    });

    await test.step('cancelling ends it: the next setup gets a new key', async () => {
      await page.getByRole('button', { name: 'Cancel setup' }).click();
      await expect(page).toHaveURL(/\/account\/security$/);
      const { uri: renewed } = await securityPage.startSetup();
      expect(renewed).not.toBe(uri);
    });
  });

  test('the code step says how long is left before the sign-in times out', async ({ page, user, signInPage, securityPage }) => {
    await signInPage.signIn(user);
    const secret = await securityPage.setUpAuthenticator();
    await securityPage.signOut();

    await signInPage.signIn(user);

    await expect(page.getByTestId('sign-in-time-left')).toHaveText(
      'You have about 3 minutes to enter it before this sign-in times out.',
    );
  });
});
