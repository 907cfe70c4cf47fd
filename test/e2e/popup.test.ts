/**
 * The popup in a real Chromium with the built extension: a check goes through
 * the background and back, glossary findings show their definition, the page
 * passes axe-core's WCAG 2.2 AA rules, and it works by keyboard alone.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './axe';
import type { GlossaryEntry, GlossaryFile } from '../../src/glossary/schema';
import type { ExtensionBrowser } from './browser';
import { launchExtension } from './browser';

const SENTENCE = 'We will use co-production to plan the new service.';
const SUMMARY =
  /^(Nothing|1 thing|\d+ things) to look at\. Reading age \d+ \(aim for \d+ or under\)\.$/;

/**
 * The expected definition comes from the built-in glossary itself, so the test
 * never asserts a value it wrote.
 */
function builtInEntry(term: string): GlossaryEntry {
  const dir = resolve(import.meta.dirname, '../../dictionaries/glossary');
  const files = readdirSync(dir).filter((name) => name.endsWith('.json'));
  for (const name of files) {
    // Each built-in file is an array of entries; a whole GlossaryFile is read too.
    const data = JSON.parse(readFileSync(join(dir, name), 'utf8')) as
      GlossaryEntry[] | GlossaryFile;
    const entries = Array.isArray(data) ? data : data.entries;
    const entry = entries.find((e) => e.term.toLowerCase() === term);
    if (entry !== undefined) return entry;
  }
  throw new Error(`No entry with the term "${term}" in ${dir}/*.json (${files.length} files).`);
}

/** What has keyboard focus, described by id or tag and text. */
async function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (el === null) return 'nothing';
    return el.id !== '' ? `#${el.id}` : `${el.tagName.toLowerCase()}:${el.textContent ?? ''}`;
  });
}

describe('popup', () => {
  let browser: ExtensionBrowser;
  let page: Page;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    browser = await launchExtension();
  });

  afterAll(async () => {
    await browser?.close();
  });

  async function openPopup(): Promise<Page> {
    const opened = await browser.context.newPage();
    opened.on('pageerror', (error) => pageErrors.push(error.message));
    await opened.goto(browser.extensionUrl('popup.html'));
    await opened.getByLabel('Text to check').waitFor();
    return opened;
  }

  it('shows the glossary definition for a term typed into the text box', async () => {
    const entry = builtInEntry('co-production');
    page = await openPopup();

    await page.getByLabel('Text to check').pressSequentially(SENTENCE);

    // No click: the popup checks by itself after a short pause in typing.
    const finding = page
      .getByRole('listitem')
      .filter({ has: page.getByRole('heading', { name: /co-production/ }) });
    await finding.waitFor();
    const findingText = await finding.innerText();
    expect(findingText).toContain(entry.definition);
    expect(findingText).toContain('What it means:');

    const summary = await page.locator('[aria-live="polite"]').innerText();
    expect(summary).toMatch(SUMMARY);
    expect(pageErrors).toEqual([]);
  });

  it('has no WCAG 2.2 A or AA failures that axe-core can find', async () => {
    expect(await axeViolations(page)).toEqual([]);
  });

  it('reflows without sideways scrolling at 320 CSS pixels wide (200% zoom)', async () => {
    await page.setViewportSize({ width: 320, height: 640 });
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
  });

  it('refuses a malformed check message with a plain-English error', async () => {
    // Sent the way @webext-core/messaging sends, but with a number for the text,
    // as a buggy or hostile sender might.
    const answer = await page.evaluate(() => {
      const runtime = (
        globalThis as unknown as {
          chrome: {
            runtime: { sendMessage(message: unknown, reply: (answer: unknown) => void): void };
          };
        }
      ).chrome.runtime;
      return new Promise((resolve) => {
        runtime.sendMessage(
          { id: 1, type: 'check', data: { text: 42 }, timestamp: Date.now() },
          resolve,
        );
      });
    });
    expect(answer).toMatchObject({
      err: { name: 'ProtocolError', message: 'Plainly needs some text to check.' },
    });
  });

  it('works by keyboard alone: Tab reaches the text box, style and Check button in order', async () => {
    const keyboardPage = await openPopup();
    const order: string[] = [];
    for (let i = 0; i < 3; i++) {
      await keyboardPage.keyboard.press('Tab');
      order.push(await focused(keyboardPage));
    }
    expect(order).toEqual(['#text-to-check', '#profile', 'button:Check']);

    // Each control shows where the focus is.
    const outline = await keyboardPage.evaluate(() => {
      const style = getComputedStyle(document.activeElement as Element);
      return `${style.outlineStyle} ${style.outlineWidth}`;
    });
    expect(outline).not.toMatch(/^none|\b0px$/);

    // Type, choose a style and check, without the mouse.
    await keyboardPage.keyboard.press('Shift+Tab');
    await keyboardPage.keyboard.press('Shift+Tab');
    await keyboardPage.keyboard.type(SENTENCE);
    await keyboardPage.keyboard.press('Tab');
    await keyboardPage.keyboard.press('ArrowDown');
    expect(await keyboardPage.locator('#profile').inputValue()).toBe('public');
    await keyboardPage.keyboard.press('Tab');
    await keyboardPage.keyboard.press('Enter');
    await keyboardPage.locator('[aria-live="polite"]').filter({ hasText: SUMMARY }).waitFor();
    await keyboardPage.close();
    expect(pageErrors).toEqual([]);
  });
});
