/**
 * A real managed install: a Chromium policy file sets Plainly's managed
 * settings through the `3rdparty` → `extensions` → <extension id> policy,
 * exactly as an organisation deploys it, and the built extension obeys it:
 * the locked feed is followed and cannot be removed, the default writing
 * style is the policy's, and your own glossary entries are refused.
 *
 * Chromium on Linux reads policy files only from /etc/chromium/policies, so
 * this test needs root (CI runs as root). It writes one file of its own and
 * removes it afterwards. The file names the extension by the id its fixed
 * public key gives it (scripts/dev-key.mjs).
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEV_EXTENSION_ID } from '../../../scripts/dev-key.mjs';
import type { Report } from '../../../src/checker/types';
import { glossaryToFeed } from '../../../src/glossary/feed';
import { entry } from '../../helpers';
import { launchExtension, type ExtensionBrowser } from '../browser';
import { message, startFeedServer, type FeedServer } from '../glossary/helpers';

const POLICY_DIR = '/etc/chromium/policies/managed';
const POLICY_PREFIX = 'plainly-e2e-';
const policyFile = join(POLICY_DIR, `${POLICY_PREFIX}${process.pid}.json`);

let browser: ExtensionBrowser;
let feed: FeedServer;
let managed: Record<string, unknown>;

function removeOurPolicyFiles(): void {
  for (const file of readdirSync(POLICY_DIR))
    if (file.startsWith(POLICY_PREFIX)) rmSync(join(POLICY_DIR, file), { force: true });
}

beforeAll(async () => {
  if (process.getuid?.() !== 0) {
    throw new Error(
      `The managed policy test writes a Chromium policy file into ${POLICY_DIR}, which needs root. Run the tests as root (CI does).`,
    );
  }
  feed = await startFeedServer(
    glossaryToFeed(
      [entry({ id: 'zorblewick', term: 'zorblewick', alternatives: ['team meeting'] })],
      { name: 'Northshire council glossary' },
    ),
  );
  managed = {
    feeds: [{ url: feed.url, locked: true }],
    defaultProfile: 'easy-read',
    disabledSites: ['intranet.northshire.example'],
    allowOwnEntries: false,
  };
  mkdirSync(POLICY_DIR, { recursive: true });
  removeOurPolicyFiles();
  writeFileSync(
    policyFile,
    JSON.stringify({ '3rdparty': { extensions: { [DEV_EXTENSION_ID]: managed } } }),
  );
  browser = await launchExtension();
});

afterAll(async () => {
  try {
    await browser?.close();
  } finally {
    rmSync(policyFile, { force: true });
    await feed?.close();
  }
});

async function open(path: string): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(browser.extensionUrl(path));
  return page;
}

describe('a managed install (Chromium policy)', () => {
  it('loads the unpacked build with the id the policy names', () => {
    expect(browser.extensionId).toBe(DEV_EXTENSION_ID);
  });

  it('reads the policy from managed storage', async () => {
    const read = () =>
      browser.serviceWorker.evaluate(() =>
        (
          globalThis as unknown as {
            chrome: { storage: { managed: { get(): Promise<Record<string, unknown>> } } };
          }
        ).chrome.storage.managed.get(),
      );
    await expect.poll(read).toEqual(managed);
  });

  it('follows the locked feed, says your organisation set it, and offers no way to remove it', async () => {
    const page = await open('options.html');
    await page.getByRole('button', { name: 'Refresh feeds now' }).click();
    const item = page
      .getByRole('listitem')
      .filter({ has: page.getByRole('heading', { name: 'Northshire council glossary' }) });
    await item.waitFor();
    expect(await item.innerText()).toContain('1 entries.');
    expect(await item.innerText()).toContain('Set by your organisation.');
    expect(await item.getByRole('button').count()).toBe(0);
    // The feed's words are checked everywhere.
    const report = await message<Report>(page, 'check', { text: 'The zorblewick met.' });
    expect(report.findings.map((f) => f.entryId)).toContain('zorblewick');
    // Its own entries are switched off, and the box cannot be ticked.
    const own = page.getByLabel(/Let me add and edit my own glossary entries/);
    expect([await own.isChecked(), await own.isDisabled()]).toEqual([false, true]);
    expect(await page.locator('label[for="allow-own"]').innerText()).toContain(
      '(set by your organisation)',
    );
    expect(
      await page.getByRole('heading', { name: 'Settings from your organisation' }).count(),
    ).toBe(0);
    await page.close();
  });

  it('uses the policy’s writing style until you choose one', async () => {
    const page = await open('popup.html');
    await expect.poll(() => page.getByLabel('Writing style').inputValue()).toBe('easy-read');
    await page.close();
  });

  it('refuses your own glossary entries, in the editor and in the background', async () => {
    const page = await open('glossary.html');
    expect(await page.getByRole('button', { name: 'Add an entry' }).isDisabled()).toBe(true);
    await page.getByLabel('Search the glossary').fill('reablement');
    await page.getByRole('button', { name: 'reablement', exact: true }).click();
    await page
      .getByText(
        'Your organisation does not allow your own glossary entries, so you cannot save changes.',
      )
      .waitFor();
    const answer = await message<{ ok: boolean; problems?: { problem: string }[] }>(
      page,
      'saveGlossaryEntry',
      { entry: entry({ id: 'my-term', term: 'my term', alternatives: ['plain words'] }) },
    );
    expect(answer).toEqual({
      ok: false,
      problems: [
        {
          entry: '(glossary)',
          field: '(your own entries)',
          problem: 'cannot be changed: your organisation does not allow your own glossary entries',
        },
      ],
    });
    await page.close();
  });
});
