import { test, expect } from './support/fixtures';
import { readQrCode, secretFromUri } from './support/qr';
import { ageSession, SESSION_COOKIE, sessionClaims, sessionCookie } from './support/session-cookie';
import { createUser } from './support/stack';
import { currentCode, staleCode } from './support/totp';

const LOCKED = /Too many attempts\. Try again in \d+ minutes?\./;

test.describe('throttling (C22)', () => {
  test('C22 five wrong passwords lock the account, and then even the right one is refused', async ({
    page,
    user,
    signInPage,
  }) => {
    for (let attempt = 1; attempt <= 4; attempt++) {
      await signInPage.signIn({ email: user.email, password: `wrong-${attempt}` });
      await expect(page.getByText('The email or password is incorrect.')).toBeVisible();
    }

    await signInPage.signIn({ email: user.email, password: 'wrong-5' });
    await expect(page.getByText('Too many attempts. Try again in 1 minute.')).toBeVisible();

    await signInPage.signIn(user);
    await expect(page.getByText(LOCKED)).toBeVisible();
    await expect(page).toHaveURL(/\/sign-in$/);
  });

  test('C22 five stale codes at sign-in lock the account, and a correct code is refused the same way', async ({
    page,
    user,
    signInPage,
    securityPage,
  }) => {
    await signInPage.signIn(user);
    const secret = await securityPage.setUpAuthenticator();
    await securityPage.signOut();
    await signInPage.signIn(user);

    for (let attempt = 1; attempt <= 5; attempt++) await signInPage.enterCode(staleCode(secret));
    await expect(page.getByText(LOCKED)).toBeVisible();

    await signInPage.enterCode(await currentCode(secret));
    await expect(page.getByText(LOCKED)).toBeVisible();
    await expect(page).toHaveURL(/\/sign-in\/code$/);
  });

  test('C22 five failures from one address lock that address for other accounts too', async ({ page, signInPage }) => {
    const victims = await Promise.all([1, 2, 3, 4, 5].map(() => createUser('victim')));
    for (const victim of victims) {
      await signInPage.signIn({ email: victim.email, password: 'guess' });
    }
    await expect(page.getByText(LOCKED)).toBeVisible();

    const someoneElse = await createUser('bystander');
    await signInPage.signIn(someoneElse);
    await expect(page.getByText(LOCKED)).toBeVisible();
  });
});

test.describe('one-use codes', () => {
  test('a code accepted once is refused when sent again in its window', async ({ page, user, signInPage, securityPage }) => {
    await signInPage.signIn(user);
    const { secret } = await securityPage.startSetup();
    const code = await currentCode(secret);
    await securityPage.submitSetupCode(code);
    await securityPage.expectStatus('on');
    await securityPage.signOut();

    await signInPage.signIn(user);
    await signInPage.enterCode(code);

    await expect(page.getByText('That code was already used. Wait for the next one.')).toBeVisible();
    await signInPage.enterCode(await currentCode(secret));
    await expect(page).toHaveURL(/\/account\/security$/);
  });
});

test.describe('sessions', () => {
  test('C27 no session exists between the password and the code step, and the session cookie is HttpOnly and SameSite=Lax', async ({
    page,
    context,
    user,
    signInPage,
    securityPage,
  }) => {
    await signInPage.signIn(user);
    const secret = await securityPage.setUpAuthenticator();
    await securityPage.signOut();

    await signInPage.signIn(user);
    await expect(page).toHaveURL(/\/sign-in\/code$/);
    const cookies = await context.cookies();
    expect(cookies.filter((cookie) => cookie.name.startsWith(SESSION_COOKIE))).toEqual([]);
    const challenge = cookies.find((cookie) => cookie.name === 'cognito-challenge');
    expect(challenge).toMatchObject({ httpOnly: true, sameSite: 'Lax' });
    expect(challenge!.value).not.toContain(user.email);

    await signInPage.enterCode(await currentCode(secret));
    await expect(page).toHaveURL(/\/account\/security$/);
    expect(await sessionCookie(context)).toMatchObject({ httpOnly: true, sameSite: 'Lax' });
    expect((await context.cookies()).filter((cookie) => cookie.name.startsWith(SESSION_COOKIE))).toHaveLength(1);
  });

  test('every sign-in gets a new session id', async ({ page, context, user, signInPage, securityPage }) => {
    await signInPage.signIn(user);
    await expect(page).toHaveURL(/\/account\/security$/);
    const first = (await sessionClaims(context))?.sid;
    await securityPage.signOut();

    await signInPage.signIn(user);
    await expect(page).toHaveURL(/\/account\/security$/);

    const second = (await sessionClaims(context))?.sid;
    expect(first).toEqual(expect.any(String));
    expect(second).toEqual(expect.any(String));
    expect(second).not.toBe(first);
  });

  test('a session cookie replayed after sign-out is refused', async ({ page, context, user, signInPage, securityPage }) => {
    await signInPage.signIn(user);
    await expect(page).toHaveURL(/\/account\/security$/);
    const saved = await sessionCookie(context);
    await securityPage.signOut();

    await context.addCookies([saved!]);
    await page.goto('/account/security');

    await expect(page).toHaveURL(/\/sign-in$/);
  });

  test('a session unused for longer than the idle timeout has ended', async ({ page, context, user, signInPage }) => {
    await signInPage.signIn(user);
    await expect(page).toHaveURL(/\/account\/security$/);

    await ageSession(context, (claims) => ({ ...claims, lastSeen: Date.now() - 31 * 60 * 1000 }));
    await page.goto('/account/security');

    await expect(page).toHaveURL(/\/sign-in$/);
  });

  test('a session older than its absolute lifetime has ended, however busy', async ({ page, context, user, signInPage }) => {
    await signInPage.signIn(user);
    await expect(page).toHaveURL(/\/account\/security$/);

    await ageSession(context, (claims) => ({ ...claims, authTime: Date.now() - 13 * 60 * 60 * 1000, lastSeen: Date.now() }));
    await page.goto('/account/security');

    await expect(page).toHaveURL(/\/sign-in$/);
  });

  test('turning the authenticator on ends the other sessions of that user, not this one', async ({
    page,
    browser,
    user,
    signInPage,
    securityPage,
  }) => {
    const otherContext = await browser.newContext({ extraHTTPHeaders: { 'x-forwarded-for': '2001:db8::be:ef' } });
    const otherPage = await otherContext.newPage();
    await otherPage.goto('/sign-in');
    await otherPage.getByLabel('Email').fill(user.email);
    await otherPage.getByLabel('Password').fill(user.password);
    await otherPage.getByRole('button', { name: 'Sign in' }).click();
    await expect(otherPage).toHaveURL(/\/account\/security$/);

    await signInPage.signIn(user);
    const secret = await securityPage.setUpAuthenticator();

    await otherPage.goto('/account/security');
    await expect(otherPage).toHaveURL(/\/sign-in$/);
    await page.goto('/account/security');
    await securityPage.expectStatus('on');
    await otherContext.close();
  });
});

test.describe('sessions across MFA changes', () => {
  test('an MFA change made after minutes on the page keeps this session, whatever the proxy writes', async ({
    page,
    context,
    user,
    signInPage,
    securityPage,
  }) => {
    await signInPage.signIn(user);
    const { secret } = await securityPage.startSetup();
    // The proxy rewrites the session cookie on a request more than a minute after the last one;
    // the action's own new session must win over that write.
    await ageSession(context, (claims) => ({ ...claims, lastSeen: Date.now() - 5 * 60 * 1000 }));
    await securityPage.enable(secret);
    const enabledSession = (await sessionClaims(context))?.sid;

    await ageSession(context, (claims) => ({ ...claims, lastSeen: Date.now() - 5 * 60 * 1000 }));
    await securityPage.turnOff(user.password, await currentCode(secret));
    await securityPage.expectStatus('off');

    await page.reload();
    await securityPage.expectStatus('off');
    expect((await sessionClaims(context))?.sid).not.toBe(enabledSession);
  });
});

test.describe('step-up before weakening MFA', () => {
  test('turning off refuses a wrong password and keeps the authenticator on', async ({ page, user, signInPage, securityPage }) => {
    await signInPage.signIn(user);
    const secret = await securityPage.setUpAuthenticator();

    await securityPage.turnOff('not-the-password', await currentCode(secret));

    await expect(page.getByText('That password is incorrect.')).toBeVisible();
    await page.goto('/account/security');
    await securityPage.expectStatus('on');
  });

  test('C07 replacing warns first; abandoning leaves the account able to sign in, with the status Cognito reports', async ({
    page,
    user,
    signInPage,
    securityPage,
  }) => {
    await signInPage.signIn(user);
    const secret = await securityPage.setUpAuthenticator();

    await page.getByRole('link', { name: 'Replace your authenticator app' }).click();
    await expect(page.getByRole('heading', { name: 'Replace your authenticator app' })).toBeVisible();
    await expect(page.getByText('Your current authenticator app stops working as soon as you continue.')).toBeVisible();
    const code = await currentCode(secret);
    await page.getByLabel('Password').fill(user.password);
    await page.getByLabel('Verification code').fill(code);
    await page.getByRole('button', { name: 'Continue to the new QR code' }).click();
    const newSecret = secretFromUri(await readQrCode(page.getByTestId('authenticator-qr')));
    expect(newSecret).not.toBe(secret);

    await page.getByRole('button', { name: 'Cancel setup' }).click();
    await securityPage.expectStatus('off');
    await securityPage.signOut();
    await signInPage.signIn(user);
    await expect(page).toHaveURL(/\/account\/security$/);
  });

  test('replacing and finishing: the new authenticator works at the next sign-in and the old one does not', async ({
    page,
    user,
    signInPage,
    securityPage,
  }) => {
    await signInPage.signIn(user);
    const { secret: oldSecret } = await securityPage.startSetup();
    await securityPage.enable(oldSecret);
    await page.getByRole('link', { name: 'Replace your authenticator app' }).click();
    await expect(page.getByRole('heading', { name: 'Replace your authenticator app' })).toBeVisible();
    const code = await currentCode(oldSecret);
    await page.getByLabel('Password').fill(user.password);
    await page.getByLabel('Verification code').fill(code);
    await page.getByRole('button', { name: 'Continue to the new QR code' }).click();
    const newSecret = secretFromUri(await readQrCode(page.getByTestId('authenticator-qr')));

    await securityPage.enable(newSecret);
    await securityPage.signOut();
    await signInPage.signIn(user);
    await signInPage.enterCode(await currentCode(oldSecret));
    await expect(page.getByText("That code didn't match")).toBeVisible();
    await signInPage.enterCode(await currentCode(newSecret));

    await expect(page).toHaveURL(/\/account\/security$/);
    await expect(page.getByTestId('security-events')).toContainText('Authenticator app turned on');
    await expect(page.getByTestId('security-events')).toContainText('Started replacing the authenticator app');
    await expect(page.getByTestId('security-events').locator('time').first()).toHaveText(/^\d{1,2} \w{3,4} \d{4}, \d{2}:\d{2} UTC$/);
  });
});
