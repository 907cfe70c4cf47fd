/**
 * The popup's controls for checking as you write: switching Plainly off for
 * the site in the current tab removes everything it drew there at once (no
 * reload) and switching it on again brings it back; the same for every site;
 * the writing style is saved. The popup with these controls passes axe-core.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from '../axe';
import type { FieldsWorld } from './helpers';
import { marks, openHarness, startWorld, waitForMark } from './helpers';

describe('popup controls for checking as you write', () => {
  let world: FieldsWorld;
  let harness: Page;
  let popup: Page;

  beforeAll(async () => {
    world = await startWorld();
    harness = await openHarness(world, 'textarea');
    await harness.locator('#field').click();
    await harness.keyboard.type('The commissioners met.');
    await waitForMark(harness.mainFrame(), 'commissioners');
    // Opened in a window of its own, as the toolbar popup is, beside the page's tab.
    const opened = world.browser.context.waitForEvent('page');
    const worker = world.browser.context.serviceWorkers()[0] ?? world.browser.serviceWorker;
    await worker.evaluate(
      (url) =>
        (
          globalThis as unknown as { chrome: { windows: { create(o: object): Promise<unknown> } } }
        ).chrome.windows.create({
          url,
          type: 'popup',
        }),
      world.browser.extensionUrl('popup.html'),
    );
    popup = await opened;
    await popup.getByLabel('Check as I write on every site').waitFor();
  });

  afterAll(async () => {
    await world?.close();
  });

  it('switches checking off and on for the site in the current tab, without a reload', async () => {
    const thisSite = popup.getByLabel('Check as I write on 127.0.0.1');
    await thisSite.waitFor();
    expect(await thisSite.isChecked()).toBe(true);
    await thisSite.uncheck();
    await expect
      .poll(() => harness.evaluate(() => document.querySelectorAll('plainly-ui').length))
      .toBe(0);
    expect(await marks(harness.mainFrame())).toEqual([]);
    await thisSite.check();
    await harness.locator('#field').click();
    await waitForMark(harness.mainFrame(), 'commissioners');
  });

  it('switches checking off and on everywhere', async () => {
    const everywhere = popup.getByLabel('Check as I write on every site');
    await everywhere.uncheck();
    await expect
      .poll(() => harness.evaluate(() => document.querySelectorAll('plainly-ui').length))
      .toBe(0);
    await everywhere.check();
    await harness.locator('#field').click();
    await waitForMark(harness.mainFrame(), 'commissioners');
  });

  it('saves the writing style for checking as you write', async () => {
    await popup.locator('#profile').selectOption('easy-read');
    const worker = world.browser.context.serviceWorkers()[0] ?? world.browser.serviceWorker;
    await expect
      .poll(() =>
        worker.evaluate(async () => {
          const stored = await (
            globalThis as unknown as {
              chrome: {
                storage: {
                  local: { get(k: string): Promise<Record<string, { profile?: string }>> };
                };
              };
            }
          ).chrome.storage.local.get('settings');
          return stored.settings?.profile;
        }),
      )
      .toBe('easy-read');
  });

  it('has no WCAG 2.2 A or AA failures that axe-core can find', async () => {
    const violations = await axeViolations(popup);
    expect(violations).toEqual([]);
  });
});
