/**
 * The suggestion card where a person meets it, in a text area, an editable
 * area and TinyMCE (whose editing area is an iframe: the card is drawn in the
 * top page), at 100%, 200% and 400% zoom and on a screen 320 pixels wide:
 *
 * - it never covers the flagged word or its line, and is inside the viewport;
 * - its first action works with a real mouse click on the button and from
 *   the keyboard (Alt+Enter, Enter), and one Ctrl+Z undoes it;
 * - typing, clicking away and Escape each close it, and Escape puts focus
 *   back in the field with the caret where it was; a change the page makes
 *   itself does not close it, and a fix the change made stale is refused;
 * - axe-core finds nothing on it;
 * - a long check shows "Checking…" on the badge, said once to screen readers;
 * - an editor two frames deep has its card in the top page too; a frame from
 *   another site keeps its card inside itself.
 *
 * Zoom: a browser at 200% lays a page out in half as many CSS pixels, so a
 * 1280 × 720 window at 200% is a 640 × 360 viewport, and at 400% 320 × 180.
 * The tests set those viewports (page zoom through CSS `zoom` is not the
 * same thing: it leaves the viewport as it was).
 */
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Rect } from '../../../src/messaging/geometry';
import { overlaps } from '../../../src/dom/placement';
import { axeViolations } from '../axe';
import { builtInEntry } from '../review/helpers';
import { nextFrames, until } from '../waits';
import type { Box, FieldsWorld } from './helpers';
import {
  PLAINLY_ROOT,
  card,
  cardIsOpen,
  editorFrame,
  harnessText,
  inPlainlyWorld,
  inTopPage,
  openCardFrame,
  openHarness,
  personPause,
  startWorld,
  waitForMark,
  wordBox,
  wordPoint,
} from './helpers';

const SENTENCE = 'We asked the commissioners about it today.';
const WORD = 'commissioners';
const BEST = 'people who buy services';
const EDITORS = ['textarea', 'contenteditable', 'tinymce'] as const;
type Editor = (typeof EDITORS)[number];

const VIEWPORTS = [
  { name: '100% zoom (1280 × 720)', width: 1280, height: 720 },
  { name: '200% zoom (640 × 360 CSS pixels)', width: 640, height: 360 },
  { name: '400% zoom (320 × 180 CSS pixels)', width: 320, height: 180 },
  { name: 'a screen 320 pixels wide (320 × 640)', width: 320, height: 640 },
] as const;

const rect = (box: Box): Rect => ({
  left: box.x,
  top: box.y,
  width: box.width,
  height: box.height,
});

let world: FieldsWorld;

beforeAll(async () => {
  world = await startWorld();
});

afterAll(async () => {
  await world?.close();
});

/** The harness page for `name`, and the frame its field is in. */
async function open(name: string): Promise<{ page: Page; frame: Frame }> {
  const page = await openHarness(world, name);
  return { page, frame: await editorFrame(page, name) };
}

async function focusField(page: Page, frame: Frame, name: string): Promise<void> {
  if (name === 'tinymce') await frame.locator('body').click();
  else
    await page.evaluate(() =>
      (window as unknown as { harness: { root(): HTMLElement } }).harness.root().focus(),
    );
  await page.keyboard.press('Control+End');
}

/** The field's box in the top page. */
async function fieldBox(page: Page, frame: Frame): Promise<Box> {
  const box = await frame.evaluate(() => {
    const api =
      (window as unknown as { harness?: { root(): Element } }).harness ??
      (window.parent as unknown as { harness: { root(): Element } }).harness;
    const r = api.root().getBoundingClientRect();
    return { x: r.left, y: r.top, width: r.width, height: r.height };
  });
  return inTopPage(page, frame, box);
}

/** Scrolls the top page (as a person would) so the word is a third of the way down. */
async function bringIntoView(page: Page, frame: Frame): Promise<void> {
  const { height } = page.viewportSize() ?? { height: 720 };
  const box = await wordBox(page, frame, WORD);
  if (box.y >= height * 0.2 && box.y + box.height <= height * 0.8) return;
  await page.evaluate((dy) => window.scrollBy(0, dy), box.y - height / 3);
  await nextFrames(page.mainFrame());
  await nextFrames(frame);
}

/**
 * The frame of the card on show, once Plainly has placed it and it has
 * settled (the same box two frames apart: a scroll the click caused may move
 * it after it is first shown), and its box in the top page.
 */
async function placedCard(page: Page): Promise<{ frame: Frame; box: Box }> {
  const frame = await openCardFrame(page);
  const element = await frame.frameElement();
  const read = async (): Promise<Box | null> => {
    const shown = await element.evaluate(
      (node) => getComputedStyle(node as Element).visibility === 'visible',
    );
    const box = shown ? await element.boundingBox() : null;
    return box !== null && box.height > 0 ? box : null;
  };
  const box = await until(
    async () => {
      const first = await read();
      await nextFrames(page.mainFrame());
      const second = await read();
      return first !== null && JSON.stringify(first) === JSON.stringify(second) ? second : null;
    },
    (settled) => settled !== null,
    'the card to be placed',
  );
  return { frame, box: box as Box };
}

/** The card covers neither the word nor its line across the field, and is inside the viewport. */
async function expectClearOfWord(page: Page, frame: Frame, box: Box): Promise<void> {
  const word = await wordBox(page, frame, WORD);
  const field = await fieldBox(page, frame);
  const line = { x: field.x, y: word.y, width: field.width, height: word.height };
  const viewport = page.viewportSize() ?? { width: 0, height: 0 };
  expect(overlaps(rect(box), rect(word)), 'the card covers the word').toBe(false);
  expect(overlaps(rect(box), rect(line)), 'the card covers the word’s line').toBe(false);
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.y).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(viewport.width);
  expect(box.y + box.height).toBeLessThanOrEqual(viewport.height);
}

/**
 * Clicks the card's first action with the mouse, at the button's centre. A
 * card with little room scrolls inside itself: it is scrolled to show the
 * button first, as a person would.
 */
async function clickFirstAction(page: Page, frame: Frame, box: Box): Promise<void> {
  const button = frame.locator('.actions button').first();
  expect(await button.textContent()).toBe(`Use “${BEST}”`);
  const centre = await button.evaluate((b) => {
    const scroller = b.closest('.card') as HTMLElement;
    const outer = scroller.getBoundingClientRect();
    const inner = b.getBoundingClientRect();
    if (inner.bottom > outer.bottom || inner.top < outer.top)
      scroller.scrollTop += inner.top - outer.top - 4;
    const now = b.getBoundingClientRect();
    return { x: now.left + now.width / 2, y: now.top + now.height / 2 };
  });
  await page.mouse.click(box.x + centre.x, box.y + centre.y);
}

/** Where the caret is in the field, as an offset into its text. */
async function caretOffset(frame: Frame): Promise<number> {
  return frame.evaluate(() => {
    const api =
      (window as unknown as { harness?: { root(): Element } }).harness ??
      (window.parent as unknown as { harness: { root(): Element } }).harness;
    const root = api.root();
    if (root instanceof HTMLTextAreaElement || root instanceof HTMLInputElement)
      return root.selectionStart ?? -1;
    const selection = document.getSelection();
    if (selection === null || selection.focusNode === null) return -1;
    const range = document.createRange();
    range.setStart(root, 0);
    range.setEnd(selection.focusNode, selection.focusOffset);
    return range.toString().length;
  });
}

/** Whether the field has focus: its document does, and it is the active element there. */
async function fieldHasFocus(frame: Frame): Promise<boolean> {
  return frame.evaluate(() => {
    const api =
      (window as unknown as { harness?: { root(): Element } }).harness ??
      (window.parent as unknown as { harness: { root(): Element } }).harness;
    // Not only the active element: a frame's body is that even when nothing in it has focus.
    return document.hasFocus() && api.root().matches(':focus-within');
  });
}

/** Opens the card on the word with a real click, as a person would. */
async function clickWord(page: Page, frame: Frame): Promise<void> {
  const point = await wordPoint(page, frame, WORD);
  await page.mouse.click(point.x, point.y);
  await card(page).waitFor();
}

async function typeSentence(page: Page, frame: Frame, name: string): Promise<void> {
  await focusField(page, frame, name);
  await page.keyboard.type(SENTENCE);
  await waitForMark(frame, WORD);
}

describe.each(EDITORS)('the card in %s', (name: Editor) => {
  it.each(VIEWPORTS)(
    'at $name: beside or below the word, never on its line, inside the viewport; its first action works by mouse and keyboard, and Ctrl+Z undoes it',
    async ({ width, height }) => {
      const { page, frame } = await open(name);
      await page.setViewportSize({ width, height });
      await typeSentence(page, frame, name);
      const original = await harnessText(page);
      const fixed = original.replace(WORD, BEST);

      // By mouse: click the word, then the first action.
      await bringIntoView(page, frame);
      await clickWord(page, frame);
      let shown = await placedCard(page);
      // TinyMCE's card is drawn in the top page, not in the editor's own frame.
      expect(shown.frame.parentFrame()).toBe(page.mainFrame());
      await expectClearOfWord(page, frame, shown.box);
      await clickFirstAction(page, shown.frame, shown.box);
      await expect.poll(() => harnessText(page)).toBe(fixed);
      await card(page).waitFor({ state: 'detached' });
      await personPause(300);
      await page.keyboard.press('Control+z');
      await expect.poll(() => harnessText(page)).toBe(original);

      // By keyboard: the caret in the word, Alt+Enter, Enter.
      await waitForMark(frame, WORD);
      await bringIntoView(page, frame);
      await clickWord(page, frame);
      await page.keyboard.press('Alt+Enter');
      await card(page).waitForFocus();
      shown = await placedCard(page);
      await expectClearOfWord(page, frame, shown.box);
      await page.keyboard.press('Enter');
      await expect.poll(() => harnessText(page)).toBe(fixed);
      await personPause(300);
      await page.keyboard.press('Control+z');
      await expect.poll(() => harnessText(page)).toBe(original);
      await page.close();
    },
  );

  it('closes when you type, click away or press Escape; after Escape, focus is back in the field with the caret where it was', async () => {
    const { page, frame } = await open(name);
    await typeSentence(page, frame, name);

    // Typing closes it; what you typed goes in the field, which keeps focus.
    await clickWord(page, frame);
    const caret = await caretOffset(frame);
    await page.keyboard.type('x');
    await card(page).waitFor({ state: 'detached' });
    expect(await fieldHasFocus(frame)).toBe(true);
    const typed = await harnessText(page);
    expect(typed.slice(caret, caret + 1)).toBe('x');
    await page.keyboard.press('Backspace');
    await expect.poll(() => harnessText(page)).toBe(SENTENCE);

    // A click away closes it.
    await waitForMark(frame, WORD);
    await clickWord(page, frame);
    await page.locator('h1').click();
    await card(page).waitFor({ state: 'detached' });

    // Escape with the card opened by mouse: focus never left the field.
    await clickWord(page, frame);
    const before = await caretOffset(frame);
    await page.keyboard.press('Escape');
    await card(page).waitFor({ state: 'detached' });
    expect(await fieldHasFocus(frame)).toBe(true);
    expect(await caretOffset(frame)).toBe(before);

    // Escape in a card opened from the keyboard: focus comes back from the card.
    await page.keyboard.press('Alt+Enter');
    await card(page).waitForFocus();
    expect(await fieldHasFocus(frame)).toBe(false);
    await page.keyboard.press('Escape');
    await card(page).waitFor({ state: 'detached' });
    await expect.poll(() => fieldHasFocus(frame)).toBe(true);
    expect(await caretOffset(frame)).toBe(before);
    await page.keyboard.type('Q');
    const text = await harnessText(page);
    expect(text).toBe(`${SENTENCE.slice(0, before)}Q${SENTENCE.slice(before)}`);
    await page.close();
  });
});

describe.each(['textarea', 'contenteditable'] as const)('a stale fix in %s', (name) => {
  it('is refused when the page itself changed the words while the card was open: nothing is overwritten', async () => {
    const { page, frame } = await open(name);
    await typeSentence(page, frame, name);
    await clickWord(page, frame);
    // The page changes the flagged word by script (no typing): the card stays open.
    await page.evaluate(() => {
      const root = (window as unknown as { harness: { root(): HTMLElement } }).harness.root();
      if (root instanceof HTMLTextAreaElement)
        root.value = root.value.replace('commiss', 'commisX');
      else {
        const text = root.firstChild?.firstChild ?? root.firstChild;
        if (text instanceof Text) text.data = text.data.replace('commiss', 'commisX');
      }
    });
    const changed = await harnessText(page);
    expect(changed).toContain('commisXioners');
    await card(page)
      .getByRole('button', { name: `Use “${BEST}”` })
      .click();
    await expect
      .poll(() => card(page).innerText())
      .toContain('Your text has changed since Plainly checked it, so nothing was changed.');
    expect(await harnessText(page)).toBe(changed);
    await page.close();
  });
});

describe('the card and the badge for an editor in a frame', () => {
  it('shows TinyMCE’s card in the top page with the glossary’s tip for the writer and no axe-core violations, and its badge there, outside the editor, not cut off', async () => {
    const { page, frame } = await open('tinymce');
    await typeSentence(page, frame, 'tinymce');
    const badge = async () =>
      inPlainlyWorld<{ text: string; box: Box } | null>(
        page.mainFrame(),
        `(() => {
          const badge = ${PLAINLY_ROOT}?.querySelector('.badge');
          if (badge == null || getComputedStyle(badge).visibility !== 'visible') return null;
          const r = badge.getBoundingClientRect();
          return { text: badge.textContent, box: { x: r.left, y: r.top, width: r.width, height: r.height } };
        })()`,
        null,
      );
    await expect.poll(async () => (await badge())?.text ?? '').toMatch(/^1 thing to look at/);
    const shown = (await badge()) as { text: string; box: Box };
    const editor = await (await frame.frameElement()).boundingBox();
    const viewport = page.viewportSize() ?? { width: 0, height: 0 };
    expect(editor).not.toBeNull();
    // Just below the editing area, inside the window.
    expect(shown.box.y).toBeGreaterThanOrEqual((editor?.y ?? 0) + (editor?.height ?? 0));
    expect(shown.box.y + shown.box.height).toBeLessThanOrEqual(viewport.height);
    expect(shown.box.x + shown.box.width).toBeLessThanOrEqual(viewport.width);

    await clickWord(page, frame);
    await page.keyboard.press('Alt+Enter');
    await card(page).waitForFocus();
    const { frame: cardFrame } = await placedCard(page);
    expect(cardFrame.parentFrame()).toBe(page.mainFrame());
    await cardFrame.getByRole('dialog', { name: `“${WORD}”` }).waitFor();
    const tip = await cardFrame.locator('p', { hasText: 'Tip:' }).innerText();
    expect(tip).toBe(`Tip: ${builtInEntry('commissioner').advice}`);
    expect(await axeViolations(cardFrame)).toEqual([]);
    await page.close();
  });

  it('draws the card of an editor two frames deep in the top page, clear of the word, and its first action works', async () => {
    const page = await openHarness(world, 'nested');
    const outer = await (await page.waitForSelector('#outer')).contentFrame();
    if (outer === null) throw new Error('No outer frame.');
    await outer.waitForSelector('body[data-ready="true"]');
    const frame = await (
      await outer.waitForSelector('iframe.tox-edit-area__iframe, .tox-edit-area iframe')
    ).contentFrame();
    if (frame === null) throw new Error('No editing frame.');
    await frame.locator('body').click();
    await page.keyboard.type(SENTENCE);
    await waitForMark(frame, WORD);
    await clickWord(page, frame);
    const shown = await placedCard(page);
    expect(shown.frame.parentFrame()).toBe(page.mainFrame());
    await expectClearOfWord(page, frame, shown.box);
    await clickFirstAction(page, shown.frame, shown.box);
    const text = () => frame.evaluate(() => document.body.textContent ?? '');
    await expect.poll(text).toBe(SENTENCE.replace(WORD, BEST));
    await page.close();
  });

  it('keeps the card of a frame from another site inside that frame', async () => {
    const page = await openHarness(world, 'cross');
    const frame = await (await page.waitForSelector('#cross')).contentFrame();
    if (frame === null) throw new Error('No frame.');
    await frame.waitForSelector('body[data-ready="true"]');
    await frame.locator('#field').click();
    await page.keyboard.type(SENTENCE);
    await waitForMark(frame, WORD);
    await clickWord(page, frame);
    const shown = await placedCard(page);
    expect(shown.frame.parentFrame()).toBe(frame);
    // Nothing of Plainly's is drawn in the top page for it.
    expect(await page.evaluate(() => document.querySelectorAll('plainly-ui').length)).toBe(0);
    await page.keyboard.press('Escape');
    await card(page).waitFor({ state: 'detached' });
    await page.close();
  });
});

/**
 * Holds the background's check queue between its steps, so a check cannot
 * finish until the test lets it (a stand-in for a long check).
 */
function checkQueue(): { hold(): Promise<void>; release(): Promise<void> } {
  const worker = world.browser.context.serviceWorkers()[0] ?? world.browser.serviceWorker;
  return {
    hold: () =>
      worker.evaluate(() => {
        const g = globalThis as unknown as {
          __held?: (() => void)[];
          __realTimeout?: typeof setTimeout;
          setTimeout: typeof setTimeout;
        };
        g.__held = [];
        g.__realTimeout ??= g.setTimeout;
        g.setTimeout = ((run: () => void, ms?: number) => {
          if ((ms ?? 0) === 0) {
            g.__held?.push(run);
            return 0;
          }
          return (g.__realTimeout as typeof setTimeout)(run, ms);
        }) as typeof setTimeout;
      }),
    release: () =>
      worker.evaluate(() => {
        const g = globalThis as unknown as {
          __held?: (() => void)[];
          __realTimeout?: typeof setTimeout;
          setTimeout: typeof setTimeout;
        };
        if (g.__realTimeout !== undefined) g.setTimeout = g.__realTimeout;
        for (const run of g.__held?.splice(0) ?? []) run();
      }),
  };
}

describe('a long check', () => {
  it('says "Checking…" on the badge while it runs, and to screen readers once, not at every key', async () => {
    const { page } = await open('textarea');
    const { hold, release } = checkQueue();
    // Everything Plainly says and shows, as it happens, from Plainly's own world.
    await page.locator('#field').click();
    await page.keyboard.type('We met.');
    await expect
      .poll(() =>
        inPlainlyWorld(page.mainFrame(), `${PLAINLY_ROOT}?.querySelector('.badge') != null`, false),
      )
      .toBe(true);
    await inPlainlyWorld(
      page.mainFrame(),
      `(() => {
        const root = ${PLAINLY_ROOT};
        globalThis.__said = [];
        globalThis.__badges = [];
        let last = '';
        new MutationObserver(() => {
          const live = root.querySelector('.live')?.textContent ?? '';
          if (live !== '' && live !== last) globalThis.__said.push(live);
          last = live;
          const badge = root.querySelector('.badge')?.textContent ?? '';
          if (globalThis.__badges.at(-1) !== badge) globalThis.__badges.push(badge);
        }).observe(root, { subtree: true, childList: true, characterData: true });
        return true;
      })()`,
      false,
    );
    const badges = () => inPlainlyWorld<string[]>(page.mainFrame(), 'globalThis.__badges', []);
    const said = () => inPlainlyWorld<string[]>(page.mainFrame(), 'globalThis.__said', []);
    try {
      for (const words of [' The commissioners met.', ' The reablement plan.']) {
        await hold();
        await page.keyboard.type(words);
        await expect.poll(async () => (await badges()).at(-1)).toBe('Checking…');
        await release();
        await expect.poll(async () => (await badges()).at(-1)).toMatch(/things? to look at/);
      }
    } finally {
      await release();
    }
    expect(await said()).toEqual(['Plainly is checking this text.']);
    await page.close();
  });
});

describe.each(['textarea', 'contenteditable'] as const)(
  'Alt+Enter straight after typing, in %s',
  (name) => {
    it('waits for the check: the key adds no line break, and the card opens at the caret once the words are checked', async () => {
      const { page, frame } = await open(name);
      const { hold, release } = checkQueue();
      await focusField(page, frame, name);
      // Plainly is running in the field (its first check is back) before the queue is held.
      await page.keyboard.type('We asked the');
      await expect
        .poll(() =>
          inPlainlyWorld(
            page.mainFrame(),
            `${PLAINLY_ROOT}?.querySelector('.badge') != null`,
            false,
          ),
        )
        .toBe(true);
      await hold();
      try {
        // The caret is at the end of the word when the key comes; no check is back yet.
        await page.keyboard.type(' commissioners');
        await page.keyboard.press('Alt+Enter');
        expect(await harnessText(page)).toBe('We asked the commissioners');
        expect(await cardIsOpen(page)).toBe(false);
      } finally {
        await release();
      }
      await card(page).waitForFocus();
      await page.keyboard.press('Enter');
      await expect.poll(() => harnessText(page)).toBe(`We asked the ${BEST}`);

      // Nothing to change at the caret once the words are checked: Plainly says so.
      await card(page).waitFor({ state: 'detached' });
      await hold();
      try {
        await page.keyboard.type(' today');
        await page.keyboard.press('Alt+Enter');
      } finally {
        await release();
      }
      await expect
        .poll(() =>
          inPlainlyWorld(
            page.mainFrame(),
            `${PLAINLY_ROOT}?.querySelector('.live')?.textContent`,
            '',
          ),
        )
        .toBe('Plainly has no suggestion here.');
      expect(await harnessText(page)).toBe(`We asked the ${BEST} today`);
      expect(await cardIsOpen(page)).toBe(false);

      // Focus left the field before the check came back: no card takes it away.
      await hold();
      try {
        await page.keyboard.type(' with the commissioners');
        await page.keyboard.press('Alt+Enter');
        await page.locator('h1').click();
      } finally {
        await release();
      }
      await waitForMark(frame, WORD);
      expect(await cardIsOpen(page)).toBe(false);
      await page.close();
    });
  },
);

describe('the card is not left open', () => {
  it('closes when the page is clicked while a card opened from the keyboard has focus', async () => {
    const { page, frame } = await open('contenteditable');
    await typeSentence(page, frame, 'contenteditable');
    await clickWord(page, frame);
    await page.keyboard.press('Alt+Enter');
    await card(page).waitForFocus();
    await page.locator('h1').click();
    await expect.poll(() => cardIsOpen(page)).toBe(false);
    await page.close();
  });
});
