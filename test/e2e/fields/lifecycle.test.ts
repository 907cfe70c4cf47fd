/**
 * The extension's life around the page: the service worker is stopped (the
 * browser does so after 30 s idle) and the extension is reloaded (as on an
 * update). The page keeps working, with no "Extension context invalidated"
 * errors and no second copy of Plainly's interface.
 * A browser of its own, so earlier tests cannot hide a failure here.
 *
 * In this headless Chromium an unpacked extension reloaded with a page open
 * does not come back, so the reload test runs last and checks the old page
 * only; a second copy of Plainly's element cannot appear in any case, as a
 * new copy removes any it finds from an old one (src/dom/ui-host.ts).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROME_BUILD_DIR } from '../browser';
import type { FieldsWorld } from './helpers';
import { openHarness, startWorld, waitForCheckOf, waitForMark } from './helpers';

describe('checking as you write survives the service worker and extension reloads', () => {
  let world: FieldsWorld;
  beforeAll(async () => {
    world = await startWorld();
  });
  afterAll(async () => {
    await world?.close();
  });

  it('keeps working after the service worker is stopped', async () => {
    const page = await openHarness(world, 'textarea');
    const errors: string[] = [];
    page.on('console', (m) => {
      // With where it came from, so a failure says which resource it was.
      if (m.type() === 'error') errors.push(`${m.text()} (${m.location().url})`);
    });
    await page.locator('#field').click();
    await page.keyboard.type('First line.');
    await waitForCheckOf(world.browser, 'First line.');
    // Stop the extension's service worker as the browser does when it is idle.
    const before = world.browser.context.serviceWorkers()[0] ?? world.browser.serviceWorker;
    await before.evaluate(() => ((globalThis as unknown as { __alive?: boolean }).__alive = true));
    const cdp = await world.browser.context.newCDPSession(page);
    // The browser reports each worker's state; wait until it says "stopped".
    const stopped = new Promise<void>((done) =>
      cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
        if (versions.some((v) => v.runningStatus === 'stopped')) done();
      }),
    );
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await stopped;
    await cdp.detach();
    await page.keyboard.type(' The commissioners met.');
    await waitForMark(page.mainFrame(), 'commissioners');
    // A new service worker answered: the old one's global is gone with it.
    const after = world.browser.context.serviceWorkers().at(-1) ?? before;
    expect(
      await after.evaluate(() => (globalThis as unknown as { __alive?: boolean }).__alive ?? false),
    ).toBe(false);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('after the extension reloads, the old page has no errors, keeps its text and is left with no Plainly element', async () => {
    const page = await openHarness(world, 'textarea');
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => {
      // With where it came from, so a failure says which resource it was.
      if (m.type() === 'error') errors.push(`${m.text()} (${m.location().url})`);
    });
    await page.locator('#field').click();
    await page.keyboard.type('The commissioners met.');
    await waitForMark(page.mainFrame(), 'commissioners');
    const worker = world.browser.context.serviceWorkers()[0] ?? world.browser.serviceWorker;
    const unloaded = new Promise<void>((done) => worker.once('close', () => done()));
    await worker
      .evaluate(() =>
        (
          globalThis as unknown as { chrome: { runtime: { reload(): void } } }
        ).chrome.runtime.reload(),
      )
      .catch(() => {});
    await unloaded;
    await page.keyboard.type(' More words.');
    // The old copy takes its drawings away when it finds itself replaced; once
    // they are gone it has stopped, so nothing of it can run after this.
    await page.waitForFunction(() => document.querySelectorAll('plainly-ui').length === 0);
    // Typing in the field is unaffected.
    expect(await page.locator('#field').inputValue()).toBe('The commissioners met. More words.');
    expect(errors.filter((e) => /context invalidated/i.test(e))).toEqual([]);
    await page.close();
  });

  it('ships a small content script with no checker, glossary or database in it', () => {
    const manifest = JSON.parse(readFileSync(join(CHROME_BUILD_DIR, 'manifest.json'), 'utf8')) as {
      content_scripts: { js: string[]; all_frames?: boolean; match_about_blank?: boolean }[];
    };
    const entry = manifest.content_scripts.find((c) => c.js.some((f) => f.includes('content')));
    expect(entry).toMatchObject({ all_frames: true, match_about_blank: true });
    const code = readFileSync(join(CHROME_BUILD_DIR, entry?.js[0] ?? ''), 'utf8');
    expect(code.length).toBeLessThanOrEqual(100_000);
    // Dexie, the engine's parser and the built-in glossary stay in the background.
    expect(code).not.toMatch(/Dexie|indexedDB|parse-latin|co-production/);
  });
});
