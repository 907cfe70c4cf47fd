#!/usr/bin/env node
/**
 * Makes sure Chromium is there for the browser tests (test/e2e).
 *
 * The tests use Debian's own `chromium` package, not a downloaded browser, so
 * this installs it with apt-get when it is missing. As root it installs it
 * straight away; otherwise it prints the command to run and exits with 1.
 *
 * Usage: npm run setup:browser
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const DEBIAN_CHROMIUM = '/usr/bin/chromium';
const INSTALL = 'sudo apt-get update && sudo apt-get install -y chromium';

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

function version(path) {
  const result = spawnSync(path, ['--version'], { encoding: 'utf8' });
  return result.status === 0 ? result.stdout.trim() : 'version unknown';
}

const fromEnv = process.env.CHROME_PATH;
if (fromEnv && existsSync(fromEnv)) {
  console.log(`Using CHROME_PATH: ${fromEnv} (${version(fromEnv)})`);
  process.exit(0);
}
if (existsSync(DEBIAN_CHROMIUM)) {
  console.log(`Chromium is installed: ${DEBIAN_CHROMIUM} (${version(DEBIAN_CHROMIUM)})`);
  process.exit(0);
}

const hasApt = spawnSync('apt-get', ['--version'], { stdio: 'ignore' }).status === 0;
if (!hasApt) {
  console.error(
    'Chromium is needed for the browser tests, and this script can only install it with apt-get (Debian or Ubuntu).\n' +
      'Install Chromium another way and set CHROME_PATH to its program file.',
  );
  process.exit(1);
}

if (process.getuid?.() !== 0) {
  console.error(`Chromium is needed for the browser tests. Install it with:\n\n  ${INSTALL}\n`);
  console.error('Or set CHROME_PATH to a Chromium or Chrome you already have.');
  process.exit(1);
}

run('apt-get', ['update']);
run('apt-get', ['install', '-y', 'chromium']);
if (!existsSync(DEBIAN_CHROMIUM)) {
  console.error(`apt-get finished but there is no ${DEBIAN_CHROMIUM}.`);
  process.exit(1);
}
console.log(`Chromium is installed: ${DEBIAN_CHROMIUM} (${version(DEBIAN_CHROMIUM)})`);
