/**
 * The popup in a real Chromium with the built extension: a check goes through
 * the background and back, glossary findings show their definition, a long
 * hard sentence is one row, a word used three times is one row to step
 * through, a suggestion is made through the text box's own input (so Ctrl+Z
 * undoes it), the page passes axe-core's WCAG 2.2 AA rules, and it works by
 * keyboard alone.
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
  /^(Nothing|1 thing|\d+ things) to look at\. Reading level: (about age \d+ \((easy|fairly easy|hard)\)|18\+ \(very hard: most people will struggle\))\. Aim for age \d+ or under\.$/;

/** A long sentence that most readability measures find hard: one thing to fix, not two. */
const LONG_HARD =
  'Notwithstanding the aforementioned budgetary considerations, the commissioning organisation will endeavour to facilitate comprehensive multidisciplinary consultation regarding the prospective reconfiguration of community provision throughout the forthcoming financial year.';

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
    expect(findingText).toContain(`Tip: ${entry.advice}`);

    const summary = await page.locator('[aria-live="polite"]').innerText();
    expect(summary).toMatch(SUMMARY);
    expect(pageErrors).toEqual([]);
  });

  it('has no WCAG 2.2 A or AA failures that axe-core can find', async () => {
    expect(await axeViolations(page)).toEqual([]);
  });

  it('shows a long sentence that is hard to read as one row, with no line number in a one-line text', async () => {
    const popup = await openPopup();
    await popup.getByLabel('Text to check').fill(LONG_HARD);
    const rows = popup.locator('li.finding');
    await rows.first().waitFor();
    const sentenceRows = rows.filter({ hasText: /^“Notwithstanding the aforementioned/ });
    expect(await sentenceRows.count()).toBe(1);
    const messages = await sentenceRows.locator('.finding__message').allInnerTexts();
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(/^This sentence has \d+ words and is hard to read\./);
    // The sentence is quoted once, cut short; never in full twice.
    const rowText = await sentenceRows.innerText();
    expect(rowText.split('Notwithstanding')).toHaveLength(2);
    // One line of text: no "line 1" on every finding, and no paragraph numbers.
    const all = await popup.locator('.results').innerText();
    expect(all).not.toMatch(/\bline \d|paragraph \d/);
    // The reading level is a band, with the numbers behind it on request.
    await popup.getByText('How we worked this out').click();
    expect(await popup.locator('.reading-level__working').innerText()).toContain(
      'The Flesch–Kincaid formula',
    );
    expect(await axeViolations(popup)).toEqual([]);
    await popup.close();
  });

  it('gives a word used three times one row, with its paragraphs, and makes a change that Ctrl+Z takes back', async () => {
    const popup = await openPopup();
    const box = popup.getByLabel('Text to check');
    const text =
      'We will utilise the hall.\n\nWe will utilise the car park.\n\nWe will utilise the garden.';
    await box.fill(text);
    const row = popup.locator('li.finding').filter({ hasText: /^“utilise”/ });
    await row.waitFor();
    expect(
      await popup
        .locator('li.finding')
        .filter({ hasText: /^“utilise”/ })
        .count(),
    ).toBe(1);
    expect(await row.locator('.finding__meta').innerText()).toBe(
      'Could change · Plain English · 3 places',
    );
    // Step to the second place: it is shown in its line, and where it is is said.
    await row.getByRole('button', { name: 'Show next: “utilise”' }).click();
    await row.getByRole('button', { name: 'Show next: “utilise”' }).click();
    expect(await row.getByRole('status').innerText()).toBe('Place 2 of 3, paragraph 2.');
    expect(await row.locator('.finding__excerpt').innerText()).toBe(
      'We will utilise the car park.',
    );
    expect(await row.locator('.finding__excerpt mark').innerText()).toBe('utilise');
    // "Use “use”" is a real button, and changes the place shown: the second.
    await row.getByRole('button', { name: 'Use “use”' }).click();
    await popup.waitForFunction(
      (want) => (document.getElementById('text-to-check') as HTMLTextAreaElement).value === want,
      text.replace('utilise the car park', 'use the car park'),
    );
    // The change went through the text box's own input, so undo takes it back.
    await popup.keyboard.press('Control+Z');
    await popup.waitForFunction(
      (want) => (document.getElementById('text-to-check') as HTMLTextAreaElement).value === want,
      text,
    );
    expect(pageErrors).toEqual([]);
    await popup.close();
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
