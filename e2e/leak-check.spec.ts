import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { notedSecrets, notedUrls } from './support/secrets';

const port = process.env.E2E_APP_PORT ?? '3100';
const serverLog = () => readFileSync(join(import.meta.dirname, '..', '.data', `e2e-${port}`, 'server.log'), 'utf8');

/** A value as it would stand in text; a six-digit code only counts with no hex digit beside it. */
function occursIn(text: string, value: string): boolean {
  const escaped = value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![0-9a-fA-F])${escaped}(?![0-9a-fA-F])`).test(text);
}

test.describe('secrets never leak', () => {
  test('no password, TOTP secret or code used in this run reached the server output', () => {
    const log = serverLog();
    const secrets = notedSecrets();
    expect(secrets.length, 'the journeys noted the secrets they used').toBeGreaterThan(10);
    expect(log, 'the server log holds this run').toContain('signed in');

    const leaked = secrets.filter(({ value }) => occursIn(log, value));
    expect(leaked).toEqual([]);
  });

  test('no token reached the server output', () => {
    expect(serverLog()).not.toMatch(/eyJ[\w-]{8,}\.eyJ[\w-]{8,}/);
  });

  test('no password, TOTP secret or code appeared in a URL the browser asked for', () => {
    const urls = notedUrls().join('\n');
    expect(urls, 'the journeys noted the URLs they visited').toContain('/account/security');

    const leaked = notedSecrets().filter(({ value }) => occursIn(urls, value));
    expect(leaked).toEqual([]);
  });
});
