import { test, expect } from './support/fixtures';
import { recordPosts } from './support/requests';
import { currentCode } from './support/totp';

test.describe('the verification code field', () => {
  test('a code that is not six digits gets a message, focus and no request', async ({ page, user, signInPage, securityPage }) => {
    await signInPage.signIn(user);
    await securityPage.startSetup();
    const posts = recordPosts(page);

    for (const notSixDigits of ['12345', '1234567', '12a456', '']) {
      await securityPage.submitSetupCode(notSixDigits);

      await expect(securityPage.codeField()).toHaveAccessibleDescription(/^Enter the 6-digit code from your authenticator app\./);
      await expect(securityPage.codeField()).toHaveAttribute('aria-invalid', 'true');
      await expect(securityPage.codeField()).toBeFocused();
    }
    expect(posts).toHaveLength(0);
  });

  for (const [label, format] of [
    ['spaces', (code: string) => ` ${code.slice(0, 3)} ${code.slice(3)} `],
    ['a dash', (code: string) => `${code.slice(0, 3)}-${code.slice(3)}`],
  ] as const) {
    test(`C21 a code pasted with ${label} turns the authenticator on`, async ({ page, context, user, signInPage, securityPage }) => {
      await context.grantPermissions(['clipboard-read', 'clipboard-write']);
      await signInPage.signIn(user);
      const { secret } = await securityPage.startSetup();

      const pasted = format(await currentCode(secret));
      await page.evaluate((text) => navigator.clipboard.writeText(text), pasted);
      await securityPage.codeField().focus();
      await page.keyboard.press('ControlOrMeta+V');
      await expect(securityPage.codeField()).toHaveValue(pasted);
      await securityPage.verifyButton().click();

      await securityPage.expectStatus('on');
    });
  }
});
