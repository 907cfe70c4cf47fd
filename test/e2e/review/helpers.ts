/** Helpers for the review browser tests: axe-core on an extension page, a tab's id, a glossary entry. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import type { GlossaryEntry } from '../../../src/glossary/schema';
import type { ExtensionBrowser } from '../browser';

export { axeViolations } from '../axe';

/**
 * The id of the tab `page` shows. The extension has no "tabs" permission, so
 * it cannot see tab addresses: the page is brought to the front and the
 * service worker asks for the active tab.
 */
export async function tabIdOf(browser: ExtensionBrowser, page: Page): Promise<number> {
  await page.bringToFront();
  const id = await browser.serviceWorker.evaluate(async () => {
    const chrome = (
      globalThis as unknown as {
        chrome: { tabs: { query(q: object): Promise<{ id?: number }[]> } };
      }
    ).chrome;
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    return tab?.id;
  });
  if (id === undefined) throw new Error(`No active tab for ${page.url()}`);
  return id;
}

/**
 * Clicks Plainly's toolbar button on `page`'s tab, through the DevTools
 * protocol (`Extensions.triggerAction`), as a user would before reviewing a
 * page: the click gives Plainly the activeTab permission for that tab.
 */
export async function clickToolbarButton(browser: ExtensionBrowser, page: Page): Promise<void> {
  const chromium = browser.context.browser();
  if (!chromium) throw new Error('No browser-level DevTools session');
  const session = await chromium.newBrowserCDPSession();
  const { targetInfos } = (await session.send('Target.getTargets', {
    filter: [{ type: 'tab' }],
  })) as {
    targetInfos: { targetId: string; url: string }[];
  };
  const tab = targetInfos.find((target) => target.url === page.url());
  if (!tab) throw new Error(`No tab target for ${page.url()}`);
  await session.send(
    'Extensions.triggerAction' as never,
    { id: browser.extensionId, targetId: tab.targetId } as never,
  );
  await session.detach();
}

/**
 * An entry of the built-in glossary, read from dictionaries/glossary, so a
 * test's expected definition is the glossary's own and never one it wrote.
 */
export function builtInEntry(term: string): GlossaryEntry {
  const dir = resolve(import.meta.dirname, '../../../dictionaries/glossary');
  for (const name of readdirSync(dir).filter((file) => file.endsWith('.json'))) {
    const data = JSON.parse(readFileSync(join(dir, name), 'utf8')) as GlossaryEntry[];
    const entry = data.find((e) => e.term.toLowerCase() === term);
    if (entry !== undefined) return entry;
  }
  throw new Error(`No entry with the term "${term}" in ${dir}.`);
}
