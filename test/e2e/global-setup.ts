/**
 * Builds and zips the Chrome and Firefox extensions once before the browser
 * tests (`wxt zip` builds, then zips: the notices test reads the zips).
 *
 * Set PLAINLY_E2E_PREBUILT=1 to use the builds already in .output/chrome-mv3
 * and .output/firefox-mv3 (CI sets it right after `npm run build`). Without a
 * manifest or a zip there, it builds anyway: testing a missing or stale build
 * would prove nothing.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');
const outDir = process.env.PLAINLY_OUT_DIR ?? '.output';
const BUILDS = [
  { name: 'Chrome', dir: 'chrome-mv3', zip: '-chrome.zip', args: ['wxt', 'zip'] },
  {
    name: 'Firefox',
    dir: 'firefox-mv3',
    zip: '-firefox.zip',
    args: ['wxt', 'zip', '-b', 'firefox'],
  },
];

function hasZip(suffix: string): boolean {
  const out = join(root, outDir);
  return existsSync(out) && readdirSync(out).some((file) => file.endsWith(suffix));
}

export default function setup(): void {
  for (const { name, dir, zip, args } of BUILDS) {
    const manifest = join(root, outDir, dir, 'manifest.json');
    if (process.env.PLAINLY_E2E_PREBUILT === '1' && existsSync(manifest) && hasZip(zip)) {
      console.log(`[e2e] Using the existing build in ${outDir}/${dir} (PLAINLY_E2E_PREBUILT=1).`);
      continue;
    }
    const command = `npx ${args.join(' ')}`;
    console.log(`[e2e] Building the ${name} extension: ${command}`);
    // Vitest sets NODE_ENV=test, which would make Vite bundle React's
    // development build. Test what ships: let `wxt build` pick production.
    const { NODE_ENV: _testEnv, ...env } = process.env;
    const result = spawnSync('npx', args, { cwd: root, stdio: 'inherit', env });
    if (result.error !== undefined) {
      throw new Error(`Could not run "${command}": ${result.error.message}`);
    }
    if (result.status !== 0) {
      throw new Error(
        `"${command}" failed (exit code ${result.status ?? result.signal}). The browser tests need a working build: fix the build errors above.`,
      );
    }
    if (!existsSync(manifest)) {
      throw new Error(`"${command}" finished but wrote no ${manifest}.`);
    }
  }
}
