import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';

const DIRECTORY = resolve(__dirname, '../../docs/screenshots');

/** The screenshots the README shows, taken by the browser tests themselves. */
export async function saveScreenshot(page: Page, name: string): Promise<void> {
  await mkdir(DIRECTORY, { recursive: true });
  await page.screenshot({ path: resolve(DIRECTORY, `${name}.png`), fullPage: false });
}
