/**
 * One row per thing to fix (src/report/rows.ts): tables of findings in and
 * rows out, with their order, counts, places and messages; then the engine's
 * own findings for a text that repeats a term, and the line numbers and
 * excerpts the rows show.
 */
import { describe, expect, it } from 'vitest';
import { Checker } from '../../src/checker/index';
import type { Severity } from '../../src/checker/types';
import {
  groupFindings,
  paragraphNumbers,
  placeContext,
  rowQuote,
  shortQuote,
  textLines,
  type GroupableFinding,
} from '../../src/report/rows';

/** A finding for the tables: rule, severity, text, start, and the message and entry if any. */
function f(
  ruleId: string,
  severity: Severity,
  text: string,
  start: number,
  extra: { message?: string; entryId?: string; end?: number } = {},
): GroupableFinding {
  const finding: GroupableFinding = {
    ruleId,
    severity,
    text,
    start,
    end: extra.end ?? start + text.length,
    message: extra.message ?? `${ruleId}: ${text}`,
  };
  if (extra.entryId !== undefined) finding.entryId = extra.entryId;
  return finding;
}

/** A row as the tables write it: key, severity, place starts and messages. */
function summary(findings: GroupableFinding[]) {
  return groupFindings(findings).map((row) => ({
    key: row.key,
    kind: row.kind,
    severity: row.severity,
    places: row.places.map((p) => p.start),
    messages: row.messages.map((m) => m.message),
  }));
}

const LONG =
  'We will use co-production with every stakeholder in the review of the day services that the council runs.';

describe('groupFindings', () => {
  it.each<[string, GroupableFinding[], ReturnType<typeof summary>]>([
    [
      'a term in three forms is one row, with the error first and the suggestion last',
      [
        f('glossary-term', 'warning', 'Stakeholders', 10, {
          entryId: 'stakeholder',
          message: '“Stakeholders” is vague.',
        }),
        f('plain-words', 'suggestion', 'utilise', 30),
        f('glossary-term', 'warning', 'stakeholders', 50, {
          entryId: 'stakeholder',
          message: '“stakeholders” is vague.',
        }),
        f('respectful', 'error', 'the elderly', 70),
        f('glossary-term', 'warning', 'stakeholder', 90, {
          entryId: 'stakeholder',
          message: '“stakeholder” is vague.',
        }),
      ],
      [
        {
          key: 'respectful:the elderly',
          kind: 'term',
          severity: 'error',
          places: [70],
          messages: ['respectful: the elderly'],
        },
        {
          key: 'entry:stakeholder',
          kind: 'term',
          severity: 'warning',
          places: [10, 50, 90],
          // Said once: the first place's words.
          messages: ['“Stakeholders” is vague.'],
        },
        {
          key: 'plain-words:utilise',
          kind: 'term',
          severity: 'suggestion',
          places: [30],
          messages: ['plain-words: utilise'],
        },
      ],
    ],
    [
      'a sentence that two rules found is one row, saying both',
      [
        f('hard-sentence', 'warning', LONG, 0, { message: 'This sentence is hard to read.' }),
        f('long-sentence', 'warning', LONG, 0, { message: 'This sentence has 20 words.' }),
        f('glossary-term', 'warning', 'co-production', 12, { entryId: 'co-production' }),
      ],
      [
        {
          key: `sentence:0:${LONG.length}`,
          kind: 'sentence',
          severity: 'warning',
          places: [0],
          messages: ['This sentence is hard to read.', 'This sentence has 20 words.'],
        },
        {
          key: 'entry:co-production',
          kind: 'term',
          severity: 'warning',
          places: [12],
          messages: ['glossary-term: co-production'],
        },
      ],
    ],
    [
      'the same sentence written twice is two rows: each is its own thing to fix',
      [
        f('long-sentence', 'warning', LONG, 0, { message: 'Long.' }),
        f('long-sentence', 'warning', LONG, 200, { message: 'Long.' }),
      ],
      [
        {
          key: `sentence:0:${LONG.length}`,
          kind: 'sentence',
          severity: 'warning',
          places: [0],
          messages: ['Long.'],
        },
        {
          key: `sentence:200:${200 + LONG.length}`,
          kind: 'sentence',
          severity: 'warning',
          places: [200],
          messages: ['Long.'],
        },
      ],
    ],
    [
      '"explain it" and its reminder are one row: the warning first, the reminder said too',
      [
        f('glossary-term', 'suggestion', 'co-production', 40, {
          entryId: 'co-production',
          message: '“co-production” is used 8 more times without being explained.',
        }),
        f('glossary-term', 'warning', 'co-production', 14, {
          entryId: 'co-production',
          message: 'Explain “co-production” the first time you use it.',
        }),
      ],
      [
        {
          key: 'entry:co-production',
          kind: 'term',
          severity: 'warning',
          places: [14, 40],
          messages: [
            'Explain “co-production” the first time you use it.',
            '“co-production” is used 8 more times without being explained.',
          ],
        },
      ],
    ],
    [
      'within a severity, the most places first; then the first in the text',
      [
        f('plain-words', 'warning', 'in order to', 100),
        f('plain-words', 'warning', 'going forward', 150),
        f('plain-words', 'warning', 'in order to', 200),
        f('plain-words', 'warning', 'utilise', 300),
        f('plain-words', 'warning', 'Utilise', 400),
        f('plain-words', 'warning', 'utilise', 500),
      ],
      [
        {
          key: 'plain-words:utilise',
          kind: 'term',
          severity: 'warning',
          places: [300, 400, 500],
          messages: ['plain-words: utilise'],
        },
        {
          key: 'plain-words:in order to',
          kind: 'term',
          severity: 'warning',
          places: [100, 200],
          messages: ['plain-words: in order to'],
        },
        {
          key: 'plain-words:going forward',
          kind: 'term',
          severity: 'warning',
          places: [150],
          messages: ['plain-words: going forward'],
        },
      ],
    ],
    [
      'the same words found twice at one place (the engine and the document checks) are one place',
      [
        f('all-caps', 'suggestion', 'PLEASE READ THIS NOW', 5, { message: 'Capitals.' }),
        f('all-caps', 'suggestion', 'PLEASE READ THIS NOW', 5, { message: 'Capitals.' }),
      ],
      [
        {
          key: 'all-caps:please read this now',
          kind: 'term',
          severity: 'suggestion',
          places: [5],
          messages: ['Capitals.'],
        },
      ],
    ],
    [
      'words split over lines and in other capitals are the same words',
      [
        f('plain-words', 'suggestion', 'going\nforward', 0),
        f('plain-words', 'suggestion', 'Going  forward', 40),
      ],
      [
        {
          key: 'plain-words:going forward',
          kind: 'term',
          severity: 'suggestion',
          places: [0, 40],
          messages: ['plain-words: going\nforward'],
        },
      ],
    ],
    [
      'findings about the whole document are a row each, by rule',
      [
        f('no-language', 'warning', '', 0, { message: 'No language.' }),
        f('no-title', 'error', '', 0, { message: 'No title.' }),
        f('vague-link', 'error', 'click here', 20),
        f('vague-link', 'error', 'Click here', 90),
      ],
      [
        {
          key: 'vague-link:click here',
          kind: 'term',
          severity: 'error',
          places: [20, 90],
          messages: ['vague-link: click here'],
        },
        {
          key: 'document:no-title',
          kind: 'document',
          severity: 'error',
          places: [0],
          messages: ['No title.'],
        },
        {
          key: 'document:no-language',
          kind: 'document',
          severity: 'warning',
          places: [0],
          messages: ['No language.'],
        },
      ],
    ],
    ['no findings, no rows', [], []],
  ])('%s', (_, findings, expected) => {
    expect(summary(findings)).toEqual(expected);
  });

  it('keeps the findings themselves, so a row can show each place', () => {
    const first = f('plain-words', 'suggestion', 'utilise', 3);
    const second = f('plain-words', 'suggestion', 'utilise', 30);
    const [row] = groupFindings([second, first]);
    expect(row?.places).toEqual([first, second]);
    expect(row?.lead).toBe(first);
  });

  it('gives one row with ten places for a term the engine flags ten times', () => {
    const sentences = Array.from(
      { length: 10 },
      (_, i) => `Meeting ${i + 1} was for all the stakeholders.`,
    );
    const text = sentences.join('\n\n');
    const report = new Checker().check(text, { format: 'text' });
    const flagged = report.findings.filter((finding) => finding.entryId === 'stakeholder');
    expect(flagged).toHaveLength(10);
    const rows = groupFindings(report.findings);
    const row = rows.find((r) => r.key === 'entry:stakeholder');
    expect(rows.filter((r) => r.key === 'entry:stakeholder')).toHaveLength(1);
    expect(row?.places.map((p) => text.slice(p.start, p.end))).toEqual(
      Array(10).fill('stakeholders'),
    );
    expect(row?.places.map((p) => p.line)).toEqual([1, 3, 5, 7, 9, 11, 13, 15, 17, 19]);
    // The definition is the entry's, once for the row.
    expect(row?.lead.definition).toBe(flagged[0]?.definition);
  });

  it('gives one row for a long sentence that is also hard to read', () => {
    const text =
      'Notwithstanding the aforementioned considerations, the commissioning organisation will endeavour to facilitate comprehensive multidisciplinary consultation regarding prospective reconfiguration of community-based provision throughout the forthcoming financial year, subsequently disseminating recommendations.';
    const report = new Checker().check(text, { format: 'text' });
    const sentenceRows = groupFindings(report.findings).filter((row) => row.kind === 'sentence');
    expect(sentenceRows.map((row) => row.messages.map((m) => m.ruleId))).toEqual([
      ['long-sentence'],
    ]);
    expect(sentenceRows[0]?.messages[0]?.message).toMatch(
      /^This sentence has \d+ words and is hard to read\./,
    );
  });
});

describe('rowQuote', () => {
  it.each([
    ['utilise', 'term', 'utilise'],
    [LONG, 'sentence', 'We will use co-production with every stakeholder in the review…'],
    ['A short sentence of\nseven words here.', 'sentence', 'A short sentence of seven words here.'],
  ] as const)('%s (%s) -> %s', (text, kind, expected) => {
    const [row] = groupFindings([
      f(kind === 'sentence' ? 'long-sentence' : 'plain-words', 'warning', text, 0),
    ]);
    expect(row && rowQuote(row)).toBe(expected);
  });

  it('cuts after the given number of words', () => {
    expect(shortQuote('one two three four', 2)).toBe('one two…');
    expect(shortQuote('  one   two  ', 2)).toBe('one two');
  });
});

describe('line numbers as the user sees them', () => {
  it.each<[string, string, number[], (number | undefined)[]]>([
    // A one-line field: a number would mean nothing.
    ['one line', 'We will utilise the plan.', [3, 10], [undefined, undefined]],
    ['blank lines are not counted', 'First.\n\nSecond.\n\n\nThird.', [0, 8, 18], [1, 2, 3]],
    ['each line of an address is a line', 'A\nB\nC', [0, 2, 4], [1, 2, 3]],
    ['Windows line ends', 'One.\r\n\r\nTwo.', [0, 8], [1, 2]],
    ['trailing blank lines change nothing', 'One.\nTwo.\n\n', [0, 5], [1, 2]],
  ])('%s', (_, text, offsets, expected) => {
    const number = paragraphNumbers(textLines(text));
    expect(offsets.map(number)).toEqual(expected);
  });

  it('numbers a page by its blocks', () => {
    const blocks = [
      { start: 0, end: 10 },
      { start: 11, end: 40 },
      { start: 41, end: 60 },
    ];
    expect([0, 9, 11, 39, 41, 59].map(paragraphNumbers(blocks))).toEqual([1, 1, 2, 2, 3, 3]);
    expect(paragraphNumbers([{ start: 0, end: 60 }])(30)).toBeUndefined();
  });
});

/** A few words either side, never more than `around` characters, and never part of a word. */
describe('placeContext', () => {
  const text =
    'The board met on Monday.\nWe will utilise the new centre for everyone who draws on care and support in the town.';
  it.each<[number, string, number, { before: string; words: string; after: string }]>([
    [
      text.indexOf('utilise'),
      'utilise',
      40,
      { before: 'We will ', words: 'utilise', after: ' the new centre for everyone who draws…' },
    ],
    [
      text.indexOf('support'),
      'support',
      20,
      { before: '…draws on care and ', words: 'support', after: ' in the town.' },
    ],
    [0, 'The', 10, { before: '', words: 'The', after: ' board met…' }],
  ])('around %i (%s, %i characters)', (start, words, around, expected) => {
    expect(placeContext(text, start, start + words.length, around)).toEqual(expected);
  });
});

describe('placeContext at the end of a sentence', () => {
  it('puts no "…" straight after a full stop', () => {
    const text =
      'We will review day opportunities for adults. The board met on Monday to agree it.';
    const start = text.indexOf('day');
    expect(placeContext(text, start, start + 17, 15)).toEqual({
      before: 'We will review ',
      words: 'day opportunities',
      after: ' for adults.',
    });
  });
});

describe('placeContext in a very long line', () => {
  it('shows only whole words near the place, and "…" where it cuts', () => {
    const text = `${'x'.repeat(1_000_000)} our stakeholders met ${'y'.repeat(1_000_000)}`;
    const start = text.indexOf('stakeholders');
    expect(placeContext(text, start, start + 12, 10)).toEqual({
      before: '…our ',
      words: 'stakeholders',
      after: ' met…',
    });
  });
});
