/**
 * Every crafted file (test/fixtures/crafted.ts) through the review page's
 * reader code (`answerRead`, what its Web Worker runs) and through the built
 * command line as a child process, with a memory limit on the child. Each
 * gives exactly the plain message below, or is read. No timing is asserted:
 * the long test timeouts only guard against a hang.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MESSAGES } from '../../src/documents/errors';
import { loadPdfJsForNode } from '../../src/documents/pdfjs-node';
import { answerRead } from '../../src/documents/reader-answer';
import { buildCli, runCli } from '../cli/built-cli';
import { CRAFTED } from '../fixtures/crafted';

const GUARD = 120_000;

const damagedDocx = MESSAGES.corruptDocx();
const complexDocx = MESSAGES.tooComplexDocx();
const zipBomb = MESSAGES.zipBomb();
const tooMuchText = MESSAGES.tooMuchText();
const tooDeep = MESSAGES.tooDeep();
const tooDeepMarkdown = MESSAGES.tooDeep(64);
const tooManyMarks = MESSAGES.tooManyMarks();

/** What each file gives: its words when read (as the command line counts them), or the message. */
const EXPECTED: Record<string, { words: string } | { message: string }> = {
  'unclosed-comment.docx': { message: damagedDocx },
  'unclosed-titles.docx': { message: complexDocx },
  'huge-title.docx': { words: '5 words' },
  'empty-paragraphs.docx': { message: complexDocx },
  'empty-runs.docx': { message: complexDocx },
  'many-paragraphs.docx': { words: '120,000 words' },
  'too-many-paragraphs.docx': { message: complexDocx },
  'many-elements.docx': { message: complexDocx },
  'lying-sizes.docx': { message: zipBomb },
  'lying-picture.docx': { message: zipBomb },
  'overlapping-entries.docx': { message: zipBomb },
  'many-parts.docx': { words: '5 words' },
  'too-many-parts.docx': { message: MESSAGES.tooManyParts() },
  'deep-nesting.docx': { message: complexDocx },
  'billion-laughs.docx': { message: damagedDocx },
  'external-entity.docx': { message: damagedDocx },
  'laughs-in-title.docx': { message: damagedDocx },
  'many-attributes.docx': { message: complexDocx },
  'long-text.docx': { message: tooMuchText },
  'huge-page-count.pdf': { words: '2 words' },
  'many-pages.pdf': {
    message:
      'This PDF has 2,000 pages. Plainly can read PDFs of up to 500 pages. Split it into smaller files.',
  },
  'deep-array-info.pdf': { words: '2 words' },
  'deep-array-content.pdf': { words: '2 words' },
  'nested-marked-content.pdf': { words: '34 words' },
  'many-runs.pdf': { words: '25 words' },
  'nested-100k.html': { message: tooDeep },
  'nested-emphasis.html': { message: tooDeep },
  'nested-quotes.md': { message: tooDeepMarkdown },
  'nested-lists.md': { message: tooDeepMarkdown },
  'brackets.md': { message: tooManyMarks },
  'deep-emphasis.md': { message: tooManyMarks },
  'emphasis-runs.md': { message: tooManyMarks },
  'many-paragraphs.txt': { words: '200,000 words' },
  'one-line-10mb.txt': { message: tooMuchText },
  'no-spaces-10mb.txt': { message: tooMuchText },
  'big-50mb.txt': { message: tooMuchText },
};

let dir: string;
const path = (name: string) => join(dir, name);

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'plainly-crafted-'));
  for (const file of CRAFTED) await writeFile(path(file.name), file.make());
}, GUARD);

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('crafted files', () => {
  it('has an expected result for every crafted file, and a crafted file for every result', () => {
    expect(CRAFTED.map((file) => file.name).sort()).toEqual(Object.keys(EXPECTED).sort());
  });
});

describe('crafted files through the review page’s reader', () => {
  it.each(CRAFTED.map((file) => [file.name, file] as const))(
    '%s',
    async (name, file) => {
      const bytes = new Uint8Array(await readFile(path(file.name))).buffer;
      const answer = await answerRead({ name, bytes }, { pdfjs: loadPdfJsForNode });
      const expected = EXPECTED[name];
      if (expected && 'message' in expected) {
        expect(answer).toMatchObject({ ok: false, message: expected.message });
      } else {
        expect(answer.ok).toBe(true);
      }
    },
    GUARD,
  );
});

describe('crafted files through the command line', () => {
  let cli: string;
  beforeAll(async () => {
    cli = await buildCli();
  }, GUARD);
  afterAll(async () => {
    await rm(cli, { force: true });
  });

  // One run per kind of file: each file is read and checked in the command's
  // worker thread, and a file that is refused never stops the ones after it.
  for (const extension of ['.docx', '.pdf', '.html', '.md', '.txt']) {
    it(
      `checks every crafted ${extension} file in one run`,
      async () => {
        const names = CRAFTED.map((file) => file.name).filter((name) => name.endsWith(extension));
        const result = await runCli(cli, names.map(path));
        const refused = names.filter((name) => 'message' in (EXPECTED[name] as object));
        const read = names.filter((name) => 'words' in (EXPECTED[name] as object));
        expect(result.stderr.split('\n').filter(Boolean)).toEqual(
          refused.map(
            (name) => `plainly: ${path(name)}: ${(EXPECTED[name] as { message: string }).message}`,
          ),
        );
        const summaries = result.stdout
          .split('\n')
          .filter((line) => /^\S+: [\d,]+ words?,/.test(line));
        expect(
          summaries.map((line) => line.slice(0, line.indexOf(' words') + 6).replace(/s$/, '')),
        ).toEqual(
          read.map((name) =>
            `${path(name)}: ${(EXPECTED[name] as { words: string }).words}`.replace(/s$/, ''),
          ),
        );
        expect(result.code).toBe(refused.length > 0 ? 2 : 0);
      },
      5 * GUARD,
    );
  }

  it.each(['big-50mb.txt', 'many-paragraphs.docx', 'nested-100k.html', 'lying-sizes.docx'])(
    'writes the report for %s, or says why not',
    async (name) => {
      const result = await runCli(cli, ['report', path(name)]);
      const expected = EXPECTED[name];
      if (expected && 'message' in expected) {
        expect([result.code, result.stderr]).toEqual([
          2,
          `plainly report: ${path(name)}: ${expected.message}\n`,
        ]);
      } else {
        expect([result.code, result.stderr]).toEqual([0, '']);
        expect(result.stdout).toMatch(/^# Ready to circulate\?/);
      }
    },
    GUARD,
  );

  it(
    'stops a file that runs over --time-limit, names it, and goes on to the next',
    async () => {
      const result = await runCli(cli, [
        '--time-limit',
        '0.001',
        path('many-paragraphs.txt'),
        path('huge-title.docx'),
      ]);
      expect([result.code, result.stderr.split('\n')]).toEqual([
        2,
        [
          `plainly: ${path('many-paragraphs.txt')}: ${MESSAGES.timeLimit(0.001, 'Checking')}`,
          `plainly: ${path('huge-title.docx')}: ${MESSAGES.timeLimit(0.001, 'Checking')}`,
          '',
        ],
      ]);
    },
    GUARD,
  );
});
