import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';

/**
 * The README's screenshots are refreshed on request only (`UPDATE_SCREENSHOTS=1`): a test run
 * that rewrote them each time left every checkout with changed images.
 */
const DIRECTORY = process.env.UPDATE_SCREENSHOTS === '1' ? resolve(__dirname, '../../docs/screenshots') : resolve(__dirname, '../../test-results/screenshots');

/** The screenshots the README shows, taken by the browser tests themselves. */
export async function saveScreenshot(page: Page, name: string): Promise<void> {
  await mkdir(DIRECTORY, { recursive: true });
  await page.screenshot({ path: resolve(DIRECTORY, `${name}.png`), fullPage: false });
}
