/**
 * `plainly suggest`: writes a marked-up copy of a Word file, never over the
 * file it reads (by any name), and over an existing file only with --force;
 * bad files and options get plain messages and no file is written.
 */
import { existsSync } from 'node:fs';
import { link, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main';
import { readDocument } from '../../src/documents/index';
import { boardPaperDocx, passwordDocx } from '../fixtures/documents';
import { trickyPaperDocx } from '../fixtures/suggest-documents';

let dir: string;
let paper: Uint8Array;
const path = (name: string) => join(dir, name);

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'plainly-cli-suggest-'));
  paper = await boardPaperDocx();
  await writeFile(path('paper.docx'), paper);
  await writeFile(path('locked.docx'), passwordDocx());
  await writeFile(path('broken.docx'), 'not a Word file');
  await writeFile(path('notes.md'), '# Notes\n');
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function plainly(args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await run(args, {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    readStdin: async () => '',
  });
  return { code, stdout, stderr };
}

async function paperIsUntouched(): Promise<boolean> {
  return Buffer.compare(await readFile(path('paper.docx')), paper) === 0;
}

describe('plainly suggest', () => {
  it('writes a marked-up copy and says what is in it', async () => {
    const result = await plainly(['suggest', path('paper.docx'), '--output', path('out.docx')]);
    expect([result.code, result.stdout, result.stderr]).toEqual([
      0,
      '',
      `plainly suggest: wrote ${path('out.docx')} with 2 tracked changes and 14 comments.\nOpen it in Word or LibreOffice and use the Review tab to accept or reject each one.\n`,
    ]);
    const model = await readDocument(new Uint8Array(await readFile(path('out.docx'))), 'out.docx');
    expect(model.text).toContain(
      'We will use co-production with every person with an interest in the review.',
    );
    expect(await paperIsUntouched()).toBe(true);
  });

  it('says which suggestions are comments instead of changes, and which are left out', async () => {
    await writeFile(path('tricky.docx'), await trickyPaperDocx());
    const result = await plainly([
      'suggest',
      path('tricky.docx'),
      '--output',
      path('tricky-out.docx'),
    ]);
    expect([result.code, result.stderr]).toEqual([
      0,
      [
        `plainly suggest: wrote ${path('tricky-out.docx')} with 5 tracked changes and 5 comments.`,
        'Open it in Word or LibreOffice and use the Review tab to accept or reject each one.',
        '1 plainer word is a comment instead of a change, because the words are inside a change someone else has not yet accepted.',
        '2 findings are not in the copy, because Plainly could not find them in the main text (they may be in footnotes or text boxes). See them with "plainly report".',
        '',
      ].join('\n'),
    ]);
  });

  it('puts in only the kinds named with --include', async () => {
    const result = await plainly([
      'suggest',
      path('paper.docx'),
      '--include',
      'replacements',
      '--output',
      path('changes-only.docx'),
    ]);
    expect(result.stderr).toBe(
      `plainly suggest: wrote ${path('changes-only.docx')} with 2 tracked changes and 0 comments.\nOpen it in Word or LibreOffice and use the Review tab to accept or reject each one.\n`,
    );
    const names = Object.keys(unzipSync(new Uint8Array(await readFile(path('changes-only.docx')))));
    expect(names).not.toContain('word/comments.xml');
  });

  it('will not replace a file that is there unless you add --force', async () => {
    await writeFile(path('taken.docx'), 'keep me');
    const refused = await plainly(['suggest', path('paper.docx'), '--output', path('taken.docx')]);
    expect([refused.code, refused.stderr]).toEqual([
      2,
      `plainly suggest: ${path('taken.docx')} already exists. Choose another name, or add --force to replace it.\n`,
    ]);
    expect(await readFile(path('taken.docx'), 'utf8')).toBe('keep me');
    const forced = await plainly([
      'suggest',
      path('paper.docx'),
      '--output',
      path('taken.docx'),
      '--force',
    ]);
    expect(forced.code).toBe(0);
    const bytes = await readFile(path('taken.docx'));
    expect([bytes[0], bytes[1]]).toEqual([0x50, 0x4b]);
  });

  it('never writes over the file it reads, by its own name, a link or a second name', async () => {
    await symlink(path('paper.docx'), path('shortcut.docx'));
    await link(path('paper.docx'), path('second-name.docx'));
    for (const output of [
      'paper.docx',
      'shortcut.docx',
      'second-name.docx',
      `../${dir.split('/').pop()}/paper.docx`,
    ]) {
      const result = await plainly([
        'suggest',
        path('paper.docx'),
        '--output',
        join(dir, output),
        '--force',
      ]);
      expect([result.code, result.stderr], output).toEqual([
        2,
        `plainly suggest: ${join(dir, output)} is the file you are marking up. Plainly never writes over it: choose another name for the copy.\n`,
      ]);
    }
    expect(await paperIsUntouched()).toBe(true);
  });

  it.each([
    [['suggest', 'paper.docx'], 'say where to save the marked-up copy, with --output <file.docx>.'],
    [
      ['suggest', 'paper.docx', '--output', 'out.pdf'],
      'OUT.pdf: the marked-up copy must be a .docx file.',
    ],
    [
      ['suggest', 'notes.md', '--output', 'notes.docx'],
      'IN.md: Plainly can only mark up Word files (.docx). Use "plainly report" for other files.',
    ],
    [
      ['suggest', 'paper.docx', '--output', 'x.docx', '--include', 'jokes'],
      'there is no kind of suggestion called "jokes". Use replacements, explanations, sentences, abbreviations, accessibility, advice.',
    ],
    [
      ['suggest', 'paper.docx', '--output', 'x.docx', '--profile', 'legal'],
      'there is no profile "legal". Use plain, public or easy-read.',
    ],
    [['suggest', 'missing.docx', '--output', 'x.docx'], 'IN.docx: there is no such file.'],
    [
      ['suggest', 'locked.docx', '--output', 'x.docx'],
      'IN.docx: This Word file is protected with a password, or is an old .doc file. Remove the password or save it as .docx, then try again.',
    ],
    [
      ['suggest', 'broken.docx', '--output', 'x.docx'],
      'IN.docx: This Word file is damaged, so Plainly cannot read it. Open it in Word, save it again as .docx, and try again.',
    ],
  ])('%j says what is wrong, and writes nothing', async (args, message) => {
    const full = args.map((arg) => (/\.(docx|md|pdf)$/.test(arg) ? path(arg) : arg));
    const result = await plainly(full);
    const input = full[1] as string;
    const output = full[full.indexOf('--output') + 1];
    const expected = message.replace(/^IN\.\w+/, input).replace(/^OUT\.pdf/, output ?? '');
    expect([result.code, result.stderr]).toEqual([2, `plainly suggest: ${expected}\n`]);
    expect(existsSync(path('x.docx'))).toBe(false);
  });

  it('is described in --help', async () => {
    const result = await plainly(['--help']);
    expect(result.stdout).toContain(
      'plainly suggest <file.docx> --output <file.docx> [--include <kinds>] [--force]',
    );
  });
});
