#!/usr/bin/env node
/**
 * Makes sure the programs the tests drive are there: Chromium and Firefox
 * for the browser tests (test/e2e), and LibreOffice and poppler's pdftoppm
 * for the tests and the screenshot of marked-up Word files
 * (test/markup/libreoffice.test.ts, scripts/screenshot-suggestions.mjs).
 *
 * The tests use Debian's own packages (`chromium`, `firefox-esr`,
 * `libreoffice-writer-nogui`, `poppler-utils`), not downloaded programs, so
 * this installs them with apt-get when they are missing. As root it installs
 * them straight away; otherwise it prints the command to run and exits with
 * 1. CHROME_PATH, FIREFOX_PATH, SOFFICE_PATH and PDFTOPPM_PATH name programs
 * you already have instead.
 *
 * Usage: npm run setup:browser
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const PROGRAMS = [
  { name: 'Chromium', env: 'CHROME_PATH', paths: ['/usr/bin/chromium'], apt: 'chromium' },
  {
    name: 'Firefox',
    env: 'FIREFOX_PATH',
    paths: ['/usr/bin/firefox-esr', '/usr/bin/firefox'],
    apt: 'firefox-esr',
  },
  {
    name: 'LibreOffice',
    env: 'SOFFICE_PATH',
    paths: ['/usr/bin/soffice'],
    apt: 'libreoffice-writer-nogui',
  },
  {
    name: 'pdftoppm',
    env: 'PDFTOPPM_PATH',
    paths: ['/usr/bin/pdftoppm'],
    apt: 'poppler-utils',
    versionFlag: '-v',
  },
];

/** Runs a command, showing its output; exits if it fails. */
function run(command, args) {
  console.log(`$ ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  if (result.status !== 0) {
    console.error(`"${command} ${args.join(' ')}" failed.`);
    process.exit(result.status ?? 1);
  }
}

function version(path, flag = '--version') {
  const result = spawnSync(path, [flag], { encoding: 'utf8' });
  const said = `${result.stdout ?? ''}${result.stderr ?? ''}`.trim().split('\n')[0];
  return result.status === 0 && said ? said : 'version unknown';
}

/** The browser's program file, or undefined when it is not installed. */
function find(browser) {
  const fromEnv = process.env[browser.env];
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  return browser.paths.find((path) => existsSync(path));
}

const missing = [];
for (const browser of PROGRAMS) {
  const path = find(browser);
  if (path) {
    console.log(`${browser.name} is installed: ${path} (${version(path, browser.versionFlag)})`);
  } else missing.push(browser);
}
if (missing.length === 0) process.exit(0);

const packages = missing.map((browser) => browser.apt);
const install = `sudo apt-get update && sudo apt-get install -y ${packages.join(' ')}`;
const hasApt = spawnSync('apt-get', ['--version'], { stdio: 'ignore' }).status === 0;
if (!hasApt) {
  console.error(
    `${missing.map((b) => b.name).join(' and ')} ${missing.length === 1 ? 'is' : 'are'} needed for the tests, and this script can only install them with apt-get (Debian or Ubuntu).\n` +
      `Install them another way and set ${missing.map((b) => b.env).join(' and ')} to their program files.`,
  );
  process.exit(1);
}
if (process.getuid?.() !== 0) {
  console.error(`The tests need ${packages.join(' and ')}. Install with:\n\n  ${install}\n`);
  console.error(`Or set ${missing.map((b) => b.env).join(' and ')} to programs you already have.`);
  process.exit(1);
}

run('apt-get', ['update']);
run('apt-get', ['install', '-y', ...packages]);
for (const browser of missing) {
  const path = find(browser);
  if (!path) {
    console.error(`apt-get finished but there is no ${browser.paths.join(' or ')}.`);
    process.exit(1);
  }
  console.log(`${browser.name} is installed: ${path} (${version(path, browser.versionFlag)})`);
}
