import { readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import license from 'rollup-plugin-license';
import type { Plugin } from 'vite';
import { defaultClientConditions } from 'vite';
import { defineConfig } from 'wxt';
import { DEV_PUBLIC_KEY } from './scripts/dev-key.mjs';
import { nativeWinkDecode, WINK_READER } from './scripts/wink-decode.mjs';
import {
  type BundledPackage,
  NOTICES_FILE,
  formatNotices,
  fromRollupPluginLicense,
} from './scripts/licences.mjs';

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
 * wink's English model decodes its tables with a slow loop when it loads
 * (the first time a check needs parts of speech): where the browser has a
 * native base64 decoder it is used instead (scripts/wink-decode.mjs).
 */
function winkNativeDecode(): Plugin {
  return {
    name: 'plainly:wink-native-decode',
    transform(code, id) {
      if (!WINK_READER.test(id)) return null;
      return { code: nativeWinkDecode(code, 'browser', id), map: null };
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

/**
 * The licence notices of every package whose code the extension bundles.
 * WXT runs several Vite builds (the background, each content script, the
 * pages, the review page's Web Worker); rollup-plugin-license reports each
 * build's packages, which are gathered here and written once, as
 * THIRD-PARTY-NOTICES.txt, into the extension's folder when WXT has built it
 * (so `wxt zip` puts it in the zip). Each module that put code in a chunk is
 * listed too, in `<outDir>.modules.json` beside the folder (not shipped), so
 * test/e2e/release/notices.test.ts can check the notices against it.
 */
const bundledPackages = new Map<string, BundledPackage>();
/** The unpacked manifest while its zip is made without the key. */
let keyLeftOut: { manifest: string; text: string } | undefined;
const bundledModules = new Set<string>();
const projectRoot = fileURLToPath(new URL('.', import.meta.url));

/**
 * One file per large part. Firefox's add-on checker (web-ext lint, and so
 * addons.mozilla.org) refuses to read a script over 5 MB, and the background
 * holds the engine, the built-in glossary and wink's English model (about
 * 3.7 MB on its own). The background is an ES module, so the model can be a
 * separate file it imports: each file stays well under the limit, and
 * test/e2e/release/file-sizes.test.ts keeps it so.
 */
function largePartsApart(): Plugin {
  return {
    name: 'plainly:large-parts-apart',
    outputOptions(options) {
      if (options.format !== 'es' && options.format !== 'esm' && options.format !== undefined)
        return null;
      return {
        ...options,
        codeSplitting: {
          groups: [
            { name: 'language-model', test: /node_modules[\\/]wink-eng-lite-web-model[\\/]/ },
          ],
        },
      };
    },
  };
}

function licenceNotices(): Plugin[] {
  const gather = license({
    thirdParty: (dependencies) => {
      for (const dependency of dependencies) {
        const found = fromRollupPluginLicense(dependency);
        bundledPackages.set(`${found.name}@${found.version}`, found);
      }
    },
  }) as unknown as Plugin;
  const moduleList: Plugin = {
    name: 'plainly:module-list',
    generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        for (const [id, module] of Object.entries(chunk.modules))
          if (module.renderedLength > 0) bundledModules.add(relative(projectRoot, id));
      }
    },
  };
  return [gather, moduleList];
}

// See https://wxt.dev/api/config.html
export default defineConfig({
  // Auto-imports are off so that every import, and so every boundary between
  // the pure engine and browser code, is visible in the source (docs/decisions.md).
  imports: false,
  modules: ['@wxt-dev/module-react'],
  // PLAINLY_OUT_DIR lets two builds run side by side (for example a developer's
  // browser tests beside CI); the default is WXT's own `.output`.
  outDir: process.env.PLAINLY_OUT_DIR ?? '.output',
  // Manifest V3 for every browser (WXT would build Manifest V2 for Firefox).
  // Chrome runs the background as a service worker, Firefox as an event page.
  manifestVersion: 3,
  vite: () => ({
    plugins: [umdAsCommonJs(), winkNativeDecode(), largePartsApart(), ...licenceNotices()],
    // Web Workers (the review page's file reader) have no `document` either:
    // they need the same "worker" builds as the background (see the hook below).
    worker: { plugins: () => [umdAsCommonJs(), workerBuilds(), ...licenceNotices()] },
  }),
  hooks: {
    'build:before': () => {
      bundledPackages.clear();
      bundledModules.clear();
    },
    // The Chrome Web Store refuses a manifest with a `key` (it gives the
    // extension its own id), so the zip is made without it, and the unpacked
    // build gets it back straight after.
    'zip:extension:start': (wxt) => {
      const manifest = join(wxt.config.outDir, 'manifest.json');
      const text = readFileSync(manifest, 'utf8');
      const { key, ...rest } = JSON.parse(text) as { key?: string };
      if (key === undefined) return;
      writeFileSync(manifest, JSON.stringify(rest));
      keyLeftOut = { manifest, text };
    },
    'zip:extension:done': () => {
      if (keyLeftOut) writeFileSync(keyLeftOut.manifest, keyLeftOut.text);
      keyLeftOut = undefined;
    },
    'build:done': (wxt) => {
      const { outDir, browser } = wxt.config;
      writeFileSync(
        join(outDir, NOTICES_FILE),
        formatNotices(`the ${browser} extension`, [...bundledPackages.values()]),
      );
      writeFileSync(
        `${outDir}.modules.json`,
        `${JSON.stringify([...bundledModules].sort(), null, 2)}\n`,
      );
    },
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
    // A fixed public key, so an unpacked Chrome build always has the same id
    // (scripts/dev-key.mjs); the store zip leaves it out (hooks above).
    ...(browser === 'firefox' ? {} : { key: DEV_PUBLIC_KEY }),
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
        // sent anywhere (PRIVACY.md). Firefox asks every new add-on to
        // say so (https://mzl.la/firefox-builtin-data-consent); versions before
        // 140 ignore the key, so web-ext lint warns about it, which is fine.
        data_collection_permissions: { required: ['none'] },
      },
    },
  }),
});
