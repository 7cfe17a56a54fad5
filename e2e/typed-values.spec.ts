import { test, expect } from './support/fixtures';
import { staleCode } from './support/totp';

test.describe('a refused submission keeps what the person typed', () => {
  for (const javaScriptEnabled of [true, false]) {
    const mode = javaScriptEnabled ? 'with JavaScript' : 'without JavaScript';

    test.describe(mode, () => {
      test.use({ javaScriptEnabled });

      test(`a refused code at setup keeps the device name the person typed (${mode})`, async ({
        page,
        user,
        signInPage,
        securityPage,
      }) => {
        await signInPage.signIn(user);
        const { secret } = await securityPage.startSetup();
        const code = staleCode(secret);

        await securityPage.deviceNameField().fill('Work phone');
        await securityPage.submitSetupCode(code);

        await expect(page.getByText("That code didn't match")).toBeVisible();
        await expect(securityPage.deviceNameField()).toHaveValue('Work phone');
        // Without a script the server renders the page again, and never writes a code into it.
        await expect(securityPage.codeField()).toHaveValue(javaScriptEnabled ? code : '');
      });

      test(`a device name the server refuses stays in its field, beside the reason (${mode})`, async ({
        user,
        signInPage,
        securityPage,
      }) => {
        await signInPage.signIn(user);
        const { secret } = await securityPage.startSetup();

        await securityPage.deviceNameField().fill('Téléphone 📱');
        await securityPage.submitSetupCode(staleCode(secret));

        const field = securityPage.deviceNameField();
        await expect(field).toHaveAttribute('aria-invalid', 'true');
        await expect(field).toHaveAccessibleDescription(/^Use letters, numbers, spaces/);
        await expect(field).toHaveValue('Téléphone 📱');
        await expect(field).toBeFocused();
      });
    });
  }

  test('a wrong password at sign-in keeps the email and the password', async ({ page, user }) => {
    await page.goto('/sign-in');
    await page.getByLabel('Email').fill(user.email);
    await page.getByLabel('Password').fill('not-the-password');
    await page.getByRole('button', { name: 'Sign in' }).click();

    await expect(page.getByText('The email or password is incorrect.')).toBeVisible();
    await expect(page.getByLabel('Email')).toHaveValue(user.email);
    await expect(page.getByLabel('Password')).toHaveValue('not-the-password');
  });

  test('a refused code when turning off keeps the password', async ({ page, user, signInPage, securityPage }) => {
    await signInPage.signIn(user);
    const secret = await securityPage.setUpAuthenticator();
    const code = staleCode(secret);

    await securityPage.turnOff(user.password, code);

    await expect(page.getByText("That code didn't match")).toBeVisible();
    await expect(page.getByLabel('Password')).toHaveValue(user.password);
    await expect(securityPage.codeField()).toHaveValue(code);
    await securityPage.expectStatus('on');
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });

    test('a refused turn-off sends neither the password nor the code back into the page', async ({
      page,
      user,
      signInPage,
      securityPage,
    }) => {
      await signInPage.signIn(user);
      const secret = await securityPage.setUpAuthenticator();
      const code = staleCode(secret);

      await securityPage.turnOff(user.password, code);

      await expect(page.getByText("That code didn't match")).toBeVisible();
      await expect(page.getByLabel('Password')).toHaveValue('');
      await expect(securityPage.codeField()).toHaveValue('');
      expect(await page.content()).not.toContain(user.password);
    });
  });
});
