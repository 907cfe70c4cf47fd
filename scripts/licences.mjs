// The third-party notices that ship with every build: Plainly's own licence,
// the notices for the word data we carry, and the licence of every package
// whose code a build bundles.
//
// Which packages a build bundles is found by tools made for the job:
// rollup-plugin-license for the extension (wxt.config.ts; it sees every module
// that puts code in a chunk), esbuild-plugin-license for the command line
// (scripts/build-cli.mjs; it sees every file esbuild loads). Both hand their
// list to `formatNotices`, so the two files read the same way.
// test/licences/notices.test.ts checks each file against its build's own
// module list.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');

/** The name the notices file has in every build. */
export const NOTICES_FILE = 'THIRD-PARTY-NOTICES.txt';

/**
 * @typedef {{ name: string, version: string, license: string, licenseText: string,
 *   noticeText?: string, homepage?: string }} BundledPackage
 */

function readLicence(dir) {
  for (const name of ['LICENSE', 'license', 'LICENSE.md', 'license.md', 'LICENCE', 'LICENSE.txt']) {
    const file = path.join(dir, name);
    if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  }
  throw new Error(`No licence file in ${dir}.`);
}

/** Where the lock file installed `name` at `version`. */
function packageDir(name, version) {
  const lock = JSON.parse(readFileSync(path.join(root, 'package-lock.json'), 'utf8'));
  for (const [where, info] of Object.entries(lock.packages)) {
    if (where.endsWith(`node_modules/${name}`) && info.version === version)
      return path.join(root, where);
  }
  return undefined;
}

/**
 * The licence text a package ships: the tool's find, else the "License"
 * section of its README (some small packages keep it only there).
 */
function licenceTextOf(name, version, found, license, author) {
  if (found) return found;
  const dir = packageDir(name, version);
  const readme =
    dir && ['README.md', 'readme.md', 'Readme.md'].map((f) => path.join(dir, f)).find(existsSync);
  if (readme) {
    const section = /^#+\s*licen[cs]e\b[^\n]*\n([\s\S]*?)(?=^#|(?![\s\S]))/im.exec(
      readFileSync(readme, 'utf8'),
    );
    if (section && /copyright|permission/i.test(section[1])) return section[1].trim();
  }
  // A package that only names the MIT licence in its package.json: the MIT
  // terms (as in Plainly's own LICENSE) with the author it names, or its authors.
  if (license === 'MIT') {
    const terms = readFileSync(path.join(root, 'LICENSE'), 'utf8').replace(
      /^[\s\S]*?Copyright[^\n]*\n/,
      '',
    );
    return `The package names the MIT licence in its package.json and ships no licence text.\n\nCopyright (c) ${author ?? `the authors of ${name}`}\n${terms}`.trim();
  }
  // The same for the ISC licence, whose terms are short and fixed.
  if (license === 'ISC') {
    const terms = readFileSync(path.join(root, 'scripts', 'licence-terms', 'ISC.txt'), 'utf8');
    return `The package names the ISC licence in its package.json and ships no licence text.\n\nCopyright (c) ${author ?? `the authors of ${name}`}\n\n${terms}`.trim();
  }
  throw new Error(`${name} ${version} has no licence text to ship with it.`);
}

function authorName(author) {
  if (typeof author === 'string')
    return author.replace(/\s*<[^>]*>/, '').replace(/\s*\([^)]*\)/, '');
  return author && typeof author === 'object' && 'name' in author ? String(author.name) : undefined;
}

function rule(title) {
  return `${'='.repeat(78)}\n${title}\n${'='.repeat(78)}`;
}

/** The word data Plainly carries from others, with the notice each licence asks for. */
function dataNotices() {
  const simplify = JSON.parse(
    readFileSync(path.join(root, 'node_modules/retext-simplify/package.json'), 'utf8'),
  );
  return [
    rule('Word data'),
    '',
    `dictionaries/plain-words/retext-simplify.json is a copy of the phrase list in`,
    `retext-simplify ${simplify.version} (${simplify.license}). Its list is based on plainlanguage.gov`,
    '(a United States government work, in the public domain). Its licence:',
    '',
    readLicence(path.join(root, 'node_modules/retext-simplify')),
    '',
    'Some glossary entries and word lists draw on the GOV.UK style guide and',
    "GOV.UK's inclusive language guidance. Contains public sector information",
    'licensed under the Open Government Licence v3.0:',
    'https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/',
    '',
  ];
}

/**
 * The whole notices file.
 *
 * @param {string} build What this build is, for the heading ("the Chrome extension").
 * @param {BundledPackage[]} packages Every third-party package the build bundles.
 */
export function formatNotices(build, packages) {
  const own = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
  const sorted = [...packages].sort(
    (a, b) => a.name.localeCompare(b.name) || a.version.localeCompare(b.version),
  );
  const lines = [
    `Plainly ${own.version}: ${build}`,
    '',
    `Plainly is free software under the ${own.license} licence:`,
    '',
    readLicence(root),
    '',
    ...dataNotices(),
    rule(`Packages bundled in this build (${sorted.length})`),
    '',
    ...sorted.map((p) => `- ${p.name} ${p.version} (${p.license})`),
    '',
  ];
  for (const p of sorted) {
    lines.push(rule(`${p.name} ${p.version}`), '');
    lines.push(`Licence: ${p.license}`);
    if (p.homepage) lines.push(`Home page: ${p.homepage}`);
    lines.push('', p.licenseText.trim(), '');
    if (p.noticeText) lines.push('NOTICE:', '', p.noticeText.trim(), '');
  }
  return `${lines.join('\n')}\n`;
}

function licenceName(license) {
  if (typeof license === 'string') return license;
  if (license && typeof license === 'object' && 'type' in license) return String(license.type);
  return 'UNKNOWN';
}

function repositoryUrl(repository) {
  const url = typeof repository === 'string' ? repository : repository?.url;
  return typeof url === 'string' ? url.replace(/^git\+/, '').replace(/\.git$/, '') : undefined;
}

/**
 * A package as rollup-plugin-license reports it. A package whose licence text
 * the plugin did not find (none in its folder) is an error: shipping it
 * without its notice is not allowed.
 */
export function fromRollupPluginLicense(dependency) {
  const name = String(dependency.name);
  const version = String(dependency.version);
  return {
    name,
    version,
    license: licenceName(dependency.license),
    licenseText: licenceTextOf(
      name,
      version,
      dependency.licenseText,
      licenceName(dependency.license),
      authorName(dependency.author),
    ),
    ...(dependency.noticeText ? { noticeText: dependency.noticeText } : {}),
    ...(dependency.homepage || repositoryUrl(dependency.repository)
      ? { homepage: dependency.homepage || repositoryUrl(dependency.repository) }
      : {}),
  };
}

/**
 * The package a bundled file belongs to: the nearest package.json above it
 * that has a name and a version (one with neither, such as underscore's
 * `modules/package.json` that only says `"type": "module"`, is passed over),
 * as its package.json would be reported.
 */
export function packageOfFile(file) {
  let dir = path.dirname(path.resolve(root, file));
  while (dir.startsWith(path.join(root, 'node_modules'))) {
    const manifest = path.join(dir, 'package.json');
    if (existsSync(manifest)) {
      const packageJson = JSON.parse(readFileSync(manifest, 'utf8'));
      if (packageJson.name && packageJson.version) {
        const licence = ['LICENSE', 'license', 'LICENSE.md', 'license.md', 'LICENCE', 'LICENSE.txt']
          .map((name) => path.join(dir, name))
          .find(existsSync);
        return { packageJson, licenseText: licence ? readFileSync(licence, 'utf8') : '' };
      }
    }
    dir = path.dirname(dir);
  }
  return undefined;
}

/** A package as esbuild-plugin-license reports it (its package.json and licence text). */
export function fromEsbuildPluginLicense({ packageJson, licenseText }) {
  const name = String(packageJson.name);
  const version = String(packageJson.version);
  const homepage = packageJson.homepage || repositoryUrl(packageJson.repository);
  return {
    name,
    version,
    license: licenceName(packageJson.license),
    licenseText: licenceTextOf(
      name,
      version,
      licenseText,
      licenceName(packageJson.license),
      authorName(packageJson.author),
    ),
    ...(homepage ? { homepage } : {}),
  };
}
