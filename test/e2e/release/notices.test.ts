/**
 * Licence notices ship with every build: in both extension zips (as `wxt zip`
 * makes them) and next to the command line (dist/), each listing every
 * third-party package whose code that build bundles. The package list here is
 * worked out from the build's own module list (each bundled file's folder
 * under node_modules), not from the tools that wrote the notices.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../../..');
const outDir = join(root, process.env.PLAINLY_OUT_DIR ?? '.output');
const NOTICES = 'THIRD-PARTY-NOTICES.txt';

/** `name version` of each package a list of bundled files comes from. */
function packagesOf(modules: string[]): string[] {
  const found = new Set<string>();
  for (const module of modules) {
    const match = /^(.*node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(module.replace(/^\0/, ''));
    if (!match?.[1]) continue;
    const dir = resolve(root, match[1]);
    const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as {
      name: string;
      version: string;
    };
    found.add(`${pkg.name} ${pkg.version}`);
  }
  return [...found].sort();
}

/** `name version` of each package the notices list. */
function listed(notices: string): string[] {
  const section = /\(\d+\)\n=+\n\n([\s\S]*?)\n\n/.exec(notices)?.[1] ?? '';
  return section
    .split('\n')
    .map((line) => /^- (\S+) (\S+) \(/.exec(line))
    .map((m) => (m ? `${m[1]} ${m[2]}` : `unreadable line`))
    .sort();
}

function expectDataNotices(notices: string): void {
  expect(notices).toContain('Copyright (c) 2026 Plainly contributors');
  expect(notices).toContain('retext-simplify.json is a copy of the phrase list in');
  expect(notices).toContain('Copyright (c) 2016 Titus Wormer');
  expect(notices).toContain(
    'Contains public sector information\nlicensed under the Open Government Licence v3.0',
  );
}

function zipNamed(suffix: string): Record<string, Uint8Array> {
  const zip = readdirSync(outDir).find((file) => file.endsWith(suffix));
  if (zip === undefined) throw new Error(`No *${suffix} in ${outDir}: run npm run build.`);
  return unzipSync(new Uint8Array(readFileSync(join(outDir, zip))));
}

describe('licence notices', () => {
  for (const [browser, dir] of [
    ['chrome', 'chrome-mv3'],
    ['firefox', 'firefox-mv3'],
  ] as const) {
    it(`are in the ${browser} zip and list every package the ${browser} build bundles`, () => {
      const files = zipNamed(`-${browser}.zip`);
      expect(Object.keys(files)).toContain(NOTICES);
      const notices = strFromU8(files[NOTICES] as Uint8Array);
      expectDataNotices(notices);
      const modules = JSON.parse(
        readFileSync(join(outDir, `${dir}.modules.json`), 'utf8'),
      ) as string[];
      const bundled = packagesOf(modules);
      // A real extension bundles dozens of packages: an empty list would prove nothing.
      expect(bundled.length).toBeGreaterThan(50);
      expect(bundled).toContain(`pdfjs-dist ${readVersion('pdfjs-dist')}`);
      expect(listed(notices)).toEqual(bundled);
      // The unpacked build carries the same file as its zip.
      expect(readFileSync(join(outDir, dir, NOTICES), 'utf8')).toBe(notices);
    });
  }

  it('are next to the command line and list every package it bundles', () => {
    const dist = join(root, 'dist');
    expect(existsSync(join(dist, 'cli.js')), 'dist/cli.js: run npm run build:cli').toBe(true);
    const notices = readFileSync(join(dist, NOTICES), 'utf8');
    expectDataNotices(notices);
    const modules = JSON.parse(readFileSync(join(dist, 'cli.modules.json'), 'utf8')) as string[];
    const bundled = packagesOf(modules);
    expect(bundled.length).toBeGreaterThan(50);
    expect(listed(notices)).toEqual(bundled);
    // Each package's licence text follows the list.
    for (const item of bundled) expect(notices).toContain(`\n${item}\n`);
  });
});

function readVersion(name: string): string {
  return (
    JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8')) as {
      version: string;
    }
  ).version;
}
