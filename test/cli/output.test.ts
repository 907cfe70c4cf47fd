/**
 * `plainly report --output` and `plainly appendix --output` never harm the
 * user's files: never over a file being read (by any name), never over an
 * existing file without --force, and never half a file.
 */
import { link, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main';
import { boardPaperDocx } from '../fixtures/documents';
import { buildCli, runCli } from './built-cli';

let dir: string;
let paper: Uint8Array;
const path = (name: string) => join(dir, name);
const NOTES = '# My own notes\n\nDo not lose these.\n';

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'plainly-cli-output-'));
  paper = await boardPaperDocx();
  await writeFile(path('paper.docx'), paper);
  await writeFile(path('glossary.json'), '{"format":"plainly-glossary","version":1,"entries":[]}');
  await symlink(path('paper.docx'), path('link-to-paper.docx'));
  await link(path('paper.docx'), path('hard-link-to-paper.docx'));
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

describe('writing an output file', () => {
  it.each([
    ['the same path', 'paper.docx', 'paper.docx'],
    ['a symbolic link to it', 'link-to-paper.docx', 'paper.docx'],
    ['a hard link to it', 'hard-link-to-paper.docx', 'paper.docx'],
  ])('never writes over the file it reads, given %s, even with --force', async (_, output) => {
    for (const force of [[], ['--force']]) {
      const result = await plainly([
        'appendix',
        path('paper.docx'),
        '--output',
        path(output),
        ...force,
      ]);
      expect([result.code, result.stderr]).toEqual([
        2,
        `plainly appendix: ${path(output)} is the file you are reading (${path('paper.docx')}), so Plainly will not write over it. Choose another name with --output.\n`,
      ]);
    }
    expect(new Uint8Array(await readFile(path('paper.docx')))).toEqual(paper);
  });

  it('never writes over a glossary it reads', async () => {
    const before = await readFile(path('glossary.json'));
    const result = await plainly([
      'report',
      path('paper.docx'),
      '--glossary',
      path('glossary.json'),
      '--output',
      path('glossary.json'),
      '--force',
    ]);
    expect([result.code, result.stderr]).toEqual([
      2,
      `plainly report: ${path('glossary.json')} is the file you are reading (${path('glossary.json')}), so Plainly will not write over it. Choose another name with --output.\n`,
    ]);
    expect(await readFile(path('glossary.json'))).toEqual(before);
  });

  it('refuses an existing output without --force, and leaves it byte for byte', async () => {
    await writeFile(path('notes.md'), NOTES);
    const result = await plainly(['report', path('paper.docx'), '--output', path('notes.md')]);
    expect([result.code, result.stderr]).toEqual([
      2,
      `plainly report: ${path('notes.md')} already exists, so Plainly did not write over it. To replace it, add --force; or choose another name with --output.\n`,
    ]);
    expect(await readFile(path('notes.md'), 'utf8')).toBe(NOTES);
  });

  it('replaces an existing output with --force, leaving no temporary file', async () => {
    await writeFile(path('replace.md'), NOTES);
    const result = await plainly([
      'report',
      path('paper.docx'),
      '--output',
      path('replace.md'),
      '--force',
    ]);
    expect([result.code, result.stderr]).toEqual([0, `plainly: wrote ${path('replace.md')}\n`]);
    expect(await readFile(path('replace.md'), 'utf8')).toMatch(
      /^# Ready to circulate\? Day services review: board paper\n/,
    );
    expect((await readdir(dir)).filter((name) => name.includes('.plainly-'))).toEqual([]);
  });

  it('writes a new output file', async () => {
    const result = await plainly(['report', path('paper.docx'), '--output', path('new.md')]);
    expect([result.code, result.stderr]).toEqual([0, `plainly: wrote ${path('new.md')}\n`]);
    expect(await readFile(path('new.md'), 'utf8')).toMatch(/^# Ready to circulate\?/);
  });
});

describe('a write that fails (the built command line, limited to 1 KB files)', () => {
  let cli: string;
  beforeAll(async () => {
    cli = await buildCli();
  }, 120_000);
  afterAll(async () => {
    await rm(cli, { force: true });
  });

  it('writes the words we used as .docx from its worker thread', async () => {
    const result = await runCli(cli, [
      'appendix',
      path('paper.docx'),
      '--output',
      path('words.docx'),
    ]);
    expect([result.code, result.stderr]).toEqual([0, `plainly: wrote ${path('words.docx')}\n`]);
    const bytes = await readFile(path('words.docx'));
    expect([bytes[0], bytes[1]]).toEqual([0x50, 0x4b]);
  }, 120_000);

  it('leaves the old file as it was and no half-written file', async () => {
    await writeFile(path('kept.md'), NOTES);
    const result = await runCli(
      cli,
      ['report', path('paper.docx'), '--output', path('kept.md'), '--force'],
      { before: 'ulimit -f 1' },
    );
    expect([result.code, result.stderr]).toEqual([
      2,
      `plainly report: could not save ${path('kept.md')}, because the file would be too big for this disk or account. The file that was there is unchanged.\n`,
    ]);
    expect(await readFile(path('kept.md'), 'utf8')).toBe(NOTES);
    expect((await readdir(dir)).filter((name) => name.includes('.plainly-'))).toEqual([]);
  }, 120_000);
});
