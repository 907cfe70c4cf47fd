/**
 * Shared by the field tests: one browser per test file, the harness pages on
 * localhost, a log of every network request and of every message the
 * background receives, and ways to read what Plainly drew.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Frame, Page, Request } from 'playwright-core';
import { expect } from 'vitest';
import type { ExtensionBrowser, StaticServer } from '../browser';
import { launchExtension, startStaticServer } from '../browser';

const harnessSource = resolve(import.meta.dirname, '../harness');
const harnessOut = resolve(
  import.meta.dirname,
  '../../..',
  process.env.PLAINLY_OUT_DIR ?? '.output',
  'harness',
);

/** Builds the harness pages unless they are newer than their sources. */
async function ensureHarness(): Promise<string> {
  const marker = join(harnessOut, 'lexical.js');
  const domSource = resolve(harnessSource, '../../../src/dom');
  const sources = [
    join(harnessSource, 'build.mjs'),
    join(harnessSource, 'fuzz-entry.ts'),
    ...readdirSync(join(harnessSource, 'editors')).map((f) => join(harnessSource, 'editors', f)),
    // The fuzz page bundles Plainly's own replacement code.
    ...readdirSync(domSource).map((f) => join(domSource, f)),
  ];
  const newest = Math.max(...sources.map((f) => statSync(f).mtimeMs));
  if (!existsSync(marker) || statSync(marker).mtimeMs < newest) {
    const { buildHarness } = await import('../harness/build.mjs');
    await buildHarness();
  }
  return harnessOut;
}

export interface FieldsWorld {
  browser: ExtensionBrowser;
  server: StaticServer;
  requests: { url: string; body: string; headers: string }[];
  close(): Promise<void>;
}

export async function startWorld(): Promise<FieldsWorld> {
  const out = await ensureHarness();
  const server = await startStaticServer(out);
  const browser = await launchExtension();
  const requests: FieldsWorld['requests'] = [];
  const record = (request: Request) =>
    requests.push({
      url: request.url(),
      body: request.postData() ?? '',
      headers: JSON.stringify(request.headers()),
    });
  browser.context.on('request', record);
  await installMessageLog(browser);
  return {
    browser,
    server,
    requests,
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}

/** Logs every message the background receives (the SW may restart, so call again after that). */
export async function installMessageLog(browser: ExtensionBrowser): Promise<void> {
  const worker = browser.context.serviceWorkers()[0] ?? browser.serviceWorker;
  await worker.evaluate(() => {
    const g = globalThis as unknown as {
      __plainlyLog?: string[];
      chrome: { runtime: { onMessage: { addListener(f: (m: unknown) => undefined): void } } };
    };
    if (g.__plainlyLog !== undefined) return;
    g.__plainlyLog = [];
    g.chrome.runtime.onMessage.addListener((message: unknown) => {
      g.__plainlyLog?.push(JSON.stringify(message));
      return undefined;
    });
  });
}

export async function messageLog(browser: ExtensionBrowser): Promise<string[]> {
  const worker = browser.context.serviceWorkers()[0] ?? browser.serviceWorker;
  return worker.evaluate(
    () => (globalThis as unknown as { __plainlyLog?: string[] }).__plainlyLog ?? [],
  );
}

/** Replaces the user's stored settings (only the keys given; the rest are defaults). */
export async function setSettings(
  browser: ExtensionBrowser,
  settings: Record<string, unknown>,
): Promise<void> {
  const worker = browser.context.serviceWorkers()[0] ?? browser.serviceWorker;
  await worker.evaluate(
    (value) =>
      (
        globalThis as unknown as {
          chrome: { storage: { local: { set(v: object): Promise<void> } } };
        }
      ).chrome.storage.local.set({ settings: value }),
    settings,
  );
}

export async function openHarness(world: FieldsWorld, name: string): Promise<Page> {
  const page = await world.browser.context.newPage();
  await page.goto(world.server.url(`${name}.html`));
  await page.waitForSelector('body[data-ready="true"]');
  return page;
}

/** The frame that holds the editor (TinyMCE's iframe; the page itself otherwise). */
export async function editorFrame(page: Page, name: string): Promise<Frame> {
  if (name !== 'tinymce') return page.mainFrame();
  const handle = await page.waitForSelector('iframe.tox-edit-area__iframe, .tox-edit-area iframe');
  const frame = await handle.contentFrame();
  if (frame === null) throw new Error('TinyMCE has no editing frame.');
  return frame;
}

/** In the page: the text of every underline Plainly has drawn in this document. */
function marksInPage(): string[] {
  const found: string[] = [];
  for (const name of ['plainly-jargon', 'plainly-wording', 'plainly-reading']) {
    const highlight = CSS.highlights.get(name);
    if (highlight === undefined) continue;
    // Plainly draws static ranges; read their text through a live range.
    for (const item of highlight) {
      const r = item as AbstractRange;
      const range = document.createRange();
      range.setStart(r.startContainer, r.startOffset);
      range.setEnd(r.endContainer, r.endOffset);
      found.push(range.toString());
    }
  }
  const host = document.querySelector('plainly-ui');
  for (const mark of host?.shadowRoot?.querySelectorAll('.mark') ?? [])
    found.push(mark.textContent ?? '');
  return found;
}

/** The text of every underline Plainly has drawn in this frame. */
export async function marks(frame: Frame): Promise<string[]> {
  return frame.evaluate(marksInPage);
}

/** Waits (at each frame the page draws) until Plainly underlines `text` in this frame. */
export async function waitForMark(frame: Frame, text: string): Promise<void> {
  try {
    await frame.waitForFunction(`(${marksInPage.toString()})().includes(${JSON.stringify(text)})`);
  } catch (error) {
    const drawn = await marks(frame).catch(() => []);
    throw new Error(`No underline on "${text}"; underlines: ${JSON.stringify(drawn)}`, {
      cause: error,
    });
  }
}

/** Where a word is on screen, in page coordinates (for a click), found in the field or in Plainly's mirror. */
export async function wordPoint(
  page: Page,
  frame: Frame,
  word: string,
  occurrence = 0,
): Promise<{ x: number; y: number }> {
  const point = await frame.evaluate(
    ({ word, occurrence }) => {
      const api =
        (window as unknown as { harness?: { root(): Element } }).harness ??
        (window.parent as unknown as { harness: { root(): Element } }).harness;
      const root = api.root();
      let rect: DOMRect | null = null;
      if (root instanceof HTMLTextAreaElement || root instanceof HTMLInputElement) {
        const host = document.querySelector('plainly-ui');
        const mark = [...(host?.shadowRoot?.querySelectorAll('.mark') ?? [])].filter(
          (m) => m.textContent === word,
        )[occurrence];
        rect = mark?.getBoundingClientRect() ?? null;
      } else {
        const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
        let seen = 0;
        for (
          let node = walker.nextNode() as Text | null;
          node !== null;
          node = walker.nextNode() as Text | null
        ) {
          let at = node.data.indexOf(word);
          while (at !== -1) {
            if (seen++ === occurrence) {
              const range = document.createRange();
              range.setStart(node, at);
              range.setEnd(node, at + word.length);
              rect = range.getBoundingClientRect();
              break;
            }
            at = node.data.indexOf(word, at + 1);
          }
          if (rect !== null) break;
        }
      }
      if (rect === null) return null;
      return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    },
    { word, occurrence },
  );
  if (point === null) throw new Error(`"${word}" is not on screen.`);
  const frameElement = await frame.frameElement().catch(() => null);
  if (frameElement !== null && frame !== page.mainFrame()) {
    const box = await frameElement.boundingBox();
    if (box !== null) return { x: point.x + box.x, y: point.y + box.y };
  }
  return point;
}

export async function harnessText(page: Page): Promise<string> {
  return page.evaluate(() => (window as unknown as { harness: { text(): string } }).harness.text());
}

export async function serialize(page: Page): Promise<string> {
  return page.evaluate(() =>
    (window as unknown as { harness: { serialize(): string } }).harness.serialize(),
  );
}

/** Plainly's card, found through its open shadow root. */
export function card(frame: Frame) {
  return frame.locator('plainly-ui .card');
}

/**
 * A person's pause between two actions, as before pressing Ctrl+Z after a
 * change shows (some editors merge changes made within a moment of each other
 * into one undo step). It stands for the person, never for a wait on Plainly:
 * a longer pause on a busy machine changes nothing.
 */
export const personPause = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Waits until the background has been asked to check text that contains
 * `text` (see installMessageLog), and returns the log up to then.
 */
export async function waitForCheckOf(browser: ExtensionBrowser, text: string): Promise<string[]> {
  const asked = (log: string[]) =>
    log.some((m) => m.includes('"checkField"') && m.includes(JSON.stringify(text).slice(1, -1)));
  await expect.poll(async () => asked(await messageLog(browser))).toBe(true);
  return messageLog(browser);
}
