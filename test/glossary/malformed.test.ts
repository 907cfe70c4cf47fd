/**
 * At least 30 malformed files: each goes through the whole import
 * path (read the file, then the background's import of the file's own
 * content, where it holds entries) and leaves the stored glossary
 * byte-identical.
 */
import 'fake-indexeddb/auto';
import { beforeAll, describe, expect, it } from 'vitest';
import { CSV_COLUMNS, type FileProblem } from '../../src/glossary/csv';
import { glossaryToFeed } from '../../src/glossary/feed';
import { describeProblem, readGlossaryFile } from '../../src/glossary/read-file';
import { entry } from '../helpers';
import { testCore, type TestCore } from './core-helpers';

const enc = (text: string) => new TextEncoder().encode(text);
const head = CSV_COLUMNS.join(',');
const good = 'a,a,,replace,b,What a means.,,approaches-values,warning,approved,test,,';
const goodEntry = entry({ id: 'good', term: 'good', alternatives: ['fine'] });
const feed = (entries: unknown[]) =>
  JSON.stringify({ format: 'plainly-glossary', version: 1, entries });

/** The entry the `good` row stands for: each CSV case below changes it the way its bytes do. */
const goodRaw = {
  id: 'a',
  term: 'a',
  variants: [],
  kind: 'term',
  action: 'replace',
  alternatives: [{ text: 'b', pos: 'phrase' }],
  definition: 'What a means.',
  easyRead: [],
  audiences: ['plain', 'public', 'easy-read'],
  category: 'approaches-values',
  severity: 'warning',
  status: 'approved',
  sources: ['test'],
  pos: 'phrase',
};
/** The `entries` of a JSON file that parses, exactly as a page would take them from it. */
const jsonEntries = (bytes: Uint8Array): unknown =>
  (JSON.parse(new TextDecoder().decode(bytes)) as { entries?: unknown }).entries;

interface Case {
  name: string;
  fileName: string;
  bytes: Uint8Array;
  /**
   * Every problem the reader finds, in the words the import page shows (or,
   * for one case, the problems themselves: see "over 5 MB").
   */
  says: string[] | { problems: FileProblem[] };
  /**
   * The file's own content, when it holds entries, sent straight to the
   * background (as a page could), and every problem the background finds.
   */
  send?: { entries: unknown; refused: string[] };
}

const caseOf = (
  name: string,
  fileName: string,
  bytes: Uint8Array,
  says: Case['says'],
  send?: Case['send'],
): Case => ({ name, fileName, bytes, says, ...(send ? { send } : {}) });

const csvRow = (row: string) => enc(`${head}\r\n${row}\r\n`);
const TRUNCATED_JSON = enc(glossaryToFeed([goodEntry]).slice(0, 80));
const WRONG_TYPES = enc(feed([{ ...goodEntry, variants: 'one', severity: 3 }]));
const UNKNOWN_FIELD = enc(feed([{ ...goodEntry, script: 'x' }]));
const DUPLICATE_IDS_JSON = enc(feed([goodEntry, { ...goodEntry, term: 'other' }]));
const NOT_AN_OBJECT = enc(feed(['text']));
const REGEX_MATCH = enc(feed([{ ...goodEntry, match: { regex: '(a+)+$' } }]));
const TOO_MANY = enc(feed(Array.from({ length: 50_001 }, () => 0)));
const JSON_ARRAY = enc('[]');
const ENTRIES_NOT_A_LIST = enc(
  JSON.stringify({ format: 'plainly-glossary', version: 1, entries: {} }),
);

const CASES: Case[] = [
  caseOf('empty CSV', 'x.csv', enc(''), ['This file is empty.']),
  caseOf('header only with a missing column', 'x.csv', enc('id,term,variants\r\n'), [
    'Row 1, column action, alternatives, definition, easy_read, category, severity, status, sources, agreed_by, agreed_on: are columns that are missing.',
  ]),
  caseOf(
    'unknown column',
    'x.csv',
    enc(`${head},colour\r\n${good},red\r\n`),
    ['Row 1, column colour: is not a column Plainly knows.'],
    {
      entries: [{ ...goodRaw, colour: 'red' }],
      refused: ['entry "a", colour: is not a field Plainly knows.'],
    },
  ),
  caseOf('column twice', 'x.csv', enc(`${head},term\r\n${good},a\r\n`), [
    'Row 1, column term: appears twice.',
  ]),
  caseOf('semicolon-separated columns', 'x.csv', enc(head.replaceAll(',', ';') + '\r\n'), [
    'Row 1, column id;term;variants;action;alternatives;definition;easy_read;category;severity;status;sources;agreed_by;agreed_on: is not a column Plainly knows.',
    'Row 1, column id, term, variants, action, alternatives, definition, easy_read, category, severity, status, sources, agreed_by, agreed_on: are columns that are missing. The columns seem to be separated by semicolons: save the file as "CSV UTF-8 (comma delimited)".',
  ]),
  caseOf('too few cells', 'x.csv', csvRow('a,a,,replace'), [
    'Row 2: has 4 cells but the header has 13.',
  ]),
  caseOf('too many cells', 'x.csv', csvRow(`${good},extra`), [
    'Row 2: has 14 cells but the header has 13.',
  ]),
  caseOf(
    'unclosed quote',
    'x.csv',
    csvRow('a,"a,,replace,b,x,,approaches-values,warning,approved,test,,'),
    [
      'Row 2: has a quotation mark that is not closed.',
      'Row 2: has 2 cells but the header has 13.',
    ],
  ),
  caseOf(
    'empty term',
    'x.csv',
    csvRow(good.replace('a,a,', 'a,,')),
    ['Row 2, entry "a", column term: is empty.'],
    {
      entries: [{ ...goodRaw, term: '' }],
      refused: ['entry "a", term: is empty.'],
    },
  ),
  caseOf(
    'bad id',
    'x.csv',
    csvRow(good.replace('a,a,', 'Bad Id,a,')),
    [
      'Row 2, entry "Bad Id", column id: must use only lower-case letters, digits and single hyphens, like "direct-payments".',
    ],
    {
      entries: [{ ...goodRaw, id: 'Bad Id' }],
      refused: [
        'entry "Bad Id", id: must use only lower-case letters, digits and single hyphens, like "direct-payments".',
      ],
    },
  ),
  caseOf(
    'bad action',
    'x.csv',
    csvRow(good.replace('replace', 'zap')),
    [
      'Row 2, entry "a", column action: must be one of: replace, explain, rewrite, respectful, expand.',
    ],
    {
      entries: [{ ...goodRaw, action: 'zap' }],
      refused: [
        'entry "a", action: must be one of: replace, explain, rewrite, respectful, expand.',
      ],
    },
  ),
  caseOf(
    'bad category',
    'x.csv',
    csvRow(good.replace('approaches-values', 'misc')),
    [
      'Row 2, entry "a", column category: must be one of: approaches-values, people-roles, assessment-money, services-settings, safeguarding-law, mental-health, health-nhs, housing, commissioning-system, meetings-reports.',
    ],
    {
      entries: [{ ...goodRaw, category: 'misc' }],
      refused: [
        'entry "a", category: must be one of: approaches-values, people-roles, assessment-money, services-settings, safeguarding-law, mental-health, health-nhs, housing, commissioning-system, meetings-reports.',
      ],
    },
  ),
  caseOf(
    'bad status',
    'x.csv',
    csvRow(good.replace('approved', 'maybe')),
    ['Row 2, entry "a", column status: must be one of: proposed, approved, deprecated, rejected.'],
    {
      entries: [{ ...goodRaw, status: 'maybe' }],
      refused: ['entry "a", status: must be one of: proposed, approved, deprecated, rejected.'],
    },
  ),
  caseOf(
    'bad date',
    'x.csv',
    csvRow(`${good}2 October 2026`),
    ['Row 2, entry "a", column agreed_on: must be a date written as YYYY-MM-DD.'],
    {
      entries: [{ ...goodRaw, agreedOn: '2 October 2026' }],
      refused: ['entry "a", agreedOn: must be a date written as YYYY-MM-DD.'],
    },
  ),
  caseOf(
    'duplicate ids',
    'x.csv',
    enc(`${head}\r\n${good}\r\n${good.replace('a,a,', 'a,c,')}\r\n`),
    ['Row 3, entry "a", column id: is used by another entry.'],
    {
      entries: [goodRaw, { ...goodRaw, term: 'c' }],
      refused: ['entry "a", id: is used by another entry.'],
    },
  ),
  caseOf(
    'duplicate terms',
    'x.csv',
    enc(`${head}\r\n${good}\r\n${good.replace('a,a,', 'c,a,')}\r\n`),
    ['Row 3, entry "c", column term: is also the term of "a".'],
    {
      entries: [goodRaw, { ...goodRaw, id: 'c' }],
      refused: ['entry "c", term: is also the term of "a".'],
    },
  ),
  caseOf(
    'replace with no alternative',
    'x.csv',
    csvRow(good.replace('replace,b,', 'replace,,')),
    [
      'Row 2, entry "a", column alternatives: needs at least one alternative when the action is "replace".',
    ],
    {
      entries: [{ ...goodRaw, alternatives: [] }],
      refused: [
        'entry "a", alternatives: needs at least one alternative when the action is "replace".',
      ],
    },
  ),
  caseOf(
    'deprecated with no replacement',
    'x.csv',
    csvRow(good.replace('approved', 'deprecated')),
    ['Row 2, entry "a", column replaced_by: is needed when an entry is deprecated.'],
    {
      entries: [{ ...goodRaw, status: 'deprecated' }],
      refused: ['entry "a", replacedBy: is needed when an entry is deprecated.'],
    },
  ),
  caseOf(
    'enormous cell',
    'x.csv',
    csvRow(good.replace('What a means.', 'x'.repeat(30_000))),
    ['Row 2, column definition: is far too long.'],
    {
      entries: [{ ...goodRaw, definition: 'x'.repeat(30_000) }],
      refused: ['entry "a", definition: is longer than 2,000 characters.'],
    },
  ),
  caseOf(
    'term over 200 characters',
    'x.csv',
    csvRow(good.replace('a,a,', `a,${'t'.repeat(250)},`)),
    ['Row 2, entry "a", column term: is longer than 200 characters.'],
    {
      entries: [{ ...goodRaw, term: 't'.repeat(250) }],
      refused: ['entry "a", term: is longer than 200 characters.'],
    },
  ),
  caseOf(
    'bidi override in a term',
    'x.csv',
    csvRow(good.replace('a,a,', 'a,a\u202Eb,')),
    ['Row 2, entry "a", column term: contains hidden control characters.'],
    {
      entries: [{ ...goodRaw, term: 'a\u202Eb' }],
      refused: ['entry "a", term: contains hidden control characters.'],
    },
  ),
  caseOf(
    'Latin-1 bytes',
    'x.csv',
    new Uint8Array([...enc(`${head}\r\n`), 0x63, 0x61, 0x66, 0xe9]),
    ['This file is not UTF-8 text. Save it as "CSV UTF-8" or UTF-8 JSON and try again.'],
  ),
  caseOf('UTF-16 with BOM', 'x.csv', new Uint8Array([0xff, 0xfe, 0x69, 0x00, 0x64, 0x00]), [
    'This file is saved as UTF-16. Save it as "CSV UTF-8" or UTF-8 JSON and try again.',
  ]),
  caseOf('over 5 MB', 'x.csv', new Uint8Array(5 * 1024 * 1024 + 1).fill(0x61), [
    'This file is 5.0 MB. Plainly reads glossary files of up to 5 MB. Split it into smaller files.',
  ]),
  caseOf('truncated JSON', 'x.json', TRUNCATED_JSON, ['This file is not complete, valid JSON.']),
  caseOf('JSON that is HTML', 'x.json', enc('<!doctype html><title>Sign in</title>'), [
    'This file is a web page, not a glossary file. Check the address.',
  ]),
  caseOf('JSON array, not a file', 'x.json', JSON_ARRAY, ['This file is not a JSON object.'], {
    entries: jsonEntries(JSON_ARRAY),
    refused: ['entries: must be a list.'],
  }),
  caseOf(
    'wrong format name',
    'x.json',
    enc(JSON.stringify({ format: 'other', version: 1, entries: [] })),
    ['format: must be "plainly-glossary".'],
  ),
  caseOf(
    'wrong version',
    'x.json',
    enc(JSON.stringify({ format: 'plainly-glossary', version: 3, entries: [] })),
    ['version: must be 1 or 2.'],
  ),
  caseOf(
    'entries not a list',
    'x.json',
    ENTRIES_NOT_A_LIST,
    ['entries: must be a list of entries.'],
    {
      entries: jsonEntries(ENTRIES_NOT_A_LIST),
      refused: ['entries: must be a list.'],
    },
  ),
  caseOf(
    'wrong types',
    'x.json',
    WRONG_TYPES,
    [
      'entry "good", variants: must be a list of text.',
      'entry "good", severity: must be one of: error, warning, suggestion.',
    ],
    {
      entries: jsonEntries(WRONG_TYPES),
      refused: [
        'entry "good", variants: must be a list of text.',
        'entry "good", severity: must be one of: error, warning, suggestion.',
      ],
    },
  ),
  caseOf(
    'unknown field',
    'x.json',
    UNKNOWN_FIELD,
    ['entry "good", script: is not a field Plainly knows.'],
    {
      entries: jsonEntries(UNKNOWN_FIELD),
      refused: ['entry "good", script: is not a field Plainly knows.'],
    },
  ),
  caseOf(
    'duplicate ids in JSON',
    'x.json',
    DUPLICATE_IDS_JSON,
    ['entry "good", id: is used by another entry.'],
    {
      entries: jsonEntries(DUPLICATE_IDS_JSON),
      refused: ['entry "good", id: is used by another entry.'],
    },
  ),
  caseOf(
    'entry is not an object',
    'x.json',
    NOT_AN_OBJECT,
    ['entry "entry 1": is not an object.'],
    {
      entries: jsonEntries(NOT_AN_OBJECT),
      refused: ['entry "entry 1": is not an object.'],
    },
  ),
  caseOf(
    'match with a regex-looking field',
    'x.json',
    REGEX_MATCH,
    ['entry "good", match.regex: is not a field Plainly knows.'],
    {
      entries: jsonEntries(REGEX_MATCH),
      refused: ['entry "good", match.regex: is not a field Plainly knows.'],
    },
  ),
  caseOf('too many entries', 'x.json', TOO_MANY, ['entries: has more than 50,000 entries.'], {
    entries: jsonEntries(TOO_MANY),
    refused: ['entries: has more than 50000 entries.'],
  }),
];

describe('malformed files leave the stored glossary byte-identical', () => {
  let t: TestCore;
  let before: string;

  beforeAll(async () => {
    t = testCore([entry({ id: 'builtin-one', term: 'reablement', alternatives: ['help'] })]);
    await t.core.refreshBuiltin();
    await t.core.applyImport([goodEntry], 'seed.csv');
    await t.core.propose([{ term: 'x', suggestion: 'y', note: '' }]);
    before = await t.dump();
  });

  it('the good row the CSV cases change reads as the entry they change', () => {
    expect(readGlossaryFile('x.csv', csvRow(good))).toEqual({
      kind: 'csv',
      entries: [goodRaw],
      problems: [],
    });
  });

  it.each(CASES)('$name', async ({ fileName, bytes, says, send }) => {
    // Guards: the table is not empty, and most cases reach the background.
    expect(CASES.length).toBeGreaterThanOrEqual(30);
    expect(CASES.filter((c) => c.send).length).toBeGreaterThanOrEqual(20);
    const read = readGlossaryFile(fileName, bytes);
    expect(read.entries).toBeUndefined();
    if (Array.isArray(says)) expect(read.problems.map(describeProblem)).toEqual(says);
    else expect(read.problems).toEqual(says.problems);
    if (send) {
      // Even if a page sent the file's own content anyway, the background refuses it.
      const changes = t.changes;
      const result = await t.core.applyImport(send.entries, fileName);
      expect(result.ok).toBe(false);
      expect(result.ok ? [] : result.problems.map(describeProblem)).toEqual(send.refused);
      expect(t.changes).toBe(changes);
    }
    expect(await t.dump()).toBe(before);
  });

  it('a status change the lifecycle does not allow is refused whole', async () => {
    const result = await t.core.applyImport(
      [entry({ id: 'new-one', term: 'new one' }), { ...goodEntry, status: 'rejected' }],
      'x.csv',
    );
    expect(result).toMatchObject({ ok: false });
    expect(await t.dump()).toBe(before);
  });
});
