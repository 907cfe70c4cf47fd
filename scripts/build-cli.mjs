// Bundles the command line into dist/cli.js with esbuild, so `plainly` starts
// quickly and needs no TypeScript at run time.
import { bundleForNode } from './bundle-node.mjs';

await bundleForNode('src/cli/bin.ts', 'dist/cli.js');
console.log('Built dist/cli.js');
