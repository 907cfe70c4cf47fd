import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main';
import packageJson from '../../package.json';
import { entry } from '../helpers';

let dir: string;
const path = (name: string) => join(dir, name);

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'plainly-cli-'));
  await writeFile(path('minutes.md'), '# Minutes\n\nThe team met.\n\nWe will utilise the room.\n');
  await writeFile(path('clean.txt'), 'The team met on Monday.\n');
  await writeFile(path('page.html'), '<p>We will utilise the room.</p>');
  await writeFile(path('paper.docx'), 'not really a docx');
  await writeFile(path('latin1.txt'), Buffer.from([0x63, 0x61, 0x66, 0xe9]));
  await writeFile(
    path('own.json'),
    JSON.stringify({
      format: 'plainly-glossary',
      version: 1,
      entries: [
        entry({ id: 'the-room', term: 'room', alternatives: ['space'], severity: 'error' }),
      ],
    }),
  );
  await writeFile(
    path('broken.json'),
    JSON.stringify({
      format: 'plainly-glossary',
      version: 1,
      entries: [
        entry({ id: 'one', term: 'one', action: 'explain' }),
        { ...entry({ id: 'one', term: 'two', action: 'explain' }), definition: undefined },
      ],
    }),
  );
  await writeFile(path('not-json.json'), '{"format": ');
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function plainly(args: string[], stdin = '') {
  let stdout = '';
  let stderr = '';
  const code = await run(args, {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    readStdin: async () => stdin,
  });
  return { code, stdout, stderr };
}

describe('plainly (command line)', () => {
  it('prints one line per finding and a summary', async () => {
    const result = await plainly([path('minutes.md')]);
    expect(result.stdout.split('\n')).toEqual([
      `${path('minutes.md')}:5:9  suggestion  Try “use” instead of “utilise”.  plain-words`,
      `${path('minutes.md')}: 9 words, reading level about age 6 (easy), aim for age 13 or under; 0 errors, 0 warnings, 1 suggestion`,
      '',
    ]);
    expect(result.code).toBe(0);
  });

  it('writes JSON with the path, profile, stats and findings of each file', async () => {
    const result = await plainly([
      '--format',
      'json',
      '--profile',
      'public',
      path('page.html'),
      path('clean.txt'),
    ]);
    const parsed = JSON.parse(result.stdout);
    expect(parsed.files.map((f: { path: string; profile: string }) => [f.path, f.profile])).toEqual(
      [
        [path('page.html'), 'public'],
        [path('clean.txt'), 'public'],
      ],
    );
    expect(parsed.files[0].findings[0]).toMatchObject({
      ruleId: 'plain-words',
      text: 'utilise',
      start: 11,
      end: 18,
      line: 1,
      column: 12,
      severity: 'warning',
    });
    expect(parsed.files[0].stats.words).toBe(5);
    expect(result.code).toBe(0);
  });

  it('reads standard input', async () => {
    const result = await plainly(['--format', 'json', '-'], 'We will utilise it.');
    expect(
      JSON.parse(result.stdout).files[0].findings.map((f: { text: string }) => f.text),
    ).toEqual(['utilise']);
  });

  it('layers a glossary file over the built-in one, and exits 1 on an error finding', async () => {
    const result = await plainly(['--glossary', path('own.json'), path('minutes.md')]);
    expect(result.stdout).toContain(
      `${path('minutes.md')}:5:21  error  “room” is jargon. Try “space”.  glossary-term`,
    );
    expect(result.code).toBe(1);
  });

  it.each([
    [
      ['--profile', 'simple', 'x.txt'],
      'plainly: there is no profile "simple". Use plain, public or easy-read.\n',
    ],
    [['--format', 'xml', 'x.txt'], 'plainly: there is no output format "xml". Use text or json.\n'],
    [
      ['--colour', 'x.txt'],
      'plainly: there is no option "--colour".\nRun "plainly --help" to see the options.\n',
    ],
    [[], 'plainly: name at least one file to check, or - to read from standard input.\n'],
  ])('rejects bad options: %j', async (args, message) => {
    const result = await plainly(args);
    expect([result.code, result.stderr]).toEqual([2, message]);
  });

  it('names the file and the problem when a file cannot be used', async () => {
    const result = await plainly([
      path('missing.md'),
      path('paper.docx'),
      path('latin1.txt'),
      dir,
      path('clean.txt'),
    ]);
    expect(result.code).toBe(2);
    expect(result.stderr.split('\n')).toEqual([
      `plainly: ${path('missing.md')}: there is no such file.`,
      `plainly: ${path('paper.docx')}: This Word file is damaged, so Plainly cannot read it. Open it in Word, save it again as .docx, and try again.`,
      `plainly: ${path('latin1.txt')}: it is not UTF-8 text. Save it as UTF-8 and try again.`,
      `plainly: ${dir}: Plainly cannot read files without an extension. It reads .txt, .md, .html, .docx and .pdf files.`,
      '',
    ]);
    // The readable file is still checked.
    expect(result.stdout).toContain(`${path('clean.txt')}: 5 words`);
  });

  it('names the entry and field of an invalid glossary', async () => {
    const result = await plainly(['--glossary', path('broken.json'), path('clean.txt')]);
    expect([result.code, result.stderr]).toEqual([
      2,
      `plainly: ${path('broken.json')}: this glossary has 2 problems:\none: definition is missing\none: id is used by another entry\n`,
    ]);
    const notJson = await plainly(['--glossary', path('not-json.json'), path('clean.txt')]);
    expect(notJson.code).toBe(2);
    expect(notJson.stderr).toMatch(/^plainly: .*not-json\.json: this is not valid JSON/);
  });

  it('prints help and the version', async () => {
    expect((await plainly(['--help'])).stdout).toMatch(/^Usage: plainly \[options\] <files\.\.\.>/);
    // The help fits a terminal 80 columns wide.
    const wide = (await plainly(['--help'])).stdout.split('\n').filter((line) => line.length > 80);
    expect(wide).toEqual([]);
    expect(await plainly(['--version'])).toEqual({
      code: 0,
      stdout: `${packageJson.version}\n`,
      stderr: '',
    });
  });
});

describe('one way in', () => {
  const PAPER =
    '# Day services\n\nWe will use co-production with people.\nThe Board noted the  DToC figures.\n';

  it('gives the same findings and reading age for a file, standard input and plainly report', async () => {
    const file = path('one-way.md');
    await writeFile(file, PAPER);
    const fromFile = JSON.parse((await plainly(['--format', 'json', file])).stdout);
    const fromStdin = JSON.parse(
      (await plainly(['--format', 'json', '--stdin-format', 'md', '-'], PAPER)).stdout,
    );
    const report = JSON.parse((await plainly(['report', file, '--format', 'json'])).stdout);
    const strip = (f: { ruleId: string; line: number; column: number; text: string }) => [
      f.ruleId,
      f.line,
      f.column,
      f.text,
    ];
    expect(fromFile.files[0].findings.map(strip)).toEqual([
      ['glossary-term', 3, 13, 'co-production'],
      ['acronym', 4, 22, 'DToC'],
    ]);
    expect(fromStdin.files[0].findings.map(strip)).toEqual(fromFile.files[0].findings.map(strip));
    expect(report.stats.readingAge).toBe(fromFile.files[0].stats.readingAge);
    expect(report.stats.words).toBe(fromFile.files[0].stats.words);
    // The heading is read as a heading: never a hard sentence, whatever the route.
    expect(fromFile.files[0].findings.some((f: { line: number }) => f.line === 1)).toBe(false);
    // Offsets are the file's: the flagged text is where they say.
    const finding = fromFile.files[0].findings[1];
    expect(PAPER.slice(finding.start, finding.end)).toBe('DToC');
  });

  it('ends a finding on bold or italic text before the closing marks', async () => {
    const file = path('bold.md');
    const source = '- **reablement**: ask us about it.\n- *Respite*: a break.\n';
    await writeFile(file, source);
    const { stdout } = await plainly(['--format', 'json', '--profile', 'public', file]);
    const found = JSON.parse(stdout).files[0].findings.map(
      (f: { text: string; start: number; end: number }) => [f.text, source.slice(f.start, f.end)],
    );
    expect(found).toEqual([
      ['reablement', 'reablement'],
      ['Respite', 'Respite'],
    ]);
  });
});
