/**
 * The seven browser tests of checking as you write, run the same way on every editor:
 * 1 underline, 2 zero footprint, 3 apply by mouse and keyboard + undo +
 * persistence, 4 text typed after checking is never overwritten (typing closes
 * the card; a fix the page made stale is refused in test/e2e/fields/card.test.ts),
 * 5 sensitive fields are never read, 6 no typed text in any network request,
 * 7 IME composition untouched.
 */
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nextFrames } from '../waits';
import type { FieldsWorld } from './helpers';
import {
  PLAINLY_ROOT,
  card,
  editorFrame,
  harnessText,
  inPlainlyWorld,
  marks,
  messageLog,
  openHarness,
  serialize,
  personPause,
  setSettings,
  startWorld,
  waitForCheckOf,
  waitForMark,
  waitForText,
  wordPoint,
} from './helpers';

/** Every typed string carries this, so the network check can look for it. */
export const CANARY = 'Zqx7canary';
const SENTENCE = `We asked the commissioners about ${CANARY} today.`;
const WORD = 'commissioners';
const BEST = 'people who buy services';

async function focusEnd(page: Page, frame: Frame, name: string): Promise<void> {
  if (name === 'tinymce') await frame.locator('body').click();
  else
    await page.evaluate(() =>
      (window as unknown as { harness: { root(): HTMLElement } }).harness.root().focus(),
    );
  await page.keyboard.press('Control+End');
  if (name === 'input' || name === 'textarea') await page.keyboard.press('End');
}

async function typeFresh(page: Page, frame: Frame, name: string, text: string): Promise<void> {
  await focusEnd(page, frame, name);
  await page.keyboard.type(text);
}

export function describeEditor(name: string): void {
  describe(`checking as you write in ${name}`, () => {
    let world: FieldsWorld;

    beforeAll(async () => {
      world = await startWorld();
    });

    afterAll(async () => {
      await world?.close();
    });

    async function fresh(): Promise<{ page: Page; frame: Frame }> {
      const page = await openHarness(world, name);
      const frame = await editorFrame(page, name);
      return { page, frame };
    }

    it('1: underlines jargon typed into the field', async () => {
      const { page, frame } = await fresh();
      await typeFresh(page, frame, name, SENTENCE);
      await waitForMark(frame, WORD);
      // The jargon, nothing else (the sentence is short enough to read easily).
      expect(await marks(frame)).toEqual([WORD]);
      await page.close();
    });

    it('2: makes no change to the editor while drawing and opening the card, and its content is the same with Plainly off', async () => {
      const { page, frame } = await fresh();
      await typeFresh(page, frame, name, SENTENCE);
      // Observe from before the underlines are drawn.
      await frame.evaluate(() => {
        const api =
          (window as unknown as { harness?: { root(): Element } }).harness ??
          (window.parent as unknown as { harness: { root(): Element } }).harness;
        const w = window as unknown as { __mutations: string[] };
        w.__mutations = [];
        new MutationObserver((records) => {
          for (const r of records) {
            const now =
              r.type === 'attributes'
                ? (r.target as Element).getAttribute(r.attributeName ?? '')
                : null;
            // ProseMirror writes its root's class again, unchanged, after the
            // user's click moves the selection: the editor's own no-op, not a change.
            if (r.type === 'attributes' && now === r.oldValue) continue;
            w.__mutations.push(
              `${r.type} ${r.attributeName ?? ''} ${(r.target as Element).nodeName} ${r.oldValue ?? ''} -> ${now ?? ''}`,
            );
          }
        }).observe(api.root(), {
          subtree: true,
          childList: true,
          characterData: true,
          attributes: true,
          attributeOldValue: true,
        });
      });
      await waitForMark(frame, WORD);
      const point = await wordPoint(page, frame, WORD);
      await page.mouse.click(point.x, point.y);
      await card(page).waitFor();
      await page.keyboard.press('Escape');
      await card(page).waitFor({ state: 'detached' });
      // Anything Plainly does as the card closes has been drawn by now.
      await nextFrames(frame);
      const mutations = await frame.evaluate(
        () => (window as unknown as { __mutations: string[] }).__mutations,
      );
      expect(mutations).toEqual([]);
      const withPlainly = await serialize(page);
      await page.close();

      await setSettings(world.browser, { disabledSites: ['127.0.0.1'] });
      try {
        const off = await fresh();
        // A site switched off: nothing of Plainly's in the document at all.
        await off.frame.evaluate(() => {
          const w = window as unknown as { __all: number };
          w.__all = 0;
          new MutationObserver((records) => {
            for (const r of records) {
              const nodes = [...r.addedNodes, ...r.removedNodes];
              if (nodes.some((n) => n.nodeName === 'PLAINLY-UI')) w.__all++;
            }
          }).observe(document, { subtree: true, childList: true });
        });
        await typeFresh(off.page, off.frame, name, SENTENCE);
        // The same page on another host, where Plainly is on, typed into after
        // it: once that is underlined, any check of the page switched off
        // would have been due already.
        const on = await world.browser.context.newPage();
        await on.goto(world.server.url(`${name}.html`).replace('127.0.0.1', 'localhost'));
        await on.waitForSelector('body[data-ready="true"]');
        const onFrame = await editorFrame(on, name);
        await typeFresh(on, onFrame, name, SENTENCE);
        await waitForMark(onFrame, WORD);
        await on.close();
        expect(await marks(off.frame)).toEqual([]);
        expect(
          await off.frame.evaluate(() => ({
            hosts: document.querySelectorAll('plainly-ui').length,
            added: (window as unknown as { __all: number }).__all,
            sheets: document.adoptedStyleSheets.length,
          })),
        ).toEqual({ hosts: 0, added: 0, sheets: 0 });
        expect(await serialize(off.page)).toBe(withPlainly);
        await off.page.close();
      } finally {
        await setSettings(world.browser, {});
      }
    });

    it('3: applies a fix by mouse and by keyboard, changing only the flagged words; one Ctrl+Z undoes it; the editor keeps it', async () => {
      const { page, frame } = await fresh();
      await typeFresh(page, frame, name, SENTENCE);
      await waitForMark(frame, WORD);
      const original = await harnessText(page);
      const fixed = original.replace(WORD, BEST);

      // By mouse: click the word, then the suggestion.
      let point = await wordPoint(page, frame, WORD);
      await page.mouse.click(point.x, point.y);
      await card(page)
        .getByRole('button', { name: `Use “${BEST}”` })
        .click();
      await waitForText(page, fixed);

      // One Ctrl+Z puts the original back. A person takes a moment before
      // pressing it; Lexical records its undo step just after the change shows.
      await personPause(300);
      await page.keyboard.press('Control+z');
      await expect.poll(() => harnessText(page)).toBe(original);

      // By keyboard: caret in the word, Alt+Enter, Enter.
      await waitForMark(frame, WORD);
      point = await wordPoint(page, frame, WORD);
      await page.mouse.click(point.x, point.y);
      await page.keyboard.press('Alt+Enter');
      await card(page).waitForFocus();
      await page.keyboard.press('Enter');
      await waitForText(page, fixed);

      // Typing more and leaving the field: the editor's own content keeps the change.
      await focusEnd(page, frame, name);
      await page.keyboard.type(' More');
      await page.locator('#elsewhere').click();
      // Quill's getSemanticHTML writes every space as &nbsp; (with or without Plainly).
      const saved = async () => (await serialize(page)).replace(/&nbsp;|\u00a0/g, ' ');
      // The fix and the words typed after it are both in what the editor saves.
      await expect.poll(saved).toMatch(new RegExp(`${BEST}[^]*More`));
      expect(await saved()).not.toContain(WORD);
      await page.close();
    });

    it('4: never overwrites text typed after checking: typing closes the card, and the next fix lands on the words where they now are', async () => {
      const { page, frame } = await fresh();
      await typeFresh(page, frame, name, SENTENCE);
      await waitForMark(frame, WORD);
      let point = await wordPoint(page, frame, WORD);
      await page.mouse.click(point.x, point.y);
      await card(page)
        .getByRole('button', { name: `Use “${BEST}”` })
        .waitFor();
      // Type at the start while the card is open: the card closes, the text is as typed.
      await page.keyboard.press('Control+Home');
      if (name === 'input' || name === 'textarea') await page.keyboard.press('Home');
      await page.keyboard.type('Yes. ');
      await card(page).waitFor({ state: 'detached' });
      await expect.poll(() => harnessText(page)).toBe(`Yes. ${SENTENCE}`);

      // Checked again: the fix goes where the words are now.
      await waitForCheckOf(world.browser, `Yes. ${SENTENCE}`);
      await waitForMark(frame, WORD);
      point = await wordPoint(page, frame, WORD);
      await page.mouse.click(point.x, point.y);
      await card(page)
        .getByRole('button', { name: `Use “${BEST}”` })
        .click();
      // Quill applies a fix about 1 s after the last key (src/dom/editor-quirks.ts).
      await waitForText(page, `Yes. ${SENTENCE.replace(WORD, BEST)}`);
      await page.close();
    });

    it('5: never reads password or card fields (no underline, no message with their text)', async () => {
      const { page, frame } = await fresh();
      await page.evaluate(() => {
        (document.getElementById('shown') as HTMLInputElement).type = 'text';
      });
      for (const id of ['pw', 'shown', 'cc', 'ccname', 'otp', 'np', 'off']) {
        await page.locator(`#${id}`).click();
        await page.keyboard.type(`commissioners secret${id}${CANARY}`);
      }
      await typeFresh(page, frame, name, SENTENCE);
      // The sensitive fields were typed into first, so any check of them was
      // due before the editor's: once the editor is checked, they would be too.
      await waitForMark(frame, WORD);
      await waitForCheckOf(world.browser, SENTENCE);
      // The only underlines on the page are the editor's (TinyMCE's are in its own frame).
      const all = await marks(page.mainFrame());
      expect(all).toEqual(frame === page.mainFrame() ? [WORD] : []);
      const log = await messageLog(world.browser);
      expect(log.filter((m) => m.includes('secret'))).toEqual([]);
      // The field itself was checked, so the log is working.
      expect(log.some((m) => m.includes('checkField') && m.includes(CANARY))).toBe(true);
      await page.close();
    });

    it('7: leaves IME composition alone: no change to the page or the selection, no check until it ends', async () => {
      const { page, frame } = await fresh();
      await typeFresh(page, frame, name, SENTENCE);
      await waitForMark(frame, WORD);
      await focusEnd(page, frame, name);
      // Inside Plainly's closed shadow root, watched from Plainly's own world.
      await inPlainlyWorld(
        frame,
        `(() => {
          const root = ${PLAINLY_ROOT};
          globalThis.__plainlyTestWhat = [];
          if (root !== null)
            new MutationObserver((records) => {
              for (const r of records)
                globalThis.__plainlyTestWhat.push(
                  r.type + ' ' + (r.attributeName ?? '') + ' ' + (r.target.className ?? r.target.nodeName),
                );
            }).observe(root, { subtree: true, childList: true, attributes: true, characterData: true });
          return true;
        })()`,
        false,
      );
      const hasHost = await frame.evaluate(() => {
        const w = window as unknown as { __ours: number };
        w.__ours = 0;
        const host = document.querySelector('plainly-ui');
        const observer = new MutationObserver((records) => {
          w.__ours += records.length;
          (w as unknown as { __what: string[] }).__what = records.map(
            (r) =>
              `${r.type} ${r.attributeName ?? ''} ${(r.target as Element).className ?? r.target.nodeName}`,
          );
        });
        if (host) observer.observe(host, { attributes: true });
        new MutationObserver((records) => {
          for (const r of records)
            if ([...r.addedNodes, ...r.removedNodes].some((n) => n.nodeName === 'PLAINLY-UI'))
              w.__ours++;
        }).observe(document.documentElement, { childList: true });
        return host !== null;
      });
      // Text areas and inputs are drawn in Plainly's element; editors with highlights may have none.
      if (name === 'textarea' || name === 'input') expect(hasHost).toBe(true);
      const before = (await messageLog(world.browser)).length;
      const cdp = await page.context().newCDPSession(page);
      const steps = ['k', 'こ', 'こn', 'こに', 'こにち', 'こにちh', 'こにちは'];
      const carets: number[] = [];
      for (const text of steps) {
        await cdp.send('Input.imeSetComposition', {
          text,
          selectionStart: text.length,
          selectionEnd: text.length,
        });
        await nextFrames(frame);
        carets.push(
          await frame.evaluate(() => {
            const active = document.activeElement;
            if (active instanceof HTMLTextAreaElement || active instanceof HTMLInputElement)
              return active.selectionEnd ?? -1;
            const s = document.getSelection();
            return s?.focusOffset ?? -1;
          }),
        );
      }
      // Nothing was redrawn while composing.
      expect(
        await frame.evaluate(() => (window as unknown as { __what?: string[] }).__what ?? []),
      ).toEqual([]);
      expect(await inPlainlyWorld(frame, 'globalThis.__plainlyTestWhat ?? []', [])).toEqual([]);
      expect(await frame.evaluate(() => (window as unknown as { __ours: number }).__ours)).toBe(0);
      await cdp.send('Input.insertText', { text: 'こにちは' });
      await expect.poll(() => harnessText(page)).toContain(`${SENTENCE}こにちは`);
      // Nothing was checked while composing: the first check after it began
      // is of the finished text (a check during composition would come first).
      const log = await waitForCheckOf(world.browser, `${SENTENCE}こにちは`);
      const checks = log.slice(before).filter((m) => m.includes('"checkField"'));
      expect(checks.filter((m) => !m.includes(`${SENTENCE}こにちは`))).toEqual([]);
      // The caret followed the composition each time (nobody else moved it).
      expect(carets.every((c, i) => i === 0 || c >= (carets[i - 1] ?? 0))).toBe(true);
      await cdp.detach();
      await page.close();
    });

    it('6: sends no text typed in any field over the network (every request of this file recorded)', () => {
      expect(world.requests.length).toBeGreaterThan(0);
      const leaks = world.requests.filter((r) =>
        `${r.url} ${r.body} ${r.headers}`.includes(CANARY),
      );
      expect(leaks).toEqual([]);
    });
  });
}
