import type { Plugin } from 'vite';
import { defaultClientConditions } from 'vite';
import { defineConfig } from 'wxt';

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
  vite: () => ({ plugins: [umdAsCommonJs()] }),
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
