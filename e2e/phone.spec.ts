import type { Page } from '@playwright/test';
import { test, expect } from './support/fixtures';
import { staleCode } from './support/totp';
import { createUser } from './support/stack';

/** Nothing on the page is wider than the screen, so nobody has to scroll sideways. */
async function expectNoSidewaysScrolling(page: Page) {
  const widths = await page.evaluate(() => ({
    content: document.documentElement.scrollWidth,
    screen: document.documentElement.clientWidth,
  }));
  expect(widths.content, `page width on ${page.url()}`).toBeLessThanOrEqual(widths.screen);
}

test.describe('on a phone 360 px wide', () => {
  test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });

  test('every page of the journey fits the screen without sideways scrolling', async ({ page, signInPage, securityPage }) => {
    // A long address is the widest thing the header has to show.
    const user = await createUser('someone-with-a-rather-long-address-for-a-phone');

    await page.goto('/');
    await expectNoSidewaysScrolling(page);
    await signInPage.signIn({ email: user.email, password: 'not-the-password' });
    await expect(page.getByText('The email or password is incorrect.')).toBeVisible();
    await expectNoSidewaysScrolling(page);

    await signInPage.signIn(user);
    await securityPage.expectStatus('off');
    await expectNoSidewaysScrolling(page);

    const { secret } = await securityPage.startSetup();
    await expectNoSidewaysScrolling(page);
    await securityPage.submitSetupCode(staleCode(secret));
    await expect(page.getByText("That code didn't match")).toBeVisible();
    await expectNoSidewaysScrolling(page);

    await securityPage.enable(secret);
    await expectNoSidewaysScrolling(page);

    await securityPage.signOut();
    await signInPage.signIn(user);
    await expect(page.getByRole('heading', { name: 'Enter your code' })).toBeVisible();
    await expectNoSidewaysScrolling(page);
  });

  test('setup offers "Open in authenticator app" with the otpauth URI, and the key copies in one tap', async ({
    page,
    context,
    user,
    signInPage,
    securityPage,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await signInPage.signIn(user);
    const { uri, secret } = await securityPage.startSetup();

    const link = securityPage.otpauthLink();
    await expect(link).toBeVisible();
    await expect(link).toHaveAttribute('href', uri);
    await expect(link).toBeInViewport();

    await securityPage.copyKeyButton().tap();
    await expect(securityPage.copyKeyButton()).toHaveText('Copied');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(secret);
  });
});

test('on a desktop, the otpauth link stays hidden, since the QR code is the way in there', async ({
  user,
  signInPage,
  securityPage,
}) => {
  await signInPage.signIn(user);
  await securityPage.startSetup();

  await expect(securityPage.otpauthLink()).toBeHidden();
});
