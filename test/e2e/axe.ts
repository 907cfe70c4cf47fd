/** axe-core in the browser tests: its WCAG 2.2 A and AA rules on a page or a part of it. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Frame, Page } from 'playwright-core';

const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

/**
 * axe-core's WCAG 2.2 A and AA violations, as "id: help (targets)".
 *
 * axe-core is evaluated over the DevTools protocol, not added with
 * `addScriptTag`: that adds an inline <script>, which an extension page's
 * Content Security Policy (script-src 'self') rightly blocks. Code evaluated
 * over the protocol is not subject to the CSP, so the page keeps its real
 * policy while it is tested.
 *
 * @param include CSS selectors of the parts to check (default: the whole page).
 */
export async function axeViolations(page: Page | Frame, include?: string[][]): Promise<string[]> {
  await page.evaluate(axeSource);
  return page.evaluate(async (parts) => {
    const axe = (window as unknown as { axe: { run: (...args: unknown[]) => Promise<unknown> } })
      .axe;
    const results = (await axe.run(parts === null ? document : { include: parts }, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
    })) as { violations: { id: string; help: string; nodes: { target: unknown[] }[] }[] };
    return results.violations.map(
      (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')})`,
    );
  }, include ?? null);
}
