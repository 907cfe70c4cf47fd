// Bundles the command line into dist/ with esbuild, so `plainly` starts
// quickly and needs no TypeScript at run time: dist/cli.js, the chunks it
// loads only when a command needs them (dist/cli-*.js), the word lists
// (dist/data-*.json) and the wink model's data (dist/wink-*); see
// scripts/bundle-node.mjs. Next to them go the
// licence notices of every package esbuild bundled
// (dist/THIRD-PARTY-NOTICES.txt) and the list of bundled files
// (dist/cli.modules.json), which the notices test checks them against.
//
// esbuild-plugin-license finds the packages as esbuild loads each file. It
// takes the nearest package.json above a file, so it misses a package whose
// files sit under a package.json with no name (underscore's
// `modules/package.json` only says `"type": "module"`); those few are added
// from esbuild's own list of bundled files.
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import licensePlugin from 'esbuild-plugin-license';
import { bundleCli } from './bundle-node.mjs';
import {
  NOTICES_FILE,
  formatNotices,
  fromEsbuildPluginLicense,
  packageOfFile,
} from './licences.mjs';

const dist = path.resolve(import.meta.dirname, '../dist');
/** What esbuild-plugin-license found, by name and version. */
const found = new Map();

// The chunks' names change with their content: clear out the last build's.
mkdirSync(dist, { recursive: true });
for (const name of readdirSync(dist)) {
  if (/^(?:cli(?:-.+)?\.js|lazy-.+\.cjs|(?:wink|data)-.+\.(?:json|bin))$/.test(name))
    rmSync(path.join(dist, name));
}
const result = await bundleCli(dist, {
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
