import type { Page } from '@playwright/test';
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

  test('a password pasted far past any real length stops at the field, and the sign-in answers as usual', async ({ page, user }) => {
    await page.goto('/sign-in');
    await page.getByLabel('Email').fill(user.email);
    await page.getByLabel('Password').focus();
    await page.keyboard.insertText('x'.repeat(70_000));

    expect(await page.getByLabel('Password').inputValue()).toHaveLength(256);
    await page.getByRole('button', { name: 'Sign in' }).click();

    await expect(page.getByText('The email or password is incorrect.')).toBeVisible();
    await expect(page.getByLabel('Email')).toHaveValue(user.email);
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

  test('a server action sent a body that does not parse is refused with 400, not a server error', async ({ page }) => {
    const actionId = await signInActionId(page);

    const bodies = [
      { headers: { 'content-type': 'text/plain;charset=UTF-8' }, data: '{{{{' },
      { headers: { 'content-type': 'multipart/form-data; boundary=xyz' }, data: 'not a form' },
    ];
    for (const { headers, data } of bodies) {
      const response = await page.request.post('/sign-in', { headers: { ...headers, 'next-action': actionId }, data });

      expect(response.status(), data).toBe(400);
      expect(await response.text()).toContain('This form could not be read.');
    }
  });

  test('a server action sent arguments in place of a form answers with its message, not a server error', async ({ page }) => {
    const actionId = await signInActionId(page);

    const response = await page.request.post('/sign-in', {
      headers: { 'content-type': 'text/plain;charset=UTF-8', 'next-action': actionId },
      data: '["x","y"]',
    });

    expect(response.status()).toBe(200);
    expect(await response.text()).toContain('This form could not be read.');
  });

  test('crafted action posts that broke the decoder get 400, and one from another origin 403, never a server error', async ({
    page,
  }) => {
    const actionId = await signInActionId(page);
    const post = (data: string | Record<string, string>, headers: Record<string, string> = {}) =>
      typeof data === 'string'
        ? page.request.post('/sign-in', { headers: { 'content-type': 'text/plain', 'next-action': actionId, ...headers }, data })
        : page.request.post('/sign-in', { headers, multipart: data });

    expect((await post('null')).status()).toBe(400);
    expect((await post(`[${'['.repeat(3000)}${']'.repeat(3000)}]`)).status()).toBe(400);
    expect((await post(JSON.stringify(new Array(1001).fill(0)))).status()).toBe(400);
    expect((await post({ '0': '["$1"]', '1': '{}' }, { 'next-action': actionId })).status()).toBe(400);
    expect((await post({ email: 'a', password: 'x' }, { 'next-action': actionId })).status()).toBe(400);
    expect((await post({ '$ACTION_REF_1': '', '$ACTION_1:0': `{"id":"${actionId}","bound":"$@1"}`, '$ACTION_1:1': 'not json' })).status()).toBe(400);
    const fromElsewhere = await post({ [`$ACTION_ID_${actionId}`]: '', email: 'a' }, { origin: 'http://evil.example' });
    expect(fromElsewhere.status()).toBe(403);
    expect(await fromElsewhere.text()).toContain('sent from another site');
  });
});

async function signInActionId(page: Page) {
  await page.goto('/sign-in');
  const reference = await page.locator('input[name^="$ACTION_"][name$=":0"]').first().inputValue();
  return (JSON.parse(reference) as { id: string }).id;
}
