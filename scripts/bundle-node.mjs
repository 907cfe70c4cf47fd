// One esbuild set-up for bundling TypeScript into an ES module that Node runs
// directly. The CLI build (scripts/build-cli.mjs) and the benchmarks
// (scripts/bench.mjs, scripts/bench/*.mjs) all need the same one, so it lives
// here rather than being repeated in each.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';

const SHARED = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  banner: {
    // Some bundled CommonJS dependencies call require().
    js: "import { createRequire as __plainlyRequire } from 'node:module'; const require = __plainlyRequire(import.meta.url);",
  },
  logLevel: 'warning',
};

/**
 * Bundles `entry` into `outfile` (creating its folder first) for Node 20.
 * `extra` holds any further esbuild options (e.g. `external`); they override
 * the shared ones.
 */
export async function bundleForNode(entry, outfile, extra = {}) {
  mkdirSync(path.dirname(outfile), { recursive: true });
  return build({ ...SHARED, ...extra, entryPoints: [entry], outfile });
}
