/**
 * LibreOffice as a second reader of marked-up files: it opens them, shows
 * both versions of each change, accepts every change to give the paper with
 * Plainly's words, rejects every change to give the paper as it was, keeps
 * every change and comment when it saves the file again, and exports a PDF.
 *
 * The second paper was made by LibreOffice itself (from
 * test/fixtures/papers/short-breaks-paper.html), so it has LibreOffice's own
 * way of writing Word files, and is checked by Plainly for real with
 * `plainly suggest`.
 *
 * These tests need LibreOffice (libreoffice-writer-nogui): without it they fail and say so.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main';
import { readDocument } from '../../src/documents/index';
import { suggestDocx } from '../../src/markup/index';
import { joinedParagraphsDocx, trickyPaperDocx } from '../fixtures/suggest-documents';
import { blocks, changes, comments, parts, storedEntries } from './helpers';
import { LibreOffice } from './libreoffice';
import { trickyReview } from './tricky-review';

const PAPER = new URL('../fixtures/papers/short-breaks-paper.docx', import.meta.url);
const NOW = new Date('2025-03-04T09:30:00Z');

let office: LibreOffice;
let dir: string;

beforeAll(async () => {
  office = await LibreOffice.start();
  dir = await mkdtemp(join(tmpdir(), 'plainly-suggest-lo-'));
}, 120_000);

afterAll(async () => {
  await office?.stop();
  if (dir) await rm(dir, { recursive: true, force: true });
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

describe('the tricky paper in LibreOffice', () => {
  let original: string;
  let marked: string;
  let markedBytes: Uint8Array;

  beforeAll(async () => {
    const tricky = await trickyPaperDocx();
    const model = await readDocument(tricky, 'tricky.docx');
    markedBytes = suggestDocx(tricky, trickyReview(model), { now: NOW }).bytes;
    original = await office.file('tricky.docx', tricky);
    marked = await office.file('tricky-suggestions.docx', markedBytes);
  }, 120_000);

  it('shows both versions of each change', async () => {
    expect(await office.text(marked)).toBe(
      [
        'Home care review',
        'We will utiliseuse the budget well.',
        'We have a robuststrong plan.',
        'We will consult every stakeholdercommission the service from April.',
        'Service',
        'Plan',
        'Day servicesThings to do in the day',
        'We will signpostpoint people to advice.',
        '    • Talk to every stakeholderperson with an interest first.',
        'Ask about co-production.1',
        '',
        'See the day services plan.',
        'Read the day servicesthings to do in the day guide online.',
        'Budget:\twe utiliseuse it for co-production.',
        '',
        '',
      ].join('\n'),
    );
  }, 60_000);

  it('with every change accepted, reads as the paper with Plainly’s words (and Sam’s)', async () => {
    expect(await office.allChanges(marked, 'accept')).toBe(
      [
        'Home care review',
        'We will use the budget well.',
        'We have a strong plan.',
        'We will commission the service from April.',
        'Service',
        'Plan',
        'Things to do in the day',
        'We will point people to advice.',
        '    • Talk to every person with an interest first.',
        'Ask about co-production.1',
        '',
        'See the day services plan.',
        'Read the things to do in the day guide online.',
        'Budget:\twe use it for co-production.',
        '',
        '',
      ].join('\n'),
    );
  }, 60_000);

  it('with every change rejected, reads as the original with its changes rejected', async () => {
    const rejected = await office.allChanges(marked, 'reject');
    expect(rejected).toBe(await office.allChanges(original, 'reject'));
    expect(rejected).toContain('We will consult every stakeholder from April.');
  }, 60_000);

  it('keeps every change and comment when it saves the file as Word again', async () => {
    const resaved = await office.convert(marked, 'docx:MS Word 2007 XML', 'docx');
    expect(changes(resaved)).toEqual(changes(markedBytes));
    expect(changes(resaved)).toHaveLength(7);
    expect(comments(resaved).map((c) => [c.author, c.text])).toEqual(
      comments(markedBytes).map((c) => [c.author, c.text]),
    );
  }, 60_000);

  it('exports it as a PDF', async () => {
    const pdf = await office.convert(marked, 'pdf', 'pdf');
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  }, 60_000);
});

describe('two paragraphs joined by a tracked change, in LibreOffice', () => {
  it('accepting everything gives one paragraph with Plainly’s words', async () => {
    const joined = await joinedParagraphsDocx();
    const model = await readDocument(joined, 'joined.docx');
    const at = model.text.indexOf('utilise');
    const result = suggestDocx(
      joined,
      {
        document: model,
        report: {
          profile: 'plain',
          findings: [
            {
              ruleId: 'plain-words',
              category: 'plain-english',
              severity: 'warning',
              message: 'Try “use”.',
              text: 'utilise',
              start: at,
              end: at + 'utilise'.length,
              line: 1,
              column: 1,
              suggestions: [{ kind: 'replace', text: 'use' }],
            },
          ],
        },
        accessibility: [],
      },
      { now: NOW },
    );
    const marked = await office.file('joined-suggestions.docx', result.bytes);
    expect(await office.allChanges(marked, 'accept')).toBe(
      'Carers forum\nWe will use the hall for the carers forum in April.\n',
    );
    const original = await office.file('joined.docx', joined);
    expect(await office.allChanges(marked, 'reject')).toBe(
      await office.allChanges(original, 'reject'),
    );
  }, 60_000);
});

describe('a paper LibreOffice made, checked for real with plainly suggest', () => {
  it('writes the marked-up copy and says what is in it', async () => {
    const output = join(dir, 'short-breaks-suggestions.docx');
    const result = await plainly(['suggest', PAPER.pathname, '--output', output]);
    expect([result.code, result.stdout, result.stderr]).toEqual([
      0,
      '',
      `plainly suggest: wrote ${output} with 4 tracked changes and 3 comments.\nOpen it in Word or LibreOffice and use the Review tab to accept or reject each one.\n`,
    ]);
    const bytes = new Uint8Array(await readFile(output));
    expect(changes(bytes)).toEqual([
      ['utilise', 'use'],
      ['Service users', 'People who draw on care and support'],
      ['e.g.', 'for example'],
      ['stakeholder', 'person with an interest'],
    ]);
    expect(comments(bytes).map((c) => [c.on, c.text[0]])).toEqual([
      [
        'People who draw on care and support and their families told us that breaks are hard to book and often cancelled at short notice, so many carers have stopped asking for them even though they are entitled to them under the Care Act and would benefit a great deal from a regular rest.',
        'This sentence has 48 words. Try to keep sentences to 25 words or fewer: split it into two.',
      ],
      ['CQC', 'Write “CQC” in full the first time you use it: “Care Quality Commission”.'],
      [
        'Provider',
        'This table has no header row. Mark its first row as a header row, so screen readers can say what each column is.',
      ],
      // "The plan was agreed by the carers forum": it says who agreed, so no passive-voice comment.
    ]);
  }, 60_000);

  it('reads back as the paper with the changes accepted, in Plainly and in LibreOffice', async () => {
    const input = new Uint8Array(await readFile(PAPER));
    const bytes = new Uint8Array(await readFile(join(dir, 'short-breaks-suggestions.docx')));
    const accepted = [
      'Short breaks for carers',
      'Paper for the adult social care committee, 14 March. Written by the carers support team. You may reuse this paper freely.',
      'What this paper is about',
      "We want to use the money left in this year's budget to give carers more short breaks. A short break lets a carer rest while someone else looks after the person they care for.",
      'People who draw on care and support and their families told us that breaks are hard to book and often cancelled at short notice, so many carers have stopped asking for them even though they are entitled to them under the Care Act and would benefit a great deal from a regular rest.',
      'What we found',
      'Most carers want a break of one or two days, not a full week.',
      'The CQC rated two of our providers as good.',
      'Carers want to book online, for example on the council website.',
      'Provider',
      'Breaks last year',
      'Oak House',
      '120',
      'Riverside',
      '85',
      'What we propose',
      'We will work with every person with an interest to design the new service. The plan was agreed by the carers forum in February. The CQC will inspect the new service.',
      'Read the short breaks plan before the meeting.',
    ];
    expect(await blocks(bytes)).toEqual(accepted);
    const marked = await office.file('short-breaks-suggestions.docx', bytes);
    // LibreOffice keeps the spaces at the ends of paragraphs that Plainly's reader trims.
    expect(await office.allChanges(marked, 'accept')).toBe(
      [
        'Short breaks for carers',
        'Paper for the adult social care committee, 14 March. Written by the carers support team. You may reuse this paper freely. ',
        'What this paper is about',
        "We want to use the money left in this year's budget to give carers more short breaks. A short break lets a carer rest while someone else looks after the person they care for. ",
        'People who draw on care and support and their families told us that breaks are hard to book and often cancelled at short notice, so many carers have stopped asking for them even though they are entitled to them under the Care Act and would benefit a great deal from a regular rest. ',
        'What we found',
        '    • Most carers want a break of one or two days, not a full week. ',
        '    • The CQC rated two of our providers as good. ',
        '    • Carers want to book online, for example on the council website. ',
        'Provider',
        'Breaks last year',
        'Oak House',
        '120',
        'Riverside',
        '85',
        'What we propose',
        'We will work with every person with an interest to design the new service. The plan was agreed by the carers forum in February. The CQC will inspect the new service. ',
        'Read the short breaks plan before the meeting. ',
        '',
      ].join('\n'),
    );
    const original = await office.file('short-breaks-paper.docx', input);
    expect(await office.allChanges(marked, 'reject')).toBe(await office.text(original));
  }, 60_000);

  it('copies LibreOffice’s other parts as they were stored, byte for byte', async () => {
    const input = new Uint8Array(await readFile(PAPER));
    const bytes = new Uint8Array(await readFile(join(dir, 'short-breaks-suggestions.docx')));
    const before = storedEntries(input);
    const after = storedEntries(bytes);
    const same = [...before.keys()].filter((name) =>
      after.get(name)?.equals(before.get(name) as Buffer),
    );
    expect([...before.keys()].filter((name) => !same.includes(name)).sort()).toEqual([
      '[Content_Types].xml',
      'word/_rels/document.xml.rels',
      'word/document.xml',
    ]);
    expect([...after.keys()].filter((name) => !before.has(name))).toEqual(['word/comments.xml']);
    // And each part reads the same once unzipped.
    const unzippedBefore = parts(input);
    const unzippedAfter = parts(bytes);
    for (const name of same) {
      expect(
        Buffer.compare(unzippedBefore[name] as Uint8Array, unzippedAfter[name] as Uint8Array),
        name,
      ).toBe(0);
    }
  });

  it('in the easy read profile, makes one comment for an abbreviation used twice', async () => {
    const output = join(dir, 'short-breaks-easy-read.docx');
    const result = await plainly([
      'suggest',
      PAPER.pathname,
      '--profile',
      'easy-read',
      '--output',
      output,
    ]);
    expect(result.code).toBe(0);
    const abbreviation = comments(new Uint8Array(await readFile(output))).filter(
      (c) => c.on === 'CQC',
    );
    expect(abbreviation).toEqual([
      {
        author: 'Plainly',
        on: 'CQC',
        text: [
          'Write “CQC” in full words: easy read does not use abbreviations. It means “Care Quality Commission”.',
          'Tip: Say what the Care Quality Commission does the first time you name it.',
          'What it means: The independent body that registers, inspects and rates health and adult social care services in England.',
          'Used 2 times in this paper.',
        ],
      },
    ]);
  });
});
