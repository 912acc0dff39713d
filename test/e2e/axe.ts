// axe-core, the accessibility engine, run inside a page the browser tests opened: the
// serious and critical violations, one line each (rule, impact, the first nodes' targets
// and axe's own summary of what is wrong), so a failing test says what to fix.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AxeResults, ImpactValue } from 'axe-core';
import type { Page } from 'playwright-core';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** The impacts a test fails on. */
export const BLOCKING: readonly ImpactValue[] = ['serious', 'critical'];

export interface AxeFinding {
  rule: string;
  impact: ImpactValue;
  /** The rule's summary and the first few offending nodes. */
  line: string;
}

/** Runs axe on the page as it is now (WCAG 2.x A and AA, and axe's best practices). */
export async function axeFindings(page: Page, impacts: readonly ImpactValue[] = BLOCKING): Promise<AxeFinding[]> {
  // Evaluated through the browser's debugging protocol, so the page's own Content-Security-Policy
  // (script-src 'self') stays as it is and still guards everything else.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  const results = await page.evaluate(() => (window as unknown as { axe: { run: (ctx: Document, o: unknown) => Promise<AxeResults> } }).axe.run(document, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
    resultTypes: ['violations'],
  }));
  return results.violations
    .filter((v) => v.impact && impacts.includes(v.impact))
    .map((v) => {
      const nodes = v.nodes.slice(0, 3).map((n) => `${n.target.join(' ')}${n.failureSummary ? ` — ${n.failureSummary.replace(/\s+/g, ' ').slice(0, 160)}` : ''}`);
      return { rule: v.id, impact: v.impact!, line: `${v.id} (${v.impact}, ${v.nodes.length} node${v.nodes.length === 1 ? '' : 's'}): ${v.help}; ${nodes.join(' | ')}` };
    });
}
