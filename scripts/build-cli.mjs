// Bundles the command line into dist/cli.js with esbuild, so `plainly` starts
// quickly and needs no TypeScript at run time. Next to it go the licence
// notices of every package esbuild bundled (dist/THIRD-PARTY-NOTICES.txt)
// and the list of bundled files (dist/cli.modules.json), which the notices
// test checks them against.
//
// esbuild-plugin-license finds the packages as esbuild loads each file. It
// takes the nearest package.json above a file, so it misses a package whose
// files sit under a package.json with no name (underscore's
// `modules/package.json` only says `"type": "module"`); those few are added
// from esbuild's own list of bundled files.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import licensePlugin from 'esbuild-plugin-license';
import { bundleForNode } from './bundle-node.mjs';
import {
  NOTICES_FILE,
  formatNotices,
  fromEsbuildPluginLicense,
  packageOfFile,
} from './licences.mjs';

const dist = path.resolve(import.meta.dirname, '../dist');
/** What esbuild-plugin-license found, by name and version. */
const found = new Map();

const result = await bundleForNode('src/cli/bin.ts', path.join(dist, 'cli.js'), {
  metafile: true,
  plugins: [
    licensePlugin({
      banner:
        '/*! Plainly <%= pkg.version %> | MIT | licences of bundled packages: THIRD-PARTY-NOTICES.txt */',
      thirdParty: {
        output: {
          file: path.join(dist, NOTICES_FILE),
          // Gather only: the file is written below, once the list is complete.
          template: (dependencies) => {
            for (const dependency of dependencies) {
              const { name, version } = dependency.packageJson;
              found.set(`${name}@${version}`, dependency);
            }
            return '';
          },
        },
      },
    }),
  ],
});
const modules = Object.keys(result.metafile.inputs).sort();
for (const file of modules.filter((f) => f.includes('node_modules/'))) {
  const dependency = packageOfFile(file);
  if (dependency === undefined) throw new Error(`${file} belongs to no package.`);
  const { name, version } = dependency.packageJson;
  if (!found.has(`${name}@${version}`)) found.set(`${name}@${version}`, dependency);
}
writeFileSync(
  path.join(dist, NOTICES_FILE),
  formatNotices('the command line', [...found.values()].map(fromEsbuildPluginLicense)),
);
writeFileSync(path.join(dist, 'cli.modules.json'), `${JSON.stringify(modules, null, 2)}\n`);
console.log(`Built dist/cli.js and dist/${NOTICES_FILE} (${found.size} packages)`);
