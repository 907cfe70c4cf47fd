/**
 * Builds the Chrome extension once before the browser tests.
 *
 * Set PLAINLY_E2E_PREBUILT=1 to use the build already in .output/chrome-mv3
 * (CI sets it right after `npm run build`). Without a manifest there, it
 * builds anyway: testing a missing or stale build would prove nothing.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');
const outDir = process.env.PLAINLY_OUT_DIR ?? '.output';
const manifest = join(root, outDir, 'chrome-mv3/manifest.json');

export default function setup(): void {
  if (process.env.PLAINLY_E2E_PREBUILT === '1' && existsSync(manifest)) {
    console.log(`[e2e] Using the existing build in ${outDir}/chrome-mv3 (PLAINLY_E2E_PREBUILT=1).`);
    return;
  }
  console.log('[e2e] Building the Chrome extension: npx wxt build');
  // Vitest sets NODE_ENV=test, which would make Vite bundle React's
  // development build. Test what ships: let `wxt build` pick production.
  const { NODE_ENV: _testEnv, ...env } = process.env;
  const result = spawnSync('npx', ['wxt', 'build'], { cwd: root, stdio: 'inherit', env });
  if (result.error !== undefined) {
    throw new Error(`Could not run "npx wxt build": ${result.error.message}`);
  }
  if (result.status !== 0) {
    throw new Error(
      `"npx wxt build" failed (exit code ${result.status ?? result.signal}). The browser tests need a working build: fix the build errors above.`,
    );
  }
  if (!existsSync(manifest)) {
    throw new Error(`"npx wxt build" finished but wrote no ${manifest}.`);
  }
}
