/**
 * The glossary in a real Chromium with the built extension:
 * edit a term and see the new alternative offered; follow a feed, change it,
 * refresh and see a new term flagged; import a CSV with an error and see the
 * error list and an unchanged glossary; propose a term from the context menu
 * and find it in the editor; XSS payloads stay text; axe-core finds nothing.
 *
 * Until the content script exists, "offered in checking" is proven with the
 * background's `check` message from an extension page, which is what the
 * popup and content script use, and with the storage key content scripts watch.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../../../src/checker/types';
import { glossaryToFeed } from '../../../src/glossary/feed';
import { GLOSSARY_VERSION_KEY } from '../../../src/messaging/glossary';
import type { GlossarySnapshot } from '../../../src/messaging/glossary';
import { entry } from '../../helpers';
import { XSS_PAYLOADS } from '../../glossary/xss-payloads';
import { launchExtension, type ExtensionBrowser } from '../browser';
import { axeViolations, message, startFeedServer, type FeedServer } from './helpers';

let browser: ExtensionBrowser;
let feed: FeedServer;
const pageErrors: string[] = [];

async function open(path: string): Promise<Page> {
  const page = await browser.context.newPage();
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.goto(browser.extensionUrl(path));
  return page;
}

async function glossaryVersion(page: Page): Promise<number | undefined> {
  return page.evaluate(
    (key) =>
      new Promise<number | undefined>((resolve) =>
        (
          globalThis as unknown as {
            chrome: {
              storage: { local: { get(k: string, r: (v: Record<string, number>) => void): void } };
            };
          }
        ).chrome.storage.local.get(key, (v) => resolve(v[key])),
      ),
    GLOSSARY_VERSION_KEY,
  );
}

beforeAll(async () => {
  browser = await launchExtension();
  feed = await startFeedServer(
    glossaryToFeed([entry({ id: 'void', term: 'void', alternatives: ['empty room'] })], {
      name: 'Test feed',
    }),
  );
});

afterAll(async () => {
  await browser?.close();
  await feed?.close();
});

describe('glossary editor', () => {
  it('edits a term and the new alternative is offered at once, without a reload', async () => {
    const page = await open('glossary.html');
    await page.getByLabel('Search the glossary').fill('reablement');
    await page.getByRole('button', { name: 'reablement', exact: true }).click();
    const before = await glossaryVersion(page);
    // "reablement" may have no word to use instead yet: add a box for one.
    await page.getByRole('button', { name: 'Add a word to use instead' }).click();
    await page
      .getByLabel(/^Word \d+$/)
      .last()
      .fill('help to get your skills back');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('status').filter({ hasText: 'Saved “reablement”' }).waitFor();
    const report = await message<Report>(page, 'check', { text: 'We offer reablement at home.' });
    const finding = report.findings.find((f) => f.entryId === 'reablement');
    expect(finding?.suggestions.map((s) => s.text)).toContain('help to get your skills back');
    expect(await glossaryVersion(page)).not.toBe(before);
    // The history says what changed.
    await page.getByLabel('Search the glossary').fill('reablement');
    await page.getByRole('button', { name: 'reablement', exact: true }).first().click();
    await expect
      .poll(() => page.getByText(/someone \(no name set in Settings\) edited/).count())
      .toBeGreaterThan(0);
    await page.close();
  });

  it('imports a CSV with an error: shows the error list and changes nothing', async () => {
    const page = await open('glossary.html');
    const before = await message<GlossarySnapshot>(page, 'getGlossary');
    await page.getByRole('button', { name: 'Import and export' }).click();
    const csv =
      '\uFEFFid,term,variants,action,alternatives,definition,easy_read,category,severity,status,sources,agreed_by,agreed_on\r\n' +
      'new-term,new term,,replace,plain words,What it means.,,meetings-reports,warning,approved,test,,\r\n' +
      'broken,broken,,zap,x,,,meetings-reports,warning,approved,test,,\r\n';
    await page
      .getByLabel('Choose a CSV or JSON file')
      .setInputFiles({ name: 'team.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    const alert = page
      .getByRole('alert')
      .filter({ hasText: 'This file has 2 problems. Nothing was changed.' });
    await alert.waitFor();
    expect(await alert.getByRole('listitem').allInnerTexts()).toEqual([
      'Row 3, entry "broken", column action: must be one of: replace, explain, rewrite, respectful, expand.',
      'Row 3, entry "broken", column definition: is empty.',
    ]);
    expect(await message<GlossarySnapshot>(page, 'getGlossary')).toEqual(before);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('keeps XSS payloads as text through import and the editor, and runs none of them', async () => {
    const page = await open('glossary.html');
    const violations: string[] = [];
    await page.exposeFunction('plainlyCspViolation', (text: string) => violations.push(text));
    await page.evaluate(() =>
      document.addEventListener('securitypolicyviolation', (e) =>
        (window as unknown as { plainlyCspViolation(t: string): void }).plainlyCspViolation(
          e.violatedDirective,
        ),
      ),
    );
    const entries = XSS_PAYLOADS.map((payload, i) =>
      entry({
        id: `xss-${i}`,
        term: `xssterm${i} ${payload}`.slice(0, 200),
        alternatives: [payload],
        definition: payload,
        notes: payload,
      }),
    );
    await page.getByRole('button', { name: 'Import and export' }).click();
    await page.getByLabel('Choose a CSV or JSON file').setInputFiles({
      name: 'xss.json',
      mimeType: 'application/json',
      buffer: Buffer.from(glossaryToFeed(entries)),
    });
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `${entries.length} entries added` })
      .waitFor();
    await page.getByRole('button', { name: 'Entries' }).click();
    await page.getByLabel('Search the glossary').fill('xssterm');
    await page.getByText(`Showing ${entries.length} of`).waitFor();
    const cells = await page.locator('tbody td:nth-child(2)').allTextContents();
    expect(cells.length).toBeGreaterThan(5);
    for (const cell of cells) expect(XSS_PAYLOADS).toContain(cell);
    await page.locator('tbody td button').first().click();
    const definition = await page.getByLabel('What it means').inputValue();
    expect(XSS_PAYLOADS).toContain(definition);
    // Scroll the whole list through the virtualised table, so every payload is rendered once.
    await page.getByRole('button', { name: 'Close without saving' }).click();
    await page.getByLabel('Search the glossary').fill('xssterm');
    await page.evaluate(async () => {
      const scroller = document.querySelector('.table-scroll') as HTMLElement;
      for (let y = 0; y < scroller.scrollHeight; y += 300) {
        scroller.scrollTop = y;
        // Two frames: the scroll event, then the rows it renders.
        for (let frame = 0; frame < 2; frame++)
          await new Promise((r) => requestAnimationFrame(() => r(undefined)));
      }
    });
    expect(
      await page.evaluate(() => (window as unknown as { __plainlyXss?: unknown }).__plainlyXss),
    ).toBeUndefined();
    expect(await page.locator('tbody script, tbody img, tbody svg, tbody iframe').count()).toBe(0);
    expect(violations).toEqual([]);
    await page.close();
  });

  it('has no WCAG 2.2 A or AA failures that axe-core can find, in the table and the form', async () => {
    const page = await open('glossary.html');
    await page.getByText(/Showing [\d,]+ of/).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Add an entry' }).click();
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('alert').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Close without saving' }).click();
    await page.getByRole('button', { name: 'Health' }).click();
    await page.getByRole('button', { name: 'Check the glossary' }).click();
    await page.getByText(/problems? found|No problems found/).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.setViewportSize({ width: 320, height: 640 });
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await page.close();
  });
});

describe('feeds', () => {
  it('follows a feed from the options page, then a changed feed flags a new term after a refresh', async () => {
    const page = await open('options.html');
    await page.getByLabel('Address of a feed to follow').fill(feed.url);
    // Chromium cannot answer the permission prompt headless; the test feed
    // server allows other sites to read it, so the feed works either way.
    await page.getByRole('button', { name: 'Follow this feed' }).click();
    await page.getByRole('heading', { name: 'Test feed' }).waitFor();
    const check = (text: string) => message<Report>(page, 'check', { text });
    expect(
      (await check('The zorblewick met.')).findings.some((f) => f.entryId === 'zorblewick'),
    ).toBe(false);

    feed.setBody(
      glossaryToFeed(
        [
          entry({ id: 'void', term: 'void', alternatives: ['empty room'] }),
          entry({ id: 'zorblewick', term: 'zorblewick', alternatives: ['team meeting'] }),
        ],
        { name: 'Test feed' },
      ),
    );
    await page.getByRole('button', { name: 'Refresh feeds now' }).click();
    await page.getByRole('status').filter({ hasText: 'Feeds refreshed.' }).waitFor();
    const finding = (await check('The zorblewick met.')).findings.find(
      (f) => f.entryId === 'zorblewick',
    );
    expect(finding?.suggestions.map((s) => s.text)).toContain('team meeting');
    expect(feed.requests.some((r) => r.ifNoneMatch === '"v1"')).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('holds a feed that suddenly empties until you accept it, and asks before you stop following one', async () => {
    const page = await open('options.html');
    await page.getByRole('heading', { name: 'Test feed' }).waitFor();
    const inUse = async () =>
      (await message<GlossarySnapshot>(page, 'getGlossary')).rows.filter((r) =>
        r.layer.startsWith('feed:'),
      ).length;
    expect(await inUse()).toBe(2);

    // The feed is published empty: Plainly keeps the copy it had, and says so.
    feed.setBody(glossaryToFeed([], { name: 'Test feed' }));
    await page.getByRole('button', { name: 'Refresh feeds now' }).click();
    const held = page.getByRole('alert').filter({ hasText: 'the feed had 0 entries instead of 2' });
    await held.waitFor();
    expect(await inUse()).toBe(2);
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Use the new copy of “Test feed” (0 entries)' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: 'Plainly now uses the new copy of “Test feed”.' })
      .waitFor();
    expect(await inUse()).toBe(0);

    // Stopping following a feed is confirmed first; "Keep following it" changes nothing.
    await page.getByRole('button', { name: 'Stop following “Test feed”' }).click();
    const confirm = page.getByRole('group', { name: 'Stop following “Test feed”?' });
    await confirm.getByRole('button', { name: 'Keep following it' }).click();
    await confirm.waitFor({ state: 'detached' });
    expect(
      (await message<GlossarySnapshot>(page, 'getGlossary')).layers.some((l) => l.kind === 'feed'),
    ).toBe(true);
    await page.getByRole('button', { name: 'Stop following “Test feed”' }).click();
    expect(await axeViolations(page)).toEqual([]);
    await confirm.getByRole('button', { name: 'Yes, stop following “Test feed”' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: 'You no longer follow “Test feed”.' })
      .waitFor();
    expect(
      (await message<GlossarySnapshot>(page, 'getGlossary')).layers.some((l) => l.kind === 'feed'),
    ).toBe(false);
    await page.close();
  });
});

describe('undo', () => {
  it('puts back your own version after “Remove your own version”', async () => {
    const page = await open('glossary.html');
    await message(page, 'saveGlossaryEntry', {
      entry: entry({ id: 'zorbleplan', term: 'zorbleplan', alternatives: ['your plan'] }),
    });
    await page.reload();
    await page.getByLabel('Search the glossary').fill('zorbleplan');
    await page.getByRole('button', { name: 'zorbleplan', exact: true }).click();
    await page.getByRole('button', { name: 'Remove your own version' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: 'Removed your own version of “zorbleplan”.' })
      .waitFor();
    const own = async () =>
      (await message<GlossarySnapshot>(page, 'getGlossary')).rows.some(
        (r) => r.layer === 'own' && r.entry.id === 'zorbleplan',
      );
    expect(await own()).toBe(false);
    expect(await axeViolations(page)).toEqual([]);
    await page
      .getByRole('button', { name: 'Undo: put back your own version of “zorbleplan”' })
      .click();
    await page
      .getByRole('status')
      .filter({ hasText: 'Put back your own version of “zorbleplan”.' })
      .waitFor();
    expect(await own()).toBe(true);
    await page.close();
  });

  it('opens a rejected proposal again', async () => {
    const page = await open('glossary.html#proposals');
    await message(page, 'proposeGlossaryChange', {
      term: 'zorblenote',
      suggestion: 'short note',
      note: '',
    });
    await page.reload();
    await page.getByRole('button', { name: 'Reject “zorblenote”' }).click();
    await page.getByRole('status').filter({ hasText: 'Rejected “zorblenote”.' }).waitFor();
    await page.getByRole('button', { name: 'Undo: open “zorblenote” again' }).click();
    await page.getByRole('status').filter({ hasText: '“zorblenote” is open again.' }).waitFor();
    await page.getByRole('button', { name: 'Reject “zorblenote”' }).waitFor();
    const proposals = await message<{ term: string; status: string }[]>(page, 'listProposals');
    expect(proposals.find((p) => p.term === 'zorblenote')?.status).toBe('open');
    await page.close();
  });
});

describe('proposals', () => {
  it('proposes a term from the context menu and finds it in the editor’s proposals', async () => {
    // Chromium cannot open its native context menu headless, so the test calls
    // the menu's click handler in the service worker, as Chromium would.
    const opened = browser.context.waitForEvent('page');
    await browser.serviceWorker.evaluate(() =>
      (
        globalThis as unknown as {
          plainlyTestHooks: { onContextMenuClick(info: unknown): Promise<void> };
        }
      ).plainlyTestHooks.onContextMenuClick({
        menuItemId: 'plainly-suggest-for-glossary',
        selectionText: 'care package',
        pageUrl: 'https://example.org/case/42?name=private',
      }),
    );
    const propose = await opened;
    await propose.waitForLoadState();
    expect(await propose.getByLabel('Word or phrase').inputValue()).toBe('care package');
    await propose.getByLabel('What to say instead').fill('your support');
    await propose.getByLabel('Note (optional)').fill('Families ask what it means.');
    expect(await axeViolations(propose)).toEqual([]);
    await propose.getByRole('button', { name: 'Send the suggestion' }).click();
    await propose.getByRole('status').waitFor();

    const editor = await open('glossary.html#proposals');
    const item = editor
      .getByRole('listitem')
      .filter({ has: editor.getByRole('heading', { name: 'care package' }) });
    await item.waitFor();
    const text = await item.innerText();
    expect(text).toContain('Say instead: your support');
    expect(text).toContain('https://example.org/case/42');
    expect(text).not.toContain('private');
    await item.getByRole('button', { name: 'Accept “care package”' }).click();
    await editor.getByRole('status').filter({ hasText: 'Accepted “care package”.' }).waitFor();
    // "care package" is already a variant of a built-in entry, so accepting adds
    // the suggestion to that entry, in your own layer, and keeps it approved.
    const snapshot = await message<GlossarySnapshot>(editor, 'getGlossary');
    const own = snapshot.rows.find(
      (r) => r.layer === 'own' && r.entry.variants.includes('care package'),
    );
    expect(own?.entry.alternatives.map((a) => a.text)).toContain('your support');
    expect(own?.entry.status).toBe('approved');
    expect(pageErrors).toEqual([]);
  });
});
