/**
 * `plainly report <folder or pattern...>`: every readable file in a folder
 * (and the folders inside it) or matching a pattern, checked in worker
 * threads, added up into one report. Real files in a temporary folder; the
 * built command as a child process where the worker threads, the exit
 * status or the terminal matter.
 */
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { namesIn, type FileSummary } from '../../src/cli/file-summary';
import { buildFolderReport, folderReportMarkdown } from '../../src/cli/folder-report';
import { findFiles, parseJobs } from '../../src/cli/folder';
import { run, type Io } from '../../src/cli/main';
import { boardPaperDocx } from '../fixtures/documents';
import { buildCli, runCli } from './built-cli';

let dir: string;
let cli: string;
const path = (name: string) => join(dir, name);

const GOOD =
  '# Day trips\n\nWe run day trips to the sea. You can come with a friend. If you need this in large print, call us on 01234 567890.\n\n## Words we used\n\nDay trip: a visit out for one day.\n';
const NOTES =
  'We will leverage co-production going forward. The Riverside Wellbeing Exchange will help you. Ask the Riverside Wellbeing Exchange about it. The ABQZ team met the ABQZ board on Monday.\n';
const DAMAGED =
  'This Word file is damaged, so Plainly cannot read it. Open it in Word, save it again as .docx, and try again.';

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'plainly-cli-folder-'));
  await mkdir(path('papers/team'), { recursive: true });
  await mkdir(path('papers/.drafts'), { recursive: true });
  await writeFile(path('papers/good.md'), GOOD);
  await writeFile(path('papers/team/notes.txt'), NOTES);
  // A zip signature and nothing else: a Word file that cannot be read.
  await writeFile(path('papers/broken.docx'), 'PK\u0003\u0004 not a real Word file');
  // Passed over: a type Plainly does not read, a hidden folder, Word's lock file.
  await writeFile(path('papers/old.odt'), 'x');
  await writeFile(path('papers/.drafts/draft.txt'), 'A draft.');
  await writeFile(path('papers/~$good.docx'), 'lock');
  await mkdir(path('other'), { recursive: true });
  await writeFile(path('other/notes.odt'), 'x');
  await mkdir(path('word'), { recursive: true });
  await writeFile(path('word/paper.docx'), await boardPaperDocx());
  cli = await buildCli();
}, 120_000);

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** The command in this thread (no worker threads), with standard error a terminal when asked. */
async function plainly(args: string[], terminal = false) {
  let stdout = '';
  let stderr = '';
  const io: Io = {
    stdout: (text) => (stdout += typeof text === 'string' ? text : new TextDecoder().decode(text)),
    stderr: (text) => (stderr += text),
    readStdin: async () => '',
    ...(terminal ? { terminal: { columns: () => 80 } } : {}),
  };
  const code = await run(args, io);
  return { code, stdout, stderr };
}

const NO_FINDINGS = { error: 0, warning: 0, suggestion: 0 };
const NO_CATEGORIES = {
  jargon: 0,
  'plain-english': 0,
  readability: 0,
  acronym: 0,
  respectful: 0,
  'easy-read': 0,
};

/** What the three papers give, as JSON. */
const EXPECTED = {
  report: 'plainly-folder-report',
  version: 1,
  profile: 'plain',
  totals: { files: 3, ready: 1, notYet: 1, couldNotCheck: 1, words: 67 },
  files: [
    { path: 'papers/broken.docx', verdict: 'Could not check', problem: DAMAGED },
    {
      path: 'papers/good.md',
      verdict: 'Ready',
      title: 'Day trips',
      readingAge: 5,
      targetReadingAge: 13,
      words: 38,
      findings: NO_FINDINGS,
      byCategory: NO_CATEGORIES,
      accessibility: 0,
      checklist: { 'alternative-format': true, glossary: true, headings: true },
    },
    {
      path: 'papers/team/notes.txt',
      verdict: 'Not yet',
      title: 'papers/team/notes.txt',
      readingAge: 11,
      targetReadingAge: 13,
      words: 29,
      findings: { error: 0, warning: 3, suggestion: 1 },
      byCategory: { ...NO_CATEGORIES, jargon: 3, acronym: 1 },
      accessibility: 1,
      checklist: { 'alternative-format': false, glossary: false, headings: true },
    },
  ],
  jargon: [
    { term: 'co-production', uses: 1, files: 1 },
    { term: 'going forward', uses: 1, files: 1 },
    { term: 'leverage', uses: 1, files: 1 },
  ],
  unexplainedAbbreviations: [{ text: 'ABQZ', uses: 2, files: 1, inGlossary: false }],
  glossaryCandidates: [
    { text: 'ABQZ', kind: 'abbreviation', uses: 2, files: 1 },
    { text: 'Riverside Wellbeing Exchange', kind: 'name', uses: 2, files: 1 },
  ],
};

describe('plainly report <folder>, built and run as a child process', () => {
  it('checks every readable file in worker threads and reports the broken one', async () => {
    const result = await runCli(cli, ['report', 'papers', '--format', 'json'], { cwd: dir });
    expect(JSON.parse(result.stdout)).toEqual(EXPECTED);
    // The JSON is exactly JSON.stringify's, two spaces, ending with a new line.
    expect(result.stdout).toBe(`${JSON.stringify(EXPECTED, null, 2)}\n`);
    // Not a terminal: no progress bar, only what went wrong.
    expect(result.stderr).toBe('plainly: 1 file could not be checked. The report says why.\n');
    expect(result.code).toBe(2);
  });

  it('takes a pattern that goes up a folder, leaving out hidden and lock files', async () => {
    const result = await runCli(cli, ['report', '../*', '--format', 'json'], {
      cwd: path('papers/team'),
    });
    const report = JSON.parse(result.stdout) as typeof EXPECTED;
    expect(report.files.map((file) => file.path)).toEqual(['../broken.docx', '../good.md']);
  });

  it('takes a pattern, and several inputs, each file once', async () => {
    const result = await runCli(
      cli,
      ['report', 'papers/**/*.txt', 'papers/good.md', 'papers/team', '--format', 'json'],
      { cwd: dir },
    );
    const report = JSON.parse(result.stdout) as typeof EXPECTED;
    expect(report.files.map((file) => [file.path, file.verdict])).toEqual([
      ['papers/team/notes.txt', 'Not yet'],
      ['papers/good.md', 'Ready'],
    ]);
    expect([result.code, result.stderr]).toEqual([0, '']);
  });

  it('checks Word files in the worker, with one worker or several', async () => {
    for (const jobs of ['1', '3']) {
      const result = await runCli(
        cli,
        ['report', 'word', 'papers', '--jobs', jobs, '--format', 'json'],
        {
          cwd: dir,
        },
      );
      const report = JSON.parse(result.stdout) as typeof EXPECTED;
      expect(report.files.map((file) => [file.path, file.verdict])).toEqual([
        ['word/paper.docx', 'Not yet'],
        ['papers/broken.docx', 'Could not check'],
        ['papers/good.md', 'Ready'],
        ['papers/team/notes.txt', 'Not yet'],
      ]);
      expect(report.jargon.find((item) => item.term === 'co-production')).toEqual({
        term: 'co-production',
        uses: 2,
        files: 2,
      });
    }
  });

  it('writes the report with --output, and leaves it out of the files it checks next time', async () => {
    const output = 'papers/report.md';
    const first = await runCli(cli, ['report', 'papers', '--output', output], { cwd: dir });
    expect(first.stderr).toBe(
      `plainly: wrote ${output}\nplainly: 1 file could not be checked. The report says why.\n`,
    );
    const again = await runCli(cli, ['report', 'papers', '--output', output], { cwd: dir });
    expect([again.code, again.stderr]).toEqual([
      2,
      `plainly report: ${output} already exists, so Plainly did not write over it. To replace it, add --force; or choose another name with --output.\n`,
    ]);
    const forced = await runCli(cli, ['report', 'papers', '--output', output, '--force'], {
      cwd: dir,
    });
    expect(forced.code).toBe(2);
    const text = await readFile(path(output), 'utf8');
    expect(text).toContain('| papers/good.md | Ready | 5 (13) | 38 | 0 | 0 | 0 | 0 |');
    expect(text).not.toContain('report.md');
    await rm(path(output));
  });

  it('stops a file that takes too long and goes on to the next', async () => {
    const result = await runCli(
      cli,
      ['report', 'papers', '--time-limit', '0.001', '--format', 'json'],
      {
        cwd: dir,
      },
    );
    const report = JSON.parse(result.stdout) as typeof EXPECTED;
    expect(report.totals.couldNotCheck).toBe(3);
    const stopped =
      'Checking this file took longer than 0.001 seconds, so Plainly stopped. The file may be too large or damaged. Try a smaller part of it.';
    expect(report.files.map((file) => ('problem' in file ? file.problem : ''))).toEqual([
      stopped,
      stopped,
      stopped,
    ]);
  });
});

describe('plainly report <folder>, in this thread', () => {
  it('gives the same report as the worker threads', async () => {
    const result = await plainly(['report', path('papers'), '--format', 'json']);
    const report = JSON.parse(result.stdout) as typeof EXPECTED;
    expect(report.files.map((file) => file.path)).toEqual(
      EXPECTED.files.map((file) => path(file.path)),
    );
    expect({ ...report, files: [] }).toEqual({ ...EXPECTED, files: [] });
  });

  it('shows a progress bar on a terminal, and clears it', async () => {
    const result = await plainly(['report', path('papers'), '--output', path('bar.md')], true);
    const bar = (done: number) =>
      `\rChecking [${'#'.repeat(Math.round((40 * done) / 3))}${'-'.repeat(40 - Math.round((40 * done) / 3))}] ${done} of 3 files`;
    expect(result.stderr.startsWith(bar(0))).toBe(true);
    expect(result.stderr).toContain(bar(3));
    expect(result.stderr).toContain(`\r${' '.repeat(bar(3).length - 1)}\r`);
    expect(
      result.stderr.endsWith(
        `plainly: wrote ${path('bar.md')}\nplainly: 1 file could not be checked. The report says why.\n`,
      ),
    ).toBe(true);
    await rm(path('bar.md'));
  });

  it('says plainly what is wrong with an input or an option', async () => {
    const cases: [string[], string][] = [
      [
        ['report', path('papers'), path('nowhere')],
        `plainly report: ${path('nowhere')}: there is no such file or folder.\n`,
      ],
      [
        ['report', path('papers/*.pdf')],
        `plainly report: ${path('papers/*.pdf')}: no .txt, .md, .html, .docx or .pdf file has a name that matches this.\n`,
      ],
      [
        ['report', path('other')],
        `plainly report: ${path('other')}: there are no .txt, .md, .html, .docx or .pdf files in this folder.\n`,
      ],
      [
        ['report', path('papers'), '--jobs', 'many'],
        'plainly report: there is no number of files to check at once "many". Give a whole number from 1 to 64, such as 4.\n',
      ],
      [
        ['report', path('papers'), '--format', 'docx'],
        'plainly report: there is no report format "docx". Use html, md, json.\n',
      ],
    ];
    for (const [args, message] of cases) {
      expect(await plainly(args)).toEqual({ code: 2, stdout: '', stderr: message });
    }
  });

  it('is described in --help', async () => {
    const help = (await plainly(['--help'])).stdout;
    expect(help).toContain(
      'plainly report <folder or pattern...> [--format html|md|json]\n      [--output <file>]',
    );
    expect(help).toContain('--jobs <number> says how many files to check at once');
  });

  it('writes HTML with a row for every file', async () => {
    const result = await plainly(['report', path('papers'), '--format', 'html']);
    expect(result.stdout).toMatch(/^<!doctype html>\n<html lang="en-GB">/);
    expect(result.stdout).toContain(
      `<th scope="row">${path('papers/broken.docx')}</th><td colspan="7">Could not check: ${DAMAGED}</td>`,
    );
    expect(result.stdout).toContain(
      '<tr><td>Riverside Wellbeing Exchange</td><td>Name</td><td class="n">2</td><td class="n">1</td></tr>',
    );
  });
});

describe('finding the files', () => {
  it('walks folders in order of name, passing over what it does not read', async () => {
    expect(await findFiles([path('papers')])).toEqual([
      path('papers/broken.docx'),
      path('papers/good.md'),
      path('papers/team/notes.txt'),
    ]);
  });

  it('reads --jobs', () => {
    expect([parseJobs(undefined), parseJobs('1'), parseJobs('64')]).toEqual([undefined, 1, 64]);
    for (const bad of ['0', '65', '1.5', '-2', '', 'two']) expect(() => parseJobs(bad)).toThrow();
  });
});

describe('names in capitals', () => {
  const table: [string, string[]][] = [
    ['We met the Better Care Fund team.', ['Better Care Fund']],
    ['The Riverside Wellbeing Exchange opens today.', ['Riverside Wellbeing Exchange']],
    ['Ask the Care Quality Commission.', ['Care Quality Commission']],
    ['Talk to the Department of Health and Social Care.', ['Department of Health and Social Care']],
    ['The Health & Wellbeing Board met.', ['Health & Wellbeing Board']],
    ['Mrs Jane Smith came.', []],
    ['We went on Monday.', []],
    ['NHS England pays.', ['NHS England']],
    ['THE END OF THE PAPER', []],
    ['Better care. Fund more.', []],
    ['One Two Three Four Five Six Seven words.', []],
  ];
  it.each(table)('%s', (text, names) => {
    expect(namesIn(text).map((found) => found.name)).toEqual(names);
  });
});

describe('adding the files up', () => {
  const summary = (over: Partial<FileSummary>): FileSummary => ({
    title: 'T',
    ready: false,
    readingAge: 12,
    targetReadingAge: 13,
    words: 100,
    bySeverity: { error: 0, warning: 1, suggestion: 0 },
    byCategory: { ...NO_CATEGORIES, jargon: 1 },
    accessibility: 0,
    checklist: { 'alternative-format': false, glossary: false, headings: true },
    jargon: [],
    abbreviations: [],
    names: [],
    ...over,
  });

  it('shows the first 20 of a list in Markdown, and says how many more there are', () => {
    const jargon = Array.from({ length: 21 }, (_, i) => ({
      term: `term ${String(i).padStart(2, '0')}`,
      count: 30 - i,
    }));
    const markdown = folderReportMarkdown(
      buildFolderReport([{ path: 'a.txt', summary: summary({ jargon }) }], 'plain'),
    );
    expect(markdown).toContain(
      '| term 19 | 11 | 1 |\n\nAnd 1 more: see the whole list with --format json.\n',
    );
    expect(markdown).not.toContain('term 20');
  });

  it('counts uses and files, and lists only names used twice and in a sentence', () => {
    const report = buildFolderReport(
      [
        {
          path: 'a.txt',
          summary: summary({
            ready: true,
            jargon: [{ term: 'signpost', count: 3 }],
            abbreviations: [
              { text: 'BCF', count: 2, inGlossary: false },
              { text: 'DoLS', count: 1, inGlossary: true },
            ],
            names: [
              { text: 'Care Hub', count: 1, midSentence: 1 },
              { text: 'Last Tuesday', count: 2, midSentence: 0 },
            ],
          }),
        },
        {
          path: 'b.txt',
          summary: summary({
            jargon: [
              { term: 'co-production', count: 4 },
              { term: 'signpost', count: 1 },
            ],
            abbreviations: [{ text: 'BCF', count: 1, inGlossary: false }],
            names: [
              { text: 'Care Hub', count: 2, midSentence: 0 },
              { text: 'Solo Name', count: 1, midSentence: 1 },
            ],
          }),
        },
        { path: 'c.docx', problem: 'It is damaged.' },
      ],
      'public',
    );
    expect(report.totals).toEqual({ files: 3, ready: 1, notYet: 1, couldNotCheck: 1, words: 200 });
    // Most uses first; then used in more files.
    expect(report.jargon).toEqual([
      { term: 'signpost', uses: 4, files: 2 },
      { term: 'co-production', uses: 4, files: 1 },
    ]);
    expect(report.unexplainedAbbreviations).toEqual([
      { text: 'BCF', uses: 3, files: 2, inGlossary: false },
      { text: 'DoLS', uses: 1, files: 1, inGlossary: true },
    ]);
    expect(report.glossaryCandidates).toEqual([
      { text: 'BCF', kind: 'abbreviation', uses: 3, files: 2 },
      { text: 'Care Hub', kind: 'name', uses: 3, files: 2 },
    ]);
    expect(folderReportMarkdown(report)).toBe(`# Ready to circulate? 3 files

3 files, 200 words: 1 ready, 1 not yet, 1 could not be checked.

Profile: Public.

## Files

| File | Verdict | Reading age (aim) | Words | Errors | Warnings | Suggestions | Accessibility |
| --- | --- | --- | --- | --- | --- | --- | --- |
| a.txt | Ready | 12 (13) | 100 | 0 | 1 | 0 | 0 |
| b.txt | Not yet | 12 (13) | 100 | 0 | 1 | 0 | 0 |
| c.docx | Could not check: It is damaged. | | | | | | |

## Most used jargon

| Term | Uses | Files |
| --- | --- | --- |
| signpost | 4 | 2 |
| co-production | 4 | 1 |

## Short forms not explained

| Short form | Uses | Files | In the glossary |
| --- | --- | --- | --- |
| BCF | 3 | 2 | No |
| DoLS | 1 | 1 | Yes |

## Words for the glossary

Terms the glossary does not have yet that come up most: short forms it does not know, and names written with capitals used more than once. Its maintainers may want to add them.

| Term | Kind | Uses | Files |
| --- | --- | --- | --- |
| BCF | Short form | 3 | 2 |
| Care Hub | Name | 3 | 2 |
`);
  });
});
