import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';

const APP_PORT = Number(process.env.E2E_APP_PORT ?? 3100);
// Where Playwright cannot download its own browser, Debian's Chromium stands in.
const systemChromium = process.env.PLAYWRIGHT_CHROMIUM_PATH ?? '/usr/bin/chromium';
const useSystemChromium = existsSync(systemChromium);

export default defineConfig({
  testDir: './e2e',
  // Named by port, like the server's data, so runs on different ports never share a folder.
  outputDir: `.data/test-results-${APP_PORT}`,
  fullyParallel: true,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  // A test that needs two fresh codes waits for the next 30-second window, as a person would.
  timeout: 120_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['json', { outputFile: `.data/results/e2e-${APP_PORT}.json` }]],
  use: {
    ...devices['Desktop Chrome'],
    baseURL: `http://127.0.0.1:${APP_PORT}`,
    trace: 'retain-on-failure',
    launchOptions: useSystemChromium
      ? {
          executablePath: systemChromium,
          args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
        }
      : {},
  },
  projects: [
    { name: 'journeys', testIgnore: /leak-check\.spec\.ts/ },
    // Runs last: reads what the whole run left in the server's output.
    { name: 'leak-check', testMatch: /leak-check\.spec\.ts/, dependencies: ['journeys'] },
  ],
  webServer: {
    command: 'node scripts/e2e-stack.mjs',
    url: `http://127.0.0.1:${APP_PORT}/sign-in`,
    timeout: 300_000,
    reuseExistingServer: false,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
