import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

/** Debian's chromium (`apt-get install chromium`); `.ci/run` installs it. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

// Without the background-networking flags Chromium keeps calling Google's hosts, which this
// closed network refuses.
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

const hasChromium = existsSync(CHROMIUM);
if (!hasChromium) {
  process.stdout.write(`\nBrowser tests SKIPPED: no Chromium at ${CHROMIUM} (apt-get install -y chromium, or set CHROMIUM_PATH)\n`);
}

/** `describe` when Chromium is installed, a skipped describe (with the reason printed) otherwise. */
export const describeInBrowser: jest.Describe = hasChromium ? describe : describe.skip;

export interface Browser {
  context: BrowserContext;
  page: Page;
  close(): Promise<void>;
}

const blockedByPolicy = new WeakMap<Page, string[]>();

/** What the Content-Security-Policy refused on this page so far (an inline script or style, a foreign host). */
export function policyBlocks(page: Page): string[] {
  return blockedByPolicy.get(page) ?? [];
}

/** A fresh profile for each test file, so no session or storage leaks between files. */
export async function openBrowser(): Promise<Browser> {
  const profile = await mkdtemp(join(tmpdir(), 'ipl-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: FLAGS,
    viewport: { width: 1280, height: 900 },
    locale: 'it-IT',
    timezoneId: 'Europe/Rome',
    // As for a user who asked for less motion: Bootstrap Italia drops its transitions, so each click
    // no longer waits for the element to stop moving (a third of the clicking time in hr-journey).
    reducedMotion: 'reduce',
  });
  const page = context.pages()[0] ?? (await context.newPage());
  // Well under jest's 30 s, so that a missing element fails with Playwright's own message.
  page.setDefaultTimeout(10_000);
  const blocked: string[] = [];
  blockedByPolicy.set(page, blocked);
  page.on('console', (message) => {
    if (/Content.Security.Policy/i.test(message.text())) blocked.push(message.text());
  });
  return {
    context,
    page,
    close: async () => {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}
