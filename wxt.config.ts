import { defineConfig } from 'wxt';

// See https://wxt.dev/api/config.html
export default defineConfig({
  // Auto-imports are off so that every import, and so every boundary between
  // the pure engine and browser code, is visible in the source (STYLE.md §2).
  imports: false,
  modules: ['@wxt-dev/module-react'],
  // Manifest V3 for every browser (WXT would build Manifest V2 for Firefox).
  // Chrome runs the background as a service worker, Firefox as an event page.
  manifestVersion: 3,
  manifest: {
    name: 'Plainly',
    description:
      'Checks what you write about care for jargon and hard sentences, and offers plain words.',
    permissions: ['storage'],
    // Chrome 116 is the first with chrome.sidePanel.open(), which the side panel uses.
    minimum_chrome_version: '116',
    browser_specific_settings: {
      gecko: {
        id: 'plainly@plainly.example',
        strict_min_version: '128.0',
        // Plainly collects no data: text is checked on the device and never
        // sent anywhere (RELIABILITY.md §4). Firefox asks every new add-on to
        // say so (https://mzl.la/firefox-builtin-data-consent); versions before
        // 140 ignore the key, so web-ext lint warns about it, which is fine.
        data_collection_permissions: { required: ['none'] },
      },
    },
  },
});
