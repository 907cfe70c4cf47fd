/**
 * The Firefox build in Firefox ESR (Debian's firefox-esr), a smaller set than
 * the Chromium tests: checking as you write in a text area, with the card
 * (Plainly's own page in a frame) opened by keyboard, a fix and its undo; in
 * an editable area and in an editor's frame, the card opened by a click,
 * beside the word and clear of its line (for the frame, drawn in the top
 * page), and its first action clicked; "review this page" in the sidebar's
 * page, with a highlight in the page, and a term used ten times as one row
 * whose "Show next" highlights each place; and
 * the review page reading a .docx and a tagged PDF in its Web Worker. See
 * ./browser.ts for how Firefox is driven.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Frame, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStaticServer, type StaticServer } from '../browser';
import { boardPaperDocx, taggedReviewPdf } from '../../fixtures/documents';
import { launchFirefox, type FirefoxWithExtension } from './browser';
import { HANG_GUARD_MS } from '../waits';

let firefox: FirefoxWithExtension;
let server: StaticServer;
let reviewHarness: StaticServer;

beforeAll(async () => {
  firefox = await launchFirefox();
  server = await startStaticServer(resolve(import.meta.dirname, 'harness'));
  reviewHarness = await startStaticServer(resolve(import.meta.dirname, '../review/harness'));
});

afterAll(async () => {
  await firefox?.close();
  await server?.close();
  await reviewHarness?.close();
});

const SENTENCE = 'We asked the commissioners about it today.';
const WORD = 'commissioners';
const BEST = 'people who buy services';

/**
 * Whether Plainly's card is on show: it is a page of Plainly's own in a frame
 * (the page, and so the test, cannot read Plainly's closed shadow root, where
 * the underlines over a text area are drawn).
 */
async function cardText(page: Page): Promise<string> {
  for (const frame of page.frames()) {
    const text = await frame
      .evaluate(() => document.querySelector('.card')?.textContent ?? '')
      .catch(() => '');
    if (text !== '') return text;
  }
  return '';
}

async function altEnter(page: Page): Promise<void> {
  await page.keyboard.down('Alt');
  await page.keyboard.press('Enter');
  await page.keyboard.up('Alt');
}

/** Reads until `ok`, every 100 ms: a wait on the page, with only a guard against a hang. */
async function poll<T>(read: () => Promise<T>, ok: (value: T) => boolean, what: string) {
  const deadline = Date.now() + HANG_GUARD_MS;
  let value = await read();
  while (!ok(value)) {
    if (Date.now() > deadline)
      throw new Error(`Timed out waiting for ${what}; last: ${JSON.stringify(value)}`);
    await new Promise((done) => setTimeout(done, 100));
    value = await read();
  }
  return value;
}

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Whether two boxes share any area. */
const overlap = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** The frame of the card on show (Plainly's own page), or null. */
async function shownCard(page: Page): Promise<Frame | null> {
  for (const frame of page.frames()) {
    const shown = await frame
      .evaluate(
        () =>
          location.pathname.endsWith('/card.html') &&
          document.querySelector('.card') !== null &&
          window.innerHeight > 0,
      )
      .catch(() => false);
    if (shown) return frame;
  }
  return null;
}

/**
 * Where the card's frame is in the top page. The frame is in Plainly's closed
 * shadow root, which a test cannot open in Firefox, so each side says where
 * its own viewport is on the screen (Firefox's `mozInnerScreenX`/`Y`, in CSS
 * pixels) and the difference is the card's place in the page.
 */
async function cardBox(page: Page, card: Frame): Promise<Box> {
  type Screen = { x: number; y: number; width: number; height: number };
  const where = () => {
    const w = window as unknown as { mozInnerScreenX: number; mozInnerScreenY: number };
    return { x: w.mozInnerScreenX, y: w.mozInnerScreenY, width: innerWidth, height: innerHeight };
  };
  const top = (await page.evaluate(where)) as Screen;
  const inner = (await card.evaluate(where)) as Screen;
  return { x: inner.x - top.x, y: inner.y - top.y, width: inner.width, height: inner.height };
}

/** Where `word` is in the editable element `selector` of `frame`, in its viewport. */
async function wordIn(frame: Frame, selector: string, word: string): Promise<Box> {
  return frame.$eval(
    selector,
    (root, wanted) => {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (
        let node = walker.nextNode() as Text | null;
        node;
        node = walker.nextNode() as Text | null
      ) {
        const at = node.data.indexOf(wanted);
        if (at === -1) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + wanted.length);
        const r = range.getBoundingClientRect();
        return { x: r.left, y: r.top, width: r.width, height: r.height };
      }
      throw new Error(`No “${wanted}”.`);
    },
    word,
  );
}

/**
 * Types the sentence into an editable element, clicks the word once Plainly
 * has underlined it, and checks the card: beside or below the word, clear of
 * its line, inside the window. Then clicks its first action with the mouse.
 */
async function clickCardOpen(
  page: Page,
  frame: Frame,
  selector: string,
  offset: { x: number; y: number },
): Promise<{ card: Frame; box: Box }> {
  await frame.click(selector);
  await page.keyboard.type(SENTENCE);
  await poll(
    () => frame.evaluate(() => CSS.highlights.get('plainly-jargon')?.size ?? 0),
    (n) => n > 0,
    `an underline on “${WORD}”`,
  );
  const word = await wordIn(frame, selector, WORD);
  await page.mouse.click(offset.x + word.x + word.width / 2, offset.y + word.y + word.height / 2);
  const card = (await poll(
    () => shownCard(page),
    (found) => found !== null,
    'the card',
  )) as Frame;
  // Unseen, the frame waits in the top left corner while the card measures
  // itself; Plainly never places it there (it keeps a margin).
  const box = await poll(
    () => cardBox(page, card),
    (b) => b.height > 0 && b.width > 0 && (b.x !== 0 || b.y !== 0),
    'the card placed',
  );
  const inPage = { ...word, x: word.x + offset.x, y: word.y + offset.y };
  const field = await frame.$eval(selector, (el) => {
    const r = el.getBoundingClientRect();
    return { x: r.left, width: r.width };
  });
  const line = { x: field.x + offset.x, y: inPage.y, width: field.width, height: word.height };
  expect(overlap(box, inPage)).toBe(false);
  expect(overlap(box, line)).toBe(false);
  const viewport = await page.evaluate(() => ({ width: innerWidth, height: innerHeight }));
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.y).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(viewport.width);
  expect(box.y + box.height).toBeLessThanOrEqual(viewport.height);
  return { card, box };
}

async function clickFirstAction(page: Page, card: Frame, box: Box): Promise<void> {
  const button = await card.evaluate(() => {
    const b = document.querySelector('.actions button') as HTMLElement;
    const r = b.getBoundingClientRect();
    return { text: b.textContent, x: r.left + r.width / 2, y: r.top + r.height / 2 };
  });
  expect(button.text).toBe(`Use “${BEST}”`);
  await page.mouse.click(box.x + button.x, box.y + button.y);
}

describe('Firefox', () => {
  it('opens the card beside a word in an editable area, clear of its line, and its first action works by mouse', async () => {
    const page = await firefox.newPage();
    await page.goto(server.url('editable.html'));
    const { card, box } = await clickCardOpen(page, page.mainFrame(), '#notes', { x: 0, y: 0 });
    await clickFirstAction(page, card, box);
    const text = () => page.$eval('#notes', (el) => el.textContent ?? '');
    await poll(text, (now) => now === SENTENCE.replace(WORD, BEST), 'the fix');
    await page.close();
  });

  it('draws the card of an editor in a frame in the top page, clear of the word, and its first action works by mouse', async () => {
    const page = await firefox.newPage();
    await page.goto(server.url('frame-editor.html'));
    await page.waitForSelector('body[data-ready="true"]');
    const element = await page.waitForSelector('#editor');
    const frame = (await element?.contentFrame()) as Frame;
    const offset = (await page.$eval('#editor', (el) => {
      const r = el.getBoundingClientRect();
      return { x: r.left + el.clientLeft, y: r.top + el.clientTop };
    })) as { x: number; y: number };
    const { card, box } = await clickCardOpen(page, frame, 'body', offset);
    // Drawn by the top page's Plainly, not inside the editor's frame.
    expect(card.parentFrame()).toBe(page.mainFrame());
    await clickFirstAction(page, card, box);
    const text = () => frame.$eval('body', (el) => el.textContent ?? '');
    await poll(text, (now) => now === SENTENCE.replace(WORD, BEST), 'the fix');
    await page.close();
  });

  it('checks as you write: the card for a finding by keyboard, a fix from it, and one Ctrl+Z undoes it', async () => {
    const page = await firefox.newPage();
    await page.goto(server.url('notes.html'));
    await page.focus('#notes');
    await page.keyboard.type(SENTENCE);
    const value = () => page.$eval('#notes', (el) => (el as HTMLTextAreaElement).value);
    expect(await value()).toBe(SENTENCE);

    // Caret inside the word, as a click would put it; Alt+Enter opens the card
    // once the word is found (until then it does nothing, not even a line break).
    const inside = SENTENCE.indexOf(WORD) + 3;
    const text = await poll(
      async () => {
        // Never a second Alt+Enter once the card is open: the key would go to the card.
        const open = await cardText(page);
        if (open !== '') return open;
        await page.$eval(
          '#notes',
          (el, at) => (el as HTMLTextAreaElement).setSelectionRange(at, at),
          inside,
        );
        await altEnter(page);
        // Give the card a moment before asking again (poll reads every 100 ms as well).
        await new Promise((done) => setTimeout(done, 300));
        return cardText(page);
      },
      (shown) => shown.includes(`“${WORD}”`),
      `the card for “${WORD}”`,
    );
    expect(text).toContain(`Use “${BEST}”`);
    expect(await value()).toBe(SENTENCE);
    // The card's frame takes focus a moment after it shows: Enter then chooses its first action.
    await poll(
      async () => {
        for (const frame of page.frames()) {
          const focused = await frame
            .evaluate(
              () =>
                document.querySelector('.card') !== null &&
                document.hasFocus() &&
                document.activeElement?.tagName === 'BUTTON',
            )
            .catch(() => false);
          if (focused) return true;
        }
        return false;
      },
      (focused) => focused,
      'the card to take focus',
    );
    await page.keyboard.press('Enter');
    const fixed = SENTENCE.replace(WORD, BEST);
    await poll(value, (text) => text === fixed, 'the fix');

    await page.focus('#notes');
    await page.keyboard.down('Control');
    await page.keyboard.press('z');
    await page.keyboard.up('Control');
    await poll(value, (text) => text === SENTENCE, 'the undo');
    await page.close();
  });

  it('reviews a page from the sidebar and highlights a finding without changing the page', async () => {
    const page = await firefox.newPage();
    const url = reviewHarness.url('article.html');
    await page.goto(url);
    const before = await page.evaluate(() => document.documentElement.outerHTML);

    const panel = await firefox.newPage();
    await firefox.openExtensionPage(panel, 'sidepanel.html');
    // The sidebar reviews the active tab; in a tab of its own it is told which one.
    const tabId = await panel.evaluate(async (want) => {
      const ext = (
        globalThis as unknown as {
          browser: { tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> } };
        }
      ).browser;
      return (await ext.tabs.query({})).find((tab) => tab.url === want)?.id;
    }, url);
    expect(tabId).toBeTypeOf('number');
    await firefox.openExtensionPage(panel, `sidepanel.html?tab=${tabId}`);

    await (await panel.waitForSelector('::-p-aria(Review this page[role="button"])'))?.click();
    await panel.waitForSelector('::-p-aria(Summary[role="heading"])');
    expect(await panel.$eval('main', (el) => (el as HTMLElement).innerText)).toContain(
      'Jargon: 1\n',
    );
    await (await panel.waitForSelector('::-p-aria(Show “co-production” in the page)'))?.click();
    const highlighted = await poll(
      () =>
        page.evaluate(() => {
          const highlight = CSS.highlights.get('plainly-review');
          return highlight ? [...highlight].map((range) => String(range)) : [];
        }),
      (found) => found.length > 0,
      'the highlight',
    );
    expect(highlighted).toEqual(['co-production']);
    expect(await page.evaluate(() => document.documentElement.outerHTML)).toBe(before);
    await panel.close();
    await page.close();
  });

  it('groups a term used ten times into one row in the sidebar, and Show next highlights each place', async () => {
    const page = await firefox.newPage();
    const url = reviewHarness.url('repeated.html');
    await page.goto(url);
    const panel = await firefox.newPage();
    await firefox.openExtensionPage(panel, 'sidepanel.html');
    const tabId = await panel.evaluate(async (want) => {
      const ext = (
        globalThis as unknown as {
          browser: { tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> } };
        }
      ).browser;
      return (await ext.tabs.query({})).find((tab) => tab.url === want)?.id;
    }, url);
    await firefox.openExtensionPage(panel, `sidepanel.html?tab=${tabId}`);
    await (await panel.waitForSelector('::-p-aria(Review this page[role="button"])'))?.click();
    await panel.waitForSelector('::-p-aria(Summary[role="heading"])');

    const rows = await panel.$$eval('li.finding', (items) =>
      items.map((item) => [
        item.querySelector('.finding__text')?.textContent ?? '',
        item.getAttribute('data-places'),
      ]),
    );
    expect(rows.filter(([title]) => /stakeholders/i.test(title ?? ''))).toEqual([
      ['“stakeholders”', '10'],
    ]);
    expect(rows.filter(([title]) => /co-production/i.test(title ?? ''))).toHaveLength(1);

    const paragraphOfHighlight = () =>
      page.evaluate(() =>
        [...(CSS.highlights.get('plainly-review') ?? [])].map(
          (range) =>
            `${String(range)} | ${(range as Range).startContainer.parentElement?.textContent}`,
        ),
      );
    for (let i = 1; i <= 3; i++) {
      await (await panel.waitForSelector('::-p-aria(Show next: “stakeholders”)'))?.click();
      await poll(
        paragraphOfHighlight,
        (found) =>
          found.length === 1 &&
          (found[0] ?? '').startsWith('stakeholders | ') &&
          (found[0] ?? '').endsWith(`Meeting ${i} was for all the stakeholders.`),
        `the highlight on place ${i}`,
      );
    }
    await poll(
      () => panel.$eval('li.finding [role="status"]', (el) => el.textContent ?? ''),
      (text) => /^Place 3 of 10, paragraph \d+\.$/.test(text),
      'the place to be announced',
    );
    // The words we used, from the background's builder, in Firefox too.
    await panel.waitForSelector('::-p-aria(Words we used (1)[role="heading"])');
    await panel.close();
    await page.close();
  });

  it.each([
    [
      'board-paper.docx',
      boardPaperDocx,
      [
        'The link text “click here” does not say where the link goes.',
        'A picture here has no alt text.',
        'Explain “co-production” the first time you use it',
      ],
    ],
    [
      'review.pdf',
      async () => taggedReviewPdf(),
      [
        'This heading is level 3 but the one before is level 1.',
        'A picture here has no alt text.',
        '“click here”, page 2',
      ],
    ],
  ] as const)('reads %s on the review page in its Web Worker', async (name, make, expected) => {
    const dir = await mkdtemp(join(tmpdir(), 'plainly-firefox-'));
    try {
      const file = join(dir, name);
      await writeFile(file, await make());
      const page = await firefox.newPage();
      await firefox.openExtensionPage(page, 'review.html');
      const input = await page.waitForSelector('input[type="file"]');
      await input?.uploadFile(file);
      await page.waitForSelector('::-p-aria(Ready to circulate?[role="heading"])');
      const text = await page.$eval('main', (el) => (el as HTMLElement).innerText);
      for (const words of expected) expect(text).toContain(words);
      await page.close();
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
