/**
 * Plainly against hostile pages, in real Chromium with the built extension.
 * Each page in ./pages attacks one way, with its own script:
 *
 * - grab: submits every form, clicks every button, fires events at and
 *   posts to everything of Plainly's it can find, ten times a second;
 * - focus: keeps trying to move focus into the card, so the user's next key
 *   would press one of its buttons;
 * - clickjack: stretches Plainly's element over the page, makes it
 *   see-through, and moves it into an invisible box;
 * - reader: keeps a copy of everything Plainly adds that it can read;
 * - shout: 99,000 characters of capitals, re-checked every 3 s, while
 *   another tab checks;
 * - replay: replays the content script's start-up signal and sprays
 *   messages and events at whatever listens.
 *
 * After each: no proposal stored, settings unchanged, Plainly still on, and
 * nothing the page could read about the glossary beyond the underlines.
 */
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GlossarySnapshot } from '../../../src/messaging/glossary';
import type { Proposal } from '../../../src/glossary/proposals';
import { entry } from '../../helpers';
import type { ExtensionBrowser, StaticServer } from '../browser';
import { launchExtension, startStaticServer } from '../browser';
import {
  PLAINLY_ROOT,
  card,
  inPlainlyWorld,
  marks,
  openCard,
  openCardFrame,
  waitForMark,
  wordPoint,
} from '../fields/helpers';
import { message } from '../glossary/helpers';
import { nextFrames } from '../waits';

/** Every typed string carries this, so the network check can look for it. */
const CANARY = 'Qv9hostilecanary';
const SECRET = {
  id: 'zq-secret-entry',
  definition: 'Zq secret: what a private feed says it means.',
  easyRead: 'Zq secret easy read sentence.',
  alternative: 'zq shared care',
};

let browser: ExtensionBrowser;
let server: StaticServer;
let admin: Page;
const requests: string[] = [];

/** What a hostile page must not change: the user's settings and the stored proposals. */
async function state(): Promise<{ settings: unknown; proposals: number }> {
  const worker = browser.context.serviceWorkers()[0] ?? browser.serviceWorker;
  const settings = await worker.evaluate(
    async () =>
      (
        await (
          globalThis as unknown as {
            chrome: { storage: { local: { get(k: string): Promise<Record<string, unknown>> } } };
          }
        ).chrome.storage.local.get('settings')
      ).settings ?? null,
  );
  const proposals = (await message<Proposal[]>(admin, 'listProposals')).length;
  return { settings, proposals };
}

async function openPage(name: string, query = ''): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(server.url(`${name}.html${query}`));
  return page;
}

/** Types a sentence with `word` in it and opens the card on it with a real click, as a person would. */
async function openCardOn(page: Page, word: string, sentence: string): Promise<void> {
  await page.locator('#field').click();
  await page.keyboard.type(sentence);
  await waitForMark(page.mainFrame(), word);
  const point = await wordPoint(page, page.mainFrame(), word);
  await page.mouse.click(point.x, point.y);
  await openCard(page);
}

async function pageLog(page: Page): Promise<{ attempts: number; reached: string[] }> {
  return page.evaluate(() => {
    const w = window as unknown as { attempts: number; reached: string[] };
    return { attempts: w.attempts, reached: w.reached };
  });
}

beforeAll(async () => {
  browser = await launchExtension();
  server = await startStaticServer(resolve(import.meta.dirname, 'pages'));
  browser.context.on('request', (request) =>
    requests.push(
      `${request.url()} ${request.postData() ?? ''} ${JSON.stringify(request.headers())}`,
    ),
  );
  admin = await browser.context.newPage();
  await admin.goto(browser.extensionUrl('glossary.html'));
  // An entry as a private feed or your own list would have it: the page must never read it.
  await message(admin, 'saveGlossaryEntry', {
    entry: entry({
      id: SECRET.id,
      term: 'zorbleshare',
      alternatives: [SECRET.alternative],
      definition: SECRET.definition,
      easyRead: [SECRET.easyRead],
      severity: 'warning',
    }),
  });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('a hostile page', () => {
  it('cannot submit, click or fire events at anything of Plainly’s: no proposal, no setting changed', async () => {
    const before = await state();
    const page = await openPage('grab');
    await openCardOn(page, 'commissioners', `We met the commissioners about ${CANARY}.`);
    // The card is open; let the page try for a while.
    await expect
      .poll(async () => (await pageLog(page)).attempts, { timeout: 60_000 })
      .toBeGreaterThan(30);
    expect((await pageLog(page)).reached).toEqual([]);
    expect(await card(page).innerText()).toContain('commissioners');
    expect(await state()).toEqual(before);
    await page.close();
  });

  it('cannot move focus into the card: the user’s next keys press none of its buttons', async () => {
    const before = await state();
    const page = await openPage('focus');
    await openCardOn(page, 'commissioners', `The commissioners met ${CANARY}.`);
    const frame = await openCardFrame(page);
    await expect
      .poll(async () => (await pageLog(page)).attempts, { timeout: 60_000 })
      .toBeGreaterThan(20);
    const cardFocus = () =>
      frame.evaluate(() => ({ has: document.hasFocus(), on: document.activeElement?.tagName }));
    expect(await cardFocus()).toEqual({ has: false, on: 'BODY' });
    // The keys a user presses next, as if to go on typing or to confirm something on the page.
    for (const key of ['Enter', ' ', 'Enter', 'ArrowDown', 'Enter']) {
      await page.keyboard.press(key);
      expect(await cardFocus()).toEqual({ has: false, on: 'BODY' });
    }
    expect((await pageLog(page)).reached).toEqual([]);
    // The keys went to the page, where typing closes the card; none pressed anything in it.
    await card(page).waitFor({ state: 'detached' });
    expect(await state()).toEqual(before);
    await page.close();
  });

  it('cannot stretch, hide or move the card to catch a click meant for the page', async () => {
    const before = await state();
    const page = await openPage('clickjack');
    await openCardOn(page, 'commissioners', `We met the commissioners about ${CANARY}.`);
    // The page's CSS does not reach Plainly's element or the card's frame.
    const drawn = await inPlainlyWorld<{ opacity: string; width: string; frame: number[] } | null>(
      page.mainFrame(),
      `(() => {
        const host = document.querySelector('plainly-ui');
        const frame = ${PLAINLY_ROOT}?.querySelector('iframe');
        if (host === null || frame == null) return null;
        const style = getComputedStyle(host);
        const box = frame.getBoundingClientRect();
        return { opacity: style.opacity, width: style.width, frame: [box.width, box.height, Number(getComputedStyle(frame).opacity)] };
      })()`,
      null,
    );
    expect(drawn).not.toBeNull();
    expect(drawn?.opacity).toBe('1');
    expect(drawn?.width).toBe('0px');
    // No wider than the card, no taller than the window less Plainly's margins.
    expect(drawn?.frame[0]).toBeLessThanOrEqual(352);
    expect(drawn?.frame[1]).toBeLessThanOrEqual(720 - 16);
    expect(drawn?.frame[2]).toBe(1);
    // A click on the page's own button reaches the page's button.
    await page.locator('#prize').click();
    expect(
      await page.evaluate(() => (window as unknown as { prizeClicks: number }).prizeClicks),
    ).toBe(1);

    // Moved into an invisible box with its card open, the card does nothing for a click.
    const word = await wordPoint(page, page.mainFrame(), 'commissioners');
    await page.mouse.click(word.x, word.y);
    await openCard(page);
    expect(
      await page.evaluate(() =>
        (window as unknown as { moveIntoGlass(): boolean }).moveIntoGlass(),
      ),
    ).toBe(true);
    const moved = await openCard(page);
    await moved.getByRole('button', { name: 'Ignore this word everywhere' }).click({ force: true });
    await expect
      .poll(() => moved.innerText())
      .toMatch(/could not be sure you can see this card|The page moved Plainly’s card/);
    // The next card the user opens is back where Plainly puts it, and the box is empty.
    const point = await wordPoint(page, page.mainFrame(), 'commissioners');
    await page.mouse.click(point.x, point.y);
    await openCard(page);
    expect(
      await page.evaluate(() => ({
        hosts: document.querySelectorAll('plainly-ui').length,
        inPlace: document.querySelector('plainly-ui')?.parentNode === document.documentElement,
        inGlass: document.querySelectorAll('#glass plainly-ui').length,
      })),
    ).toEqual({ hosts: 1, inPlace: true, inGlass: 0 });
    // The card refused before doing anything (its message says so): nothing was written.
    expect(await state()).toEqual(before);
    await page.close();
  });

  it('learns nothing of the glossary but the underlines: no definition, easy read or entry id it can read', async () => {
    const page = await openPage('reader');
    await openCardOn(page, 'zorbleshare', `The zorbleshare team met about ${CANARY}.`);
    // The card really showed the entry's words (in its own frame).
    await expect.poll(() => card(page).innerText()).toContain(SECRET.definition);
    const readable = await page.evaluate(
      () =>
        `${(window as unknown as { deepDump(): string }).deepDump()}\n${(window as unknown as { seen: string[] }).seen.join('\n')}`,
    );
    for (const secret of [
      SECRET.id,
      SECRET.definition,
      SECRET.easyRead,
      SECRET.alternative,
      'Zq secret',
    ]) {
      expect(readable).not.toContain(secret);
    }
    // The copy of the text that carries the underlines is out of the page's reach too.
    expect(readable).not.toContain(CANARY);
    expect(
      await page.evaluate(() => document.querySelector('plainly-ui')?.shadowRoot ?? null),
    ).toBeNull();
    await page.close();
  });

  it('keeps checking fair: a huge field of capitals in one tab does not stop another tab getting its underlines', async () => {
    const shouting = await openPage('shout');
    // The shouting field is checked (its badge appears), and keeps being sent every 3 s.
    await expect
      .poll(
        () =>
          inPlainlyWorld(
            shouting.mainFrame(),
            `${PLAINLY_ROOT}?.querySelector('.badge')?.textContent ?? ''`,
            '',
          ),
        { timeout: 120_000, interval: 500 },
      )
      .not.toBe('');
    // It has sent its field again at least twice before the other tab starts.
    await expect
      .poll(() => shouting.evaluate(() => (window as unknown as { inputs: number }).inputs), {
        timeout: 60_000,
      })
      .toBeGreaterThan(1);
    const page = await openPage('notes');
    await page.locator('#field').click();
    await page.keyboard.type(`The commissioners met about ${CANARY}.`);
    // A generous guard against a hang, not a time limit.
    await waitForMark(page.mainFrame(), 'commissioners');
    await shouting.close();
    await page.close();
  }, 240_000);

  it('cannot switch Plainly off or learn its id by replaying the start-up signal or sending messages and events', async () => {
    const before = await state();
    const page = await openPage('replay', `?id=${browser.extensionId}`);
    await page.locator('#field').click();
    await page.keyboard.type(`We met the commissioners about ${CANARY}.`);
    await waitForMark(page.mainFrame(), 'commissioners');
    // Everything the page heard from Plainly, before it starts talking itself.
    const heard = await page.evaluate(() => (window as unknown as { heard: string[] }).heard);
    for (let i = 0; i < 3; i++)
      await page.evaluate(() => (window as unknown as { replay(): number }).replay());
    // The page's events were handled as they were sent; anything they changed is drawn by now.
    await nextFrames(page.mainFrame());
    // Still on: new words are checked and the card opens.
    await page.keyboard.type(' The reablement plan.');
    await waitForMark(page.mainFrame(), 'reablement');
    const point = await wordPoint(page, page.mainFrame(), 'reablement');
    await page.mouse.click(point.x, point.y);
    await openCard(page);
    // Plainly said nothing through the page, and nothing the page can read has
    // the extension's id in it (the page's own address, which the test gave
    // the id to, aside).
    expect(heard).toEqual([]);
    const readable = (
      await page.evaluate(() => (window as unknown as { deepDump(): string }).deepDump())
    ).replaceAll(page.url(), '(this page)');
    expect(readable).not.toContain(browser.extensionId);
    expect(readable).not.toMatch(/chrome-extension:/);
    expect(await state()).toEqual(before);
    expect(await marks(page.mainFrame())).toContain('reablement');
    await page.close();
  });
});

describe('proposals from the card', () => {
  it('take at most 5 new suggestions an hour from one site, then say so plainly', async () => {
    const before = (await state()).proposals;
    const page = await openPage('notes');
    await openCardOn(page, 'commissioners', `We met the commissioners about ${CANARY}.`);
    const frame = await openCardFrame(page);
    const answers: string[] = [];
    for (let i = 1; i <= 6; i++) {
      await frame.getByRole('button', { name: 'Suggest a change to the glossary' }).click();
      await frame.getByLabel('What should it say instead?').fill(`plain words ${i}`);
      const note = frame.locator('.note');
      // Cleared here, so each answer is seen as it arrives.
      await note.evaluate((el) => (el.textContent = ''));
      await frame.getByRole('button', { name: 'Send to the glossary team' }).click();
      await expect.poll(() => note.innerText()).not.toBe('');
      answers.push(await note.innerText());
    }
    expect(answers.slice(0, 5)).toEqual(
      Array(5).fill(
        'Thank you. Your suggestion is saved for the people who look after the glossary.',
      ),
    );
    expect(answers[5]).toBe(
      'You have sent 5 suggestions from this site in the last hour, which is the most Plainly takes. Nothing new was saved. Try again in an hour, or add the change in the glossary editor.',
    );
    const stored = await message<Proposal[]>(admin, 'listProposals');
    expect(stored.length - before).toBe(5);
    expect(stored.filter((p) => p.site === '127.0.0.1')).toHaveLength(5);
    await page.close();
  });

  it('never sends text typed on these pages over the network (every request recorded)', async () => {
    const snapshot = await message<GlossarySnapshot>(admin, 'getGlossary');
    expect(snapshot.rows.some((r) => r.entry.id === SECRET.id)).toBe(true);
    expect(requests.length).toBeGreaterThan(0);
    expect(requests.filter((r) => r.includes(CANARY))).toEqual([]);
  });
});
