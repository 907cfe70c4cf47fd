/**
 * Debian's Firefox ESR with the built Firefox extension, for the Firefox
 * browser tests.
 *
 * Playwright drives only its own patched Firefox, which cannot be downloaded
 * here, so these tests use puppeteer-core, which drives a stock Firefox over
 * WebDriver BiDi. Firefox is started with `--remote-allow-system-access` so
 * that the test can open the extension's own pages (moz-extension://) in a
 * tab, and with fixed preferences:
 * - the extension's internal UUID is set, so its pages have a known address;
 * - optional permissions are granted without a prompt (the prompt is part of
 *   the browser's own window, which a test cannot click). The extension still
 *   has to ask for them, from a click, as it does for a user.
 *
 * Like the Chromium tests, these never skip when the browser is missing.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { HANG_GUARD_MS } from '../waits';

export const FIREFOX_BUILD_DIR = resolve(
  import.meta.dirname,
  '../../..',
  process.env.PLAINLY_OUT_DIR ?? '.output',
  'firefox-mv3',
);

/** The id in the manifest's `browser_specific_settings.gecko.id`. */
const GECKO_ID = 'plainly@plainly.example';
const UUID = '6d1f4a2e-7b3c-4e5d-9f60-1a2b3c4d5e6f';

export const FIREFOX_MISSING_MESSAGE =
  'Firefox is needed for the Firefox browser tests. Install it with: sudo apt-get install -y firefox-esr (or npm run setup:browser), or set FIREFOX_PATH.';

export function findFirefox(): string {
  const fromEnv = process.env.FIREFOX_PATH;
  if (fromEnv !== undefined && fromEnv !== '' && existsSync(fromEnv)) return fromEnv;
  for (const path of ['/usr/bin/firefox-esr', '/usr/bin/firefox'])
    if (existsSync(path)) return path;
  throw new Error(FIREFOX_MISSING_MESSAGE);
}

export interface FirefoxWithExtension {
  browser: Browser;
  /** `moz-extension://<uuid>/<path>`. */
  extensionUrl(path: string): string;
  /** A new tab whose waits have the browser tests' guard against a hang. */
  newPage(): Promise<Page>;
  /** Opens one of the extension's pages in `page` and waits until it has loaded. */
  openExtensionPage(page: Page, path: string): Promise<void>;
  close(): Promise<void>;
}

export async function launchFirefox(
  extensionDir: string = FIREFOX_BUILD_DIR,
): Promise<FirefoxWithExtension> {
  const executablePath = findFirefox();
  if (!existsSync(resolve(extensionDir, 'manifest.json'))) {
    throw new Error(`No built Firefox extension in ${extensionDir}. Run: npx wxt build -b firefox`);
  }
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless: true,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: UUID }),
      'extensions.webextOptionalPermissionPrompts': false,
    },
  });
  try {
    await browser.installExtension(extensionDir);
  } catch (error) {
    await browser.close();
    throw error;
  }
  const extensionUrl = (path: string) => `moz-extension://${UUID}/${path.replace(/^\//, '')}`;
  return {
    browser,
    extensionUrl,
    async newPage() {
      const page = await browser.newPage();
      page.setDefaultTimeout(HANG_GUARD_MS);
      return page;
    },
    async openExtensionPage(page, path) {
      const url = extensionUrl(path);
      // Firefox loads the page but does not report the navigation as finished
      // to WebDriver BiDi when it moves the tab into the extension's process,
      // so the navigation is started without waiting for that report (it
      // never comes), and the page itself is waited for below.
      void page.goto(url).catch(() => undefined);
      const deadline = Date.now() + HANG_GUARD_MS;
      while (Date.now() < deadline) {
        const state = await page
          .evaluate(() => `${location.href} ${document.readyState}`)
          .catch(() => '');
        if (state === `${url} complete`) return;
        await new Promise((done) => setTimeout(done, 100));
      }
      throw new Error(`${url} did not load in Firefox.`);
    },
    close: () => browser.close(),
  };
}
