#!/usr/bin/env node
/**
 * Makes docs/images/word-suggestions.png, the README's picture of a paper
 * sent back marked up: the short breaks paper (test/fixtures/papers) run
 * through `plainly suggest`, opened by LibreOffice and exported as a PDF
 * with its comments as PDF notes, and the top of page 1 drawn by poppler's
 * pdftoppm. Deleted words are struck through, inserted words underlined,
 * and each comment is a note mark beside the words it is on.
 *
 * Needs LibreOffice and pdftoppm (`npm run setup:browser` installs them).
 *
 * Usage: node scripts/screenshot-suggestions.mjs
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { bundleCli } from './bundle-node.mjs';

const root = resolve(import.meta.dirname, '..');
const paper = join(root, 'test/fixtures/papers/short-breaks-paper.docx');
const image = join(root, 'docs/images/word-suggestions');
const soffice = process.env.SOFFICE_PATH ?? 'soffice';
const pdftoppm = process.env.PDFTOPPM_PATH ?? 'pdftoppm';

/** Runs a program, stopping with its message if it fails. */
function run(command, args) {
  const result = spawnSync(command, args, { encoding: 'utf8', timeout: 120_000 });
  if (result.error || result.status !== 0) {
    const why = result.error?.message ?? result.stderr;
    console.error(`"${command} ${args.join(' ')}" failed: ${why}`);
    if (result.error)
      console.error('Run "npm run setup:browser" to install LibreOffice and pdftoppm.');
    process.exit(1);
  }
}

const dir = await mkdtemp(join(tmpdir(), 'plainly-screenshot-'));
try {
  const cli = join(dir, 'cli', 'cli.js');
  await bundleCli(join(dir, 'cli'));
  const marked = join(dir, 'short-breaks-paper-suggestions.docx');
  run(process.execPath, [cli, 'suggest', paper, '--output', marked]);
  run(soffice, [
    '--headless',
    '--norestore',
    `-env:UserInstallation=${pathToFileURL(join(dir, 'profile')).href}`,
    '--convert-to',
    'pdf:writer_pdf_Export:{"ExportNotes":{"type":"boolean","value":"true"}}',
    '--outdir',
    dir,
    marked,
  ]);
  const pdf = marked.replace(/\.docx$/, '.pdf');
  if (!existsSync(pdf)) {
    console.error('LibreOffice did not make a PDF.');
    process.exit(1);
  }
  await mkdir(join(root, 'docs/images'), { recursive: true });
  // A4 at 96 dots per inch is 794 × 1123; the paper fills the top 700.
  run(pdftoppm, [
    '-png',
    '-r',
    '96',
    '-f',
    '1',
    '-l',
    '1',
    '-x',
    '0',
    '-y',
    '0',
    '-W',
    '794',
    '-H',
    '700',
    '-singlefile',
    pdf,
    image,
  ]);
  console.log(`Made ${image}.png`);
} finally {
  await rm(dir, { recursive: true, force: true });
}
