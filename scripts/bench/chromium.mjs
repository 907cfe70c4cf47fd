// Debian's Chromium with the built extension, for the benchmarks that run in
// a browser (fields.mjs, page-review.mjs): the same flags as the browser
// tests (scripts/chromium-args.mjs), in a fresh profile.
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { chromiumArgs } from '../chromium-args.mjs';

/** The pause before a field is checked, as the content script has it (src/dom/field.ts). */
export const PAUSE_MS = Number(
  /export const PAUSE_MS = (\d+)/.exec(
    readFileSync(new URL('../../src/dom/field.ts', import.meta.url), 'utf8'),
  )?.[1],
);

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** `<PLAINLY_OUT_DIR or .output>/chrome-mv3`. */
export const extensionDir = path.join(root, process.env.PLAINLY_OUT_DIR ?? '.output', 'chrome-mv3');

/** Whether there is a build to measure; says how to make one when there is not. */
export function haveBuild(what) {
  if (existsSync(path.join(extensionDir, 'manifest.json'))) return true;
  console.log(`${what}: skipped (no build in ${extensionDir}; run npx wxt build).`);
  return false;
}

/** Launches Chromium with the extension; `close()` also deletes the profile. */
export async function launchWithExtension() {
  const userDataDir = await mkdtemp(path.join(tmpdir(), 'plainly-bench-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    headless: false,
    ignoreDefaultArgs: ['--disable-extensions'],
    args: chromiumArgs(extensionDir),
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  return {
    context,
    worker,
    extensionId: new URL(worker.url()).host,
    async close() {
      await context.close();
      await rm(userDataDir, { recursive: true, force: true });
    },
  };
}
