import { test, expect } from './support/fixtures';

test.describe('input limits', () => {
  test('an over-long email or password gets a message, not a crash', async ({ page }) => {
    await page.goto('/sign-in');
    const form = page.locator('form', { has: page.getByRole('button', { name: 'Sign in' }) });
    // Past the field's own maxlength, as a crafted request would send it.
    await form.getByLabel('Email').evaluate((input) => input.removeAttribute('maxlength'));
    await form.getByLabel('Email').fill(`${'a'.repeat(300)}@example.com`);
    await form.getByLabel('Password').fill('x'.repeat(300));
    await form.getByRole('button', { name: 'Sign in' }).click();

    await expect(page.getByText('That email address is too long.')).toBeVisible();
  });

  test('a request body over the server-action limit is refused without a server error', async ({ page }) => {
    await page.goto('/sign-in');
    const fields = await page
      .locator('form', { has: page.getByRole('button', { name: 'Sign in' }) })
      .evaluate((form) => Array.from(new FormData(form as HTMLFormElement)).map(([name, value]) => [name, String(value)]));

    const response = await page.request.post('/sign-in', {
      multipart: { ...Object.fromEntries(fields), email: 'a@example.com', password: 'x'.repeat(2 * 1024 * 1024) },
      maxRedirects: 0,
    });

    expect(response.status()).toBe(413);
  });
});
