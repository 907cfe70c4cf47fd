/**
 * The Node.js versions package.json declares are ones every installed
 * package accepts, so `npm ci` on a supported Node prints no engine warning
 * (and, with engine-strict in .npmrc, fails at once on an unsupported one).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import semver from 'semver';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  engines: { node: string };
  overrides: Record<string, unknown>;
};
const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8')) as {
  packages: Record<string, { version?: string; engines?: { node?: string } | string[] }>;
};

describe('Node.js versions', () => {
  it('declares only versions that every package in the lock file accepts', () => {
    const refusing: string[] = [];
    for (const [path, info] of Object.entries(lock.packages)) {
      const wanted = Array.isArray(info.engines) ? undefined : info.engines?.node;
      if (path === '' || wanted === undefined) continue;
      if (!semver.subset(pkg.engines.node, wanted))
        refusing.push(`${path.replace(/^.*node_modules\//, '')}@${info.version}: ${wanted}`);
    }
    expect(refusing).toEqual([]);
  });

  it('runs the tests on a Node.js it declares', () => {
    expect(semver.satisfies(process.versions.node, pkg.engines.node)).toBe(true);
  });

  it('makes npm stop, not just warn, on a Node.js that is not declared', () => {
    expect(readFileSync(join(root, '.npmrc'), 'utf8')).toMatch(/^engine-strict=true$/m);
  });

  it('overrides docx’s nanoid only because docx carries its own copy and never loads it', () => {
    // docx 9.10+ asks for nanoid 6 (Node 22 and later), but bundles the one
    // function it uses into its own files; the override keeps npm from
    // installing a copy that would refuse Node 20.
    expect(pkg.overrides.docx).toEqual({ nanoid: '^5.1.6' });
    const dist = join(root, 'node_modules/docx/dist');
    const loaders = readdirSync(dist)
      .filter((f) => /\.(c|m)?js$/.test(f))
      .filter((f) =>
        /(?:from\s*|require\(|import\()\s*["']nanoid/.test(readFileSync(join(dist, f), 'utf8')),
      );
    expect(loaders).toEqual([]);
  });
});
