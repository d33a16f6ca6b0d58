import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, type Page } from '@playwright/test';

export const SCREENSHOTS = join(dirname(fileURLToPath(import.meta.url)), 'screenshots');

/**
 * Saves `screenshots/<name>.png`. Only the page area of the app scrolls, so the viewport is
 * stretched to the page's full height for the picture and restored afterwards.
 */
export async function shot(page: Page, name: string, opts: { keepToast?: boolean } = {}): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const toast = page.locator('.MuiSnackbar-root');
  if (!opts.keepToast && (await toast.count()) > 0) {
    // It may hide by itself between the count and the click: closing is best-effort, its absence is what counts.
    await toast
      .locator('.MuiAlert-action button')
      .click({ timeout: 2000 })
      .catch(() => undefined);
    await expect(toast).toHaveCount(0);
  }
  // Let MUI's transitions (ripples, menus, collapses) settle so the picture shows the resting state.
  await page.waitForTimeout(400);
  const viewport = page.viewportSize() ?? { width: 1366, height: 768 };
  const main = page.locator('#main');
  const height =
    (await main.count()) > 0
      ? await main.evaluate((el) => el.getBoundingClientRect().top + el.scrollHeight)
      : viewport.height;
  if (height > viewport.height) await page.setViewportSize({ width: viewport.width, height: Math.ceil(height) });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`) });
  if (height > viewport.height) await page.setViewportSize(viewport);
}
