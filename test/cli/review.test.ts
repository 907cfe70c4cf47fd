/**
 * The command line with documents: .docx and .pdf are checked (PDF findings
 * carry their page), and `plainly report` and `plainly appendix` write files.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main';
import { boardPaperDocx, makePdf } from '../fixtures/documents';

let dir: string;
const path = (name: string) => join(dir, name);

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'plainly-cli-review-'));
  await writeFile(path('paper.docx'), await boardPaperDocx());
  await writeFile(
    path('minutes.pdf'),
    makePdf({
      title: 'Minutes',
      pages: [{ paragraphs: ['The board met.'] }, { paragraphs: ['We will utilise the room.'] }],
    }),
  );
  await writeFile(path('scan.pdf'), makePdf({ scanned: true, pages: [{ paragraphs: [] }] }));
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

describe('plainly with .docx and .pdf', () => {
  it('checks a PDF and gives each finding its page', async () => {
    const result = await plainly(['--format', 'json', path('minutes.pdf')]);
    const findings = JSON.parse(result.stdout).files[0].findings;
    expect(findings.map((f: { text: string; page: number }) => [f.text, f.page])).toEqual([
      ['utilise', 2],
    ]);
    expect(result.code).toBe(0);
  });

  it('checks a .docx', async () => {
    const result = await plainly([path('paper.docx')]);
    expect(result.stdout).toContain('“co-production”');
    expect(result.stderr).toBe('');
  });

  it('says plainly when a PDF is a scan', async () => {
    const result = await plainly([path('scan.pdf')]);
    expect([result.code, result.stderr]).toEqual([
      2,
      `plainly: ${path('scan.pdf')}: This looks like a scanned document: its text cannot be read. Use the original Word or text file, or a PDF made from it.\n`,
    ]);
  });
});

describe('plainly report', () => {
  it.each([
    ['md', /^# Ready to circulate\? Day services review: board paper\n/],
    ['html', /^<!doctype html>\n<html lang="en-GB">/],
    ['json', /^\{\n {2}"document": \{/],
  ])('writes the report as %s', async (format, start) => {
    const result = await plainly(['report', path('paper.docx'), '--format', format]);
    expect(result.stdout).toMatch(start);
    expect(result.code).toBe(0);
  });

  it('refuses an unknown format', async () => {
    const result = await plainly(['report', path('paper.docx'), '--format', 'pdf']);
    expect([result.code, result.stderr]).toEqual([
      2,
      'plainly report: there is no report format "pdf". Use html, md, json.\n',
    ]);
  });
});

describe('plainly appendix', () => {
  it('writes the words we used as .docx, taking the format from the file name', async () => {
    const result = await plainly(['appendix', path('paper.docx'), '--output', path('words.docx')]);
    expect([result.code, result.stderr]).toEqual([0, `plainly: wrote ${path('words.docx')}\n`]);
    const bytes = await readFile(path('words.docx'));
    expect([bytes[0], bytes[1]]).toEqual([0x50, 0x4b]);
  });

  it('writes Markdown with easy read sentences in the easy read profile', async () => {
    await plainly([
      'appendix',
      path('paper.docx'),
      '--profile',
      'easy-read',
      '--format',
      'md',
      '--output',
      path('words.md'),
    ]);
    const md = await readFile(path('words.md'), 'utf8');
    expect(md).toContain('**co-production**: People who draw on care');
    expect(md).toContain('- We plan things together with you.');
  });

  it('needs --output', async () => {
    const result = await plainly(['appendix', path('paper.docx')]);
    expect([result.code, result.stderr]).toEqual([
      2,
      'plainly appendix: say where to save the list, with --output <file>.\n',
    ]);
  });

  it('is described in --help', async () => {
    const help = (await plainly(['--help'])).stdout;
    expect(help).toContain('plainly report <file> [--format html|md|json]');
    expect(help).toContain('plainly appendix <file> --output <file> [--format md|html|docx]');
  });
});
