/**
 * Shared by the field tests: one browser per test file, the harness pages on
 * localhost, a log of every network request and of every message the
 * background receives, and ways to read what Plainly drew.
 *
 * Plainly's element has a closed shadow root, which the page (and so
 * `page.evaluate`) cannot open. The tests read it as the content script
 * does: over the DevTools protocol, in Plainly's own isolated world, with
 * `chrome.dom.openOrClosedShadowRoot`. The card is a page of Plainly's own in
 * a frame (card.html), which Playwright sees as one of the page's frames.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { CDPSession, Frame, Locator, Page, Request } from 'playwright-core';
import type { ExtensionBrowser, StaticServer } from '../browser';
import { launchExtension, startStaticServer } from '../browser';
import { until } from '../waits';

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

interface PlainlyWorld {
  cdp: CDPSession;
  /** Plainly's isolated world in each frame: CDP frame id → execution context id. */
  contexts: Map<string, number>;
}

const worlds = new WeakMap<Page, Promise<PlainlyWorld>>();

function plainlyWorld(page: Page): Promise<PlainlyWorld> {
  let world = worlds.get(page);
  if (world === undefined) {
    world = (async () => {
      const cdp = await page.context().newCDPSession(page);
      const contexts = new Map<string, number>();
      cdp.on('Runtime.executionContextCreated', ({ context }) => {
        const aux = context.auxData as { frameId?: string; type?: string } | undefined;
        if (aux?.type === 'isolated' && context.name === 'Plainly' && aux.frameId !== undefined)
          contexts.set(aux.frameId, context.id);
      });
      cdp.on('Runtime.executionContextDestroyed', ({ executionContextId }) => {
        for (const [frame, id] of contexts) if (id === executionContextId) contexts.delete(frame);
      });
      cdp.on('Runtime.executionContextsCleared', () => contexts.clear());
      await cdp.send('Runtime.enable');
      return { cdp, contexts };
    })();
    worlds.set(page, world);
  }
  return world;
}

/**
 * Evaluates `expression` in Plainly's content script world in `frame` (where
 * its closed shadow root can be opened), or returns `fallback` when Plainly
 * is not in that frame (yet).
 */
export async function inPlainlyWorld<T>(frame: Frame, expression: string, fallback: T): Promise<T> {
  const world = await plainlyWorld(frame.page());
  const { frameTree } = await world.cdp.send('Page.getFrameTree');
  type Tree = { frame: { id: string; url: string; urlFragment?: string }; childFrames?: Tree[] };
  const want = frame.url();
  const find = (tree: Tree): string | undefined => {
    if (`${tree.frame.url}${tree.frame.urlFragment ?? ''}` === want || tree.frame.url === want)
      return tree.frame.id;
    for (const child of tree.childFrames ?? []) {
      const found = find(child);
      if (found !== undefined) return found;
    }
    return undefined;
  };
  const frameId =
    frame === frame.page().mainFrame() ? (frameTree as Tree).frame.id : find(frameTree as Tree);
  const contextId = frameId === undefined ? undefined : world.contexts.get(frameId);
  if (contextId === undefined) return fallback;
  const { result, exceptionDetails } = await world.cdp.send('Runtime.evaluate', {
    expression,
    contextId,
    returnByValue: true,
    awaitPromise: true,
  });
  if (exceptionDetails !== undefined) throw new Error(exceptionDetails.text);
  return result.value as T;
}

/** An expression (in Plainly's world) for Plainly's closed shadow root, or null. */
export const PLAINLY_ROOT =
  "(() => { const host = document.querySelector('plainly-ui'); return host === null ? null : chrome.dom.openOrClosedShadowRoot(host); })()";

/** The text of every underline Plainly has drawn in this frame. */
export async function marks(frame: Frame): Promise<string[]> {
  const highlighted = await frame.evaluate(() => {
    const found: string[] = [];
    for (const name of ['plainly-jargon', 'plainly-wording', 'plainly-reading']) {
      const highlight = CSS.highlights.get(name);
      if (highlight === undefined) continue;
      // Plainly draws static ranges; read their text through a live range.
      // A range left in text the editor has since replaced (ProseMirror and
      // others swap text nodes as you type) is not drawn: it is not counted.
      for (const item of highlight) {
        const r = item as AbstractRange;
        if (!r.startContainer.isConnected || !r.endContainer.isConnected) continue;
        const range = document.createRange();
        range.setStart(r.startContainer, r.startOffset);
        range.setEnd(r.endContainer, r.endOffset);
        found.push(range.toString());
      }
    }
    return found;
  });
  const mirrored = await inPlainlyWorld<string[]>(
    frame,
    `[...(${PLAINLY_ROOT}?.querySelectorAll('.mark') ?? [])].map((mark) => mark.textContent ?? '')`,
    [],
  );
  return [...highlighted, ...mirrored];
}

/** Waits until Plainly underlines `text` in this frame. */
export async function waitForMark(frame: Frame, text: string): Promise<void> {
  await until(
    () => marks(frame),
    (drawn) => drawn.includes(text),
    `an underline on "${text}"`,
  );
}

/** A box on screen, in the top page's coordinates (CSS pixels of its viewport). */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * Where a word is on screen, in the top page's coordinates, found in the
 * field or in Plainly's mirror over a text box (all of its lines).
 */
export async function wordBox(
  page: Page,
  frame: Frame,
  word: string,
  occurrence = 0,
): Promise<Box> {
  const isTextBox = await frame.evaluate(() => {
    const api =
      (window as unknown as { harness?: { root(): Element } }).harness ??
      (window.parent as unknown as { harness: { root(): Element } }).harness;
    const root = api.root();
    return root instanceof HTMLTextAreaElement || root instanceof HTMLInputElement;
  });
  let box: Box | null;
  if (isTextBox) {
    box = await inPlainlyWorld<Box | null>(
      frame,
      `(() => {
        const mark = [...(${PLAINLY_ROOT}?.querySelectorAll('.mark') ?? [])].filter(
          (m) => m.textContent === ${JSON.stringify(word)},
        )[${occurrence}];
        if (mark === undefined) return null;
        const rect = mark.getBoundingClientRect();
        return { x: rect.left, y: rect.top, width: rect.width, height: rect.height };
      })()`,
      null,
    );
  } else {
    box = await frame.evaluate(
      ({ word, occurrence }) => {
        const api =
          (window as unknown as { harness?: { root(): Element } }).harness ??
          (window.parent as unknown as { harness: { root(): Element } }).harness;
        const walker = document.createTreeWalker(api.root(), NodeFilter.SHOW_TEXT);
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
              const rect = range.getBoundingClientRect();
              return { x: rect.left, y: rect.top, width: rect.width, height: rect.height };
            }
            at = node.data.indexOf(word, at + 1);
          }
        }
        return null;
      },
      { word, occurrence },
    );
  }
  if (box === null) throw new Error(`"${word}" is not on screen.`);
  return inTopPage(page, frame, box);
}

/** A box in `frame`'s viewport, in the top page's coordinates. */
export async function inTopPage(page: Page, frame: Frame, box: Box): Promise<Box> {
  if (frame === page.mainFrame()) return box;
  const frameElement = await frame.frameElement();
  const outer = await frameElement.boundingBox();
  if (outer === null) throw new Error('The frame is not on screen.');
  // Its content box: inside the frame element's border and padding.
  const inset = await frameElement.evaluate((node) => {
    const el = node as Element;
    const style = getComputedStyle(el);
    return {
      x: el.clientLeft + parseFloat(style.paddingLeft),
      y: el.clientTop + parseFloat(style.paddingTop),
    };
  });
  return { ...box, x: box.x + outer.x + inset.x, y: box.y + outer.y + inset.y };
}

/** Where a word is on screen, in page coordinates (for a click), found in the field or in Plainly's mirror. */
export async function wordPoint(
  page: Page,
  frame: Frame,
  word: string,
  occurrence = 0,
): Promise<{ x: number; y: number }> {
  const box = await wordBox(page, frame, word, occurrence);
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

export async function harnessText(page: Page): Promise<string> {
  return page.evaluate(() => (window as unknown as { harness: { text(): string } }).harness.text());
}

/**
 * Waits until the harness's field holds `wanted`. If it never does, the error
 * says what Plainly told the user: the open card's text (a fix that was not
 * made explains why there) and its live region, so a failure names its cause.
 */
export async function waitForText(page: Page, wanted: string): Promise<void> {
  try {
    await until(
      () => harnessText(page),
      (text) => text === wanted,
      `the field to read ${JSON.stringify(wanted)}`,
    );
  } catch (error) {
    const shown = await shownCardFrame(page);
    const cardText = shown === null ? '(no card open)' : await shown.locator('.card').innerText();
    const said = await inPlainlyWorld<string>(
      page.mainFrame(),
      `${PLAINLY_ROOT}?.querySelector('[role="status"]')?.textContent ?? ''`,
      '(Plainly is not in this page)',
    );
    throw new Error(`${(error as Error).message}\nThe card: ${cardText}\nPlainly said: ${said}`, {
      cause: error,
    });
  }
}

export async function serialize(page: Page): Promise<string> {
  return page.evaluate(() =>
    (window as unknown as { harness: { serialize(): string } }).harness.serialize(),
  );
}

/** The frames of `page` that are Plainly's card frame (one per document Plainly drew in). */
export function cardFrames(page: Page): Frame[] {
  return page.frames().filter((f) => /^(chrome|moz)-extension:\/\/[^/]+\/card\.html/.test(f.url()));
}

/**
 * The card frame that has a card on show, or null. The card must be drawn
 * in the frame and the frame placed where the user can see it: Plainly fills
 * the frame while it is still hidden, to measure the card, and a click
 * there would land on the page below.
 */
async function shownCardFrame(page: Page): Promise<Frame | null> {
  for (const frame of cardFrames(page)) {
    const drawn = await frame
      .locator('.card')
      .count()
      .catch(() => 0);
    if (drawn === 0) continue;
    const element = await frame.frameElement().catch(() => null);
    if (element !== null && (await element.isVisible().catch(() => false))) return frame;
  }
  return null;
}

/** The card frame that has a card on show, once there is one. */
export async function openCardFrame(page: Page): Promise<Frame> {
  const frame = await until(
    () => shownCardFrame(page),
    (f) => f !== null,
    'a card to open',
  );
  return frame as Frame;
}

/**
 * The card frame that has a card on show, once it stays put between two
 * looks: a card is placed, and may be placed again a moment later when its
 * height is measured afresh. A person never clicks inside that moment; a
 * test that did would click where the button was.
 */
async function settledCardFrame(page: Page): Promise<Frame> {
  let last = '';
  const settled = await until(
    async () => {
      const frame = await shownCardFrame(page);
      const element = await frame?.frameElement().catch(() => null);
      const box = JSON.stringify((await element?.boundingBox().catch(() => null)) ?? null);
      const still = frame !== null && box !== 'null' && box === last;
      last = box;
      return still ? frame : null;
    },
    (frame) => frame !== null,
    'the card to stay put',
  );
  return settled as Frame;
}

/** The card on show in `page`, once there is one (the card frame holding a `.card`). */
export async function openCard(page: Page): Promise<Locator> {
  return (await openCardFrame(page)).locator('.card');
}

/** Whether a card is on show in `page`. */
export async function cardIsOpen(page: Page): Promise<boolean> {
  return (await shownCardFrame(page)) !== null;
}

/** Where one of the buttons in Plainly's shadow root is on screen (the badge's), once there is one. */
export async function buttonPoint(page: Page, name: string): Promise<{ x: number; y: number }> {
  const probe = () =>
    inPlainlyWorld<{ x: number; y: number } | null>(
      page.mainFrame(),
      `(() => {
        const button = [...(${PLAINLY_ROOT}?.querySelectorAll('button') ?? [])].find(
          (b) => b.textContent === ${JSON.stringify(name)},
        );
        if (button === undefined) return null;
        const rect = button.getBoundingClientRect();
        return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
      })()`,
      null,
    );
  const point = await until(probe, (p) => p !== null, `a button "${name}" in Plainly's element`);
  return point as { x: number; y: number };
}

/** Plainly's card in `page`: waits for it, finds its buttons, reads its text. */
export function card(page: Page) {
  return {
    async waitFor(options: { state?: 'visible' | 'detached' } = {}) {
      if (options.state === 'detached') {
        await until(
          () => cardIsOpen(page),
          (open) => !open,
          'the card to close',
        );
        return;
      }
      await (await openCard(page)).waitFor({ state: 'visible' });
    },
    getByRole(
      role: Parameters<Locator['getByRole']>[0],
      options?: Parameters<Locator['getByRole']>[1],
    ) {
      const find = async () => (await openCard(page)).getByRole(role, options);
      return {
        click: async () =>
          (await settledCardFrame(page)).locator('.card').getByRole(role, options).click(),
        waitFor: async () => (await find()).waitFor(),
      };
    },
    /** Waits until a card opened from the keyboard has focus on one of its buttons. */
    async waitForFocus() {
      const focused = async () => {
        const frame = await shownCardFrame(page);
        if (frame === null) return false;
        // A button has focus in the card, and the card's frame has it in the page.
        const inCard = await frame
          .evaluate(() => document.activeElement?.tagName === 'BUTTON')
          .catch(() => false);
        const inPage = await frame
          .parentFrame()
          ?.evaluate(() => document.activeElement?.tagName === 'PLAINLY-UI')
          .catch(() => false);
        return inCard && inPage === true;
      };
      await until(focused, (yes) => yes, 'the card to take focus');
    },
    innerText: async () => (await openCard(page)).innerText(),
    /** The text of the element that has focus in the card. */
    focused: async () =>
      (await openCard(page)).evaluate(() => document.activeElement?.textContent ?? ''),
  };
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
  return until(() => messageLog(browser), asked, `a check of "${text}"`);
}
