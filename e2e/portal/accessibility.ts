import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { policyBlocks } from './browser';

const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

export interface Violation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

interface AxeResult {
  violations: { id: string; impact?: string | null; help: string; nodes: { target: unknown[] }[] }[];
}

/** The serious and critical WCAG 2.1 AA violations axe-core finds on the page as it is now, and anything the CSP refused. */
export async function seriousViolations(page: Page): Promise<Violation[]> {
  // Expressions rather than functions: the server's tsconfig has no DOM types.
  // Evaluated through the DevTools protocol, not an inline <script>, which the portal's CSP blocks.
  if (!(await page.evaluate<boolean>('typeof window.axe === "object"'))) await page.evaluate<boolean>(`${AXE_SOURCE}\n;true`);
  const options = { runOnly: { type: 'tag', values: WCAG_21_AA }, resultTypes: ['violations'] };
  const result = await page.evaluate<AxeResult>(`window.axe.run(document, ${JSON.stringify(options)})`);
  const serious = result.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => ({ id: violation.id, impact: violation.impact ?? null, help: violation.help, targets: violation.nodes.map((node) => String(node.target)) }));
  // A style or script the Content-Security-Policy refused leaves the page broken for everyone.
  const blocked = policyBlocks(page).map((message) => ({ id: 'content-security-policy', impact: 'critical', help: message, targets: [] }));
  return [...serious, ...blocked];
}
