import { expect, type Locator, type Page } from '@playwright/test';

/**
 * Moves focus with the Tab key alone until it reaches `target`, as a keyboard user would, and checks
 * that the focused control shows a visible focus indicator.
 */
export async function tabTo(page: Page, target: Locator, { maxPresses = 25 } = {}): Promise<void> {
  await expect(target).toBeVisible();
  for (let presses = 0; presses <= maxPresses; presses++) {
    if (await target.evaluate((element) => element === document.activeElement)) {
      await expectVisibleFocus(target);
      return;
    }
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab did not reach ${target} within ${maxPresses} presses`);
}

/** The focused element draws an outline, so a sighted keyboard user can see where they are. */
export async function expectVisibleFocus(target: Locator): Promise<void> {
  const outline = await target.evaluate((element) => {
    const style = getComputedStyle(element);
    return { style: style.outlineStyle, width: parseFloat(style.outlineWidth) };
  });
  expect(outline.style).not.toBe('none');
  expect(outline.width).toBeGreaterThanOrEqual(2);
}
