import { request as playwrightRequest, type Locator, type Page } from '@playwright/test';
import { test, expect, testAddress } from './support/fixtures';
import { currentCode } from './support/totp';

/** The fields a form would post, read from the page: what a forged request would copy. */
async function formFields(form: Locator): Promise<Record<string, string>> {
  const entries = await form.evaluate((element) =>
    Array.from(new FormData(element as HTMLFormElement)).map(([name, value]) => [name, String(value)]),
  );
  return Object.fromEntries(entries);
}

/** Posts the form as a plain HTML form would, from a client holding only the given cookies. */
async function forgePost(page: Page, fields: Record<string, string>, cookies: { name: string; value: string }[]) {
  const baseURL = new URL(page.url()).origin;
  const client = await playwrightRequest.newContext({
    baseURL,
    extraHTTPHeaders: { 'x-forwarded-for': testAddress() },
    storageState: {
      cookies: cookies.map((cookie) => ({
        ...cookie,
        domain: new URL(baseURL).hostname,
        path: '/',
        expires: -1,
        httpOnly: true,
        secure: false,
        sameSite: 'Lax' as const,
      })),
      origins: [],
    },
  });
  const response = await client.post(new URL(page.url()).pathname, { multipart: fields, maxRedirects: 0 });
  const body = await response.text();
  await client.dispose();
  return { status: response.status(), body, location: response.headers()['location'] };
}

test.describe('server actions check the session themselves', () => {
  test('turning off with the right password and code is refused without a session, or with only the password step', async ({
    page,
    context,
    user,
    signInPage,
    securityPage,
  }) => {
    await signInPage.signIn(user);
    const secret = await securityPage.setUpAuthenticator();
    const turnOff = page.locator('form', { has: page.getByRole('button', { name: 'Turn off' }) });
    await turnOff.getByLabel('Password').fill(user.password);
    await turnOff.getByLabel('Verification code').fill(await currentCode(secret));
    const fields = await formFields(turnOff);
    await securityPage.signOut();

    const anonymous = await forgePost(page, fields, []);
    await signInPage.signIn(user);
    const challengeOnly = await forgePost(
      page,
      fields,
      (await context.cookies()).filter((cookie) => cookie.name === 'cognito-challenge'),
    );

    for (const response of [anonymous, challengeOnly]) {
      expect(response.status).toBeLessThan(500);
      expect(response.body).not.toContain('Authenticator app: off');
    }
    await signInPage.enterCode(await currentCode(secret));
    await securityPage.expectStatus('on');
  });

  test('C09 a crafted enable request after the setup was cancelled changes nothing', async ({
    page,
    user,
    signInPage,
    securityPage,
  }) => {
    await signInPage.signIn(user);
    const { secret } = await securityPage.startSetup();
    const verify = page.locator('form', { has: page.getByRole('button', { name: 'Verify and turn on' }) });
    await verify.getByLabel('Verification code').fill(await currentCode(secret));
    const fields = await formFields(verify);
    await page.getByRole('button', { name: 'Cancel setup' }).click();
    await securityPage.expectStatus('off');

    await page.goto('/account/security/setup');
    const sessionCookies = (await page.context().cookies()).filter((cookie) => cookie.name.startsWith('next-auth'));
    const forged = await forgePost(page, fields, sessionCookies);

    expect(forged.status).toBeLessThan(500);
    await page.goto('/account/security');
    await securityPage.expectStatus('off');
  });
});
