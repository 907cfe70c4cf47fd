// Bundles the command line into dist/cli.js with esbuild, so `plainly` starts
// quickly and needs no TypeScript at run time.
import { build } from 'esbuild';

await build({
  entryPoints: ['src/cli/bin.ts'],
  outfile: 'dist/cli.js',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  banner: {
    // Some bundled CommonJS dependencies call require().
    js: "import { createRequire as __plainlyRequire } from 'node:module'; const require = __plainlyRequire(import.meta.url);",
  },
  logLevel: 'warning',
});
console.log('Built dist/cli.js');
