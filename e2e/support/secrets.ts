import { appendFileSync, existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const port = process.env.E2E_APP_PORT ?? '3100';
const folder = join(import.meta.dirname, '..', '..', '.data', `e2e-${port}`, 'secrets');

/**
 * Every password, TOTP secret and code the tests hand the app is noted here, so a last check can
 * prove none of them reached the server's output or a URL.
 */
export function noteSecret(kind: 'password' | 'totp-secret' | 'code', value: string): void {
  mkdirSync(folder, { recursive: true });
  appendFileSync(join(folder, `${process.pid}.jsonl`), `${JSON.stringify({ kind, value })}\n`);
}

/** Every URL a test's browser asked for, for the same check. */
export function noteUrl(url: string): void {
  mkdirSync(folder, { recursive: true });
  appendFileSync(join(folder, `${process.pid}.urls`), `${url}\n`);
}

export function notedSecrets(): { kind: string; value: string }[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((file) => file.endsWith('.jsonl'))
    .flatMap((file) => readFileSync(join(folder, file), 'utf8').trim().split('\n'))
    .filter(Boolean)
    .map((line) => JSON.parse(line));
}

export function notedUrls(): string[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((file) => file.endsWith('.urls'))
    .flatMap((file) => readFileSync(join(folder, file), 'utf8').split('\n'))
    .filter(Boolean);
}
