// The command-line flags every Plainly run of Debian's Chromium uses, with
// the extension in `extensionDir` loaded: the browser tests
// (test/e2e/browser.ts) and the browser benchmarks (scripts/bench/chromium.mjs).
// The new headless mode runs extensions; nothing is fetched in the background.

/** @param {string} extensionDir */
export function chromiumArgs(extensionDir) {
  return [
    '--headless=new',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    `--load-extension=${extensionDir}`,
    `--disable-extensions-except=${extensionDir}`,
  ];
}
