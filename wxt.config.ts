import type { Plugin } from 'vite';
import { defaultClientConditions } from 'vite';
import { defineConfig } from 'wxt';
import { fileURLToPath } from 'node:url';

/**
 * Some UMD files (pluralize, used by syllable for the engine's readability
 * scores) take their CommonJS branch only when `typeof require === 'function'`.
 * Vite 8's bundler, Rolldown, wraps CommonJS files without giving them a
 * `require`, so such a file falls through to "set a global" and exports
 * nothing: the engine then fails with "… is not a function" in the extension,
 * though it works in Node. Inside the bundle `module` and `exports` do exist,
 * so this drops the `require` test and the CommonJS branch is taken.
 */
function umdAsCommonJs(): Plugin {
  const commonJsTest = "typeof exports === 'object' && typeof module === 'object'";
  const umdTest = `typeof require === 'function' && ${commonJsTest}`;
  return {
    name: 'plainly:umd-as-commonjs',
    transform(code, id) {
      if (!id.includes('/node_modules/') || !code.includes(umdTest)) return null;
      return { code: code.replaceAll(umdTest, commonJsTest), map: null };
    },
  };
}

/**
 * decode-named-character-reference (used by remark-parse) has a "browser"
 * build that calls `document.createElement` as it loads, which crashes a Web
 * Worker; its default build works anywhere. Worker bundles get the default.
 */
function workerBuilds(): Plugin {
  return {
    name: 'plainly:worker-builds',
    enforce: 'pre',
    resolveId(source) {
      if (source !== 'decode-named-character-reference') return null;
      return fileURLToPath(
        new URL('./node_modules/decode-named-character-reference/index.js', import.meta.url),
      );
    },
  };
}

// See https://wxt.dev/api/config.html
export default defineConfig({
  // Auto-imports are off so that every import, and so every boundary between
  // the pure engine and browser code, is visible in the source (STYLE.md §2).
  imports: false,
  modules: ['@wxt-dev/module-react'],
  // PLAINLY_OUT_DIR lets two builds run side by side (for example a developer's
  // browser tests beside CI); the default is WXT's own `.output`.
  outDir: process.env.PLAINLY_OUT_DIR ?? '.output',
  // Manifest V3 for every browser (WXT would build Manifest V2 for Firefox).
  // Chrome runs the background as a service worker, Firefox as an event page.
  manifestVersion: 3,
  vite: () => ({
    plugins: [umdAsCommonJs()],
    // Web Workers (the review page's file reader) have no `document` either:
    // they need the same "worker" builds as the background (see the hook below).
    worker: { plugins: () => [umdAsCommonJs(), workerBuilds()] },
  }),
  hooks: {
    // The background bundle runs in a service worker, which has no `document`.
    // Some of the engine's dependencies (decode-named-character-reference, used
    // by remark-parse) have a "browser" build that needs one and crashes the
    // worker at start-up; their "worker" build does not. So the background
    // prefers "worker" builds. Other bundles keep Vite's defaults.
    'vite:build:extendConfig': (entrypoints, viteConfig) => {
      if (!entrypoints.some((entrypoint) => entrypoint.type === 'background')) return;
      viteConfig.resolve ??= {};
      viteConfig.resolve.conditions = ['worker', ...defaultClientConditions];
    },
  },
  manifest: ({ browser }) => ({
    name: 'Plainly',
    description:
      'Checks what you write about care for jargon and hard sentences, and offers plain words.',
    // contextMenus: "Suggest this for the glossary"; alarms: refresh glossary
    // feeds every 6 hours.
    // scripting + activeTab: "Review this page" in the side panel puts its
    // helper into the tab you are reviewing, only when you ask.
    // WXT adds sidePanel for Chrome and sidebar_action for Firefox itself.
    permissions: ['storage', 'contextMenus', 'alarms', 'activeTab', 'scripting'],
    // What Plainly can reach (docs/security.md, "The extension and web pages"):
    // the content script runs on every site (`<all_urls>`, to check what you
    // write), and in Chrome that alone gives the extension every site, so the
    // background could fetch from any address. It fetches only the feeds you
    // or your organisation add. These optional permissions matter only where
    // the browser lets you take site access back (Firefox): then Plainly asks
    // again, for that one site, when you add a feed or review a page.
    optional_host_permissions: ['https://*/*', 'http://localhost/*', 'http://127.0.0.1/*'],
    // The suggestion card is a page of Plainly's own, drawn in a frame over
    // the page so the page cannot reach it. In Chrome its address has a
    // per-session id (`use_dynamic_url`), so it does not give away Plainly's id.
    web_accessible_resources: [
      {
        resources: ['card.html'],
        matches: ['<all_urls>'],
        ...(browser === 'firefox' ? {} : { use_dynamic_url: true }),
      },
    ],
    // What an organisation may set by policy (public/managed_schema.json).
    storage: { managed_schema: 'managed_schema.json' },
    // Chrome 116 is the first with chrome.sidePanel.open(), which the side panel uses.
    minimum_chrome_version: '116',
    browser_specific_settings: {
      gecko: {
        id: 'plainly@plainly.example',
        strict_min_version: '128.0',
        // Plainly collects no data: text is checked on the device and never
        // sent anywhere. Firefox asks every new add-on to
        // say so (https://mzl.la/firefox-builtin-data-consent); versions before
        // 140 ignore the key, so web-ext lint warns about it, which is fine.
        data_collection_permissions: { required: ['none'] },
      },
    },
  }),
});
