import { test, expect } from './support/fixtures';
import { isServerActionFetch, recordPosts } from './support/requests';
import { currentCode } from './support/totp';

test.describe('a button pressed twice sends one request', () => {
  test('sign-in: a double click on "Sign in" sends one server-action POST', async ({ page, user, securityPage }) => {
    await page.goto('/sign-in');
    await page.getByLabel('Email').fill(user.email);
    await page.getByLabel('Password').fill(user.password);
    const posts = recordPosts(page);

    await page.getByRole('button', { name: 'Sign in' }).dblclick();

    await securityPage.expectStatus('off');
    expect(posts.filter(isServerActionFetch)).toHaveLength(1);
  });

  test('code step: while the code is checked the button says "Verifying…", is disabled, and more presses send nothing', async ({
    page,
    user,
    signInPage,
    securityPage,
  }) => {
    await signInPage.signIn(user);
    const secret = await securityPage.setUpAuthenticator();
    await securityPage.signOut();
    await signInPage.signIn(user);
    await expect(page).toHaveURL(/\/sign-in\/code$/);

    // Hold the first request, so the presses below land while it is in flight.
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/sign-in/code', async (route) => {
      if (route.request().method() === 'POST') await held;
      await route.continue();
    });
    const posts = recordPosts(page);

    await signInPage.codeField().fill(await currentCode(secret));
    await signInPage.verifyButton().click();
    await expect(signInPage.verifyButton()).toHaveText('Verifying…');
    await expect(signInPage.verifyButton()).toBeDisabled();
    await signInPage.verifyButton().click({ force: true });
    await signInPage.codeField().press('Enter');
    release();

    await securityPage.expectStatus('on');
    expect(posts.filter(isServerActionFetch)).toHaveLength(1);
  });

  test('setup: a double click on "Verify and turn on" sends one server-action POST', async ({
    page,
    user,
    signInPage,
    securityPage,
  }) => {
    await signInPage.signIn(user);
    const { secret } = await securityPage.startSetup();
    await securityPage.codeField().fill(await currentCode(secret));
    const posts = recordPosts(page);

    await securityPage.verifyButton().dblclick();

    await securityPage.expectStatus('on');
    expect(posts.filter(isServerActionFetch)).toHaveLength(1);
  });
});
