import { join } from 'node:path';
import type { Page } from '@playwright/test';

const folder = join(import.meta.dirname, '..', '..', 'public', 'screenshots');

/**
 * Saves the README's pictures of this page, light and dark, when SCREENSHOTS=1; normal runs write
 * nothing, so they leave the working tree clean.
 */
export async function captureScreens(page: Page, name: string): Promise<void> {
  if (!process.env.SCREENSHOTS) return;

  const viewport = page.viewportSize();
  await page.setViewportSize({ width: 880, height: 760 });
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await page.screenshot({ path: join(folder, `${name}-${colorScheme}.png`), fullPage: true, animations: 'disabled', caret: 'hide' });
  }
  await page.emulateMedia({ colorScheme: null });
  if (viewport) await page.setViewportSize(viewport);
}
