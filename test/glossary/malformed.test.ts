/**
 * At least 30 malformed files (issue #4): each goes through the whole import
 * path (read the file, then the background's import) and leaves the stored
 * glossary byte-identical.
 */
import 'fake-indexeddb/auto';
import { beforeAll, describe, expect, it } from 'vitest';
import { CSV_COLUMNS } from '../../src/glossary/csv';
import { glossaryToFeed } from '../../src/glossary/feed';
import { readGlossaryFile } from '../../src/glossary/read-file';
import { entry } from '../helpers';
import { testCore, type TestCore } from './core-helpers';

const enc = (text: string) => new TextEncoder().encode(text);
const head = CSV_COLUMNS.join(',');
const good = 'a,a,,replace,b,What a means.,,approaches-values,warning,approved,test,,';
const goodEntry = entry({ id: 'good', term: 'good', alternatives: ['fine'] });
const feed = (entries: unknown[]) =>
  JSON.stringify({ format: 'plainly-glossary', version: 1, entries });

const FILES: [string, string, Uint8Array][] = [
  ['empty CSV', 'x.csv', enc('')],
  ['header only with a missing column', 'x.csv', enc('id,term,variants\r\n')],
  ['unknown column', 'x.csv', enc(`${head},colour\r\n${good},red\r\n`)],
  ['column twice', 'x.csv', enc(`${head},term\r\n${good},a\r\n`)],
  ['semicolon-separated columns', 'x.csv', enc(head.replaceAll(',', ';') + '\r\n')],
  ['too few cells', 'x.csv', enc(`${head}\r\na,a,,replace\r\n`)],
  ['too many cells', 'x.csv', enc(`${head}\r\n${good},extra\r\n`)],
  [
    'unclosed quote',
    'x.csv',
    enc(`${head}\r\na,"a,,replace,b,x,,approaches-values,warning,approved,test,,\r\n`),
  ],
  ['empty term', 'x.csv', enc(`${head}\r\n${good.replace('a,a,', 'a,,')}\r\n`)],
  ['bad id', 'x.csv', enc(`${head}\r\n${good.replace('a,a,', 'Bad Id,a,')}\r\n`)],
  ['bad action', 'x.csv', enc(`${head}\r\n${good.replace('replace', 'zap')}\r\n`)],
  ['bad category', 'x.csv', enc(`${head}\r\n${good.replace('approaches-values', 'misc')}\r\n`)],
  ['bad status', 'x.csv', enc(`${head}\r\n${good.replace('approved', 'maybe')}\r\n`)],
  ['bad date', 'x.csv', enc(`${head}\r\n${good.slice(0, -1)}2 October 2026\r\n`)],
  ['duplicate ids', 'x.csv', enc(`${head}\r\n${good}\r\n${good.replace('a,a,', 'a,c,')}\r\n`)],
  ['duplicate terms', 'x.csv', enc(`${head}\r\n${good}\r\n${good.replace('a,a,', 'c,a,')}\r\n`)],
  [
    'replace with no alternative',
    'x.csv',
    enc(`${head}\r\n${good.replace('replace,b,', 'replace,,')}\r\n`),
  ],
  [
    'deprecated with no replacement',
    'x.csv',
    enc(`${head}\r\n${good.replace('approved', 'deprecated')}\r\n`),
  ],
  [
    'enormous cell',
    'x.csv',
    enc(`${head}\r\n${good.replace('What a means.', 'x'.repeat(30_000))}\r\n`),
  ],
  [
    'term over 200 characters',
    'x.csv',
    enc(`${head}\r\n${good.replace('a,a,', `a,${'t'.repeat(250)},`)}\r\n`),
  ],
  [
    'bidi override in a term',
    'x.csv',
    enc(`${head}\r\n${good.replace('a,a,', 'a,a\u202Eb,')}\r\n`),
  ],
  ['Latin-1 bytes', 'x.csv', new Uint8Array([...enc(`${head}\r\n`), 0x63, 0x61, 0x66, 0xe9])],
  ['UTF-16 with BOM', 'x.csv', new Uint8Array([0xff, 0xfe, 0x69, 0x00, 0x64, 0x00])],
  ['over 5 MB', 'x.csv', new Uint8Array(5 * 1024 * 1024 + 1).fill(0x61)],
  ['truncated JSON', 'x.json', enc(glossaryToFeed([goodEntry]).slice(0, 80))],
  ['JSON that is HTML', 'x.json', enc('<!doctype html><title>Sign in</title>')],
  ['JSON array, not a file', 'x.json', enc('[]')],
  [
    'wrong format name',
    'x.json',
    enc(JSON.stringify({ format: 'other', version: 1, entries: [] })),
  ],
  [
    'wrong version',
    'x.json',
    enc(JSON.stringify({ format: 'plainly-glossary', version: 2, entries: [] })),
  ],
  [
    'entries not a list',
    'x.json',
    enc(JSON.stringify({ format: 'plainly-glossary', version: 1, entries: {} })),
  ],
  ['wrong types', 'x.json', enc(feed([{ ...goodEntry, variants: 'one', severity: 3 }]))],
  ['unknown field', 'x.json', enc(feed([{ ...goodEntry, script: 'x' }]))],
  ['duplicate ids in JSON', 'x.json', enc(feed([goodEntry, { ...goodEntry, term: 'other' }]))],
  ['entry is not an object', 'x.json', enc(feed(['text']))],
  [
    'match with a regex-looking field',
    'x.json',
    enc(feed([{ ...goodEntry, match: { regex: '(a+)+$' } }])),
  ],
  ['too many entries', 'x.json', enc(feed(Array.from({ length: 50_001 }, () => 0)))],
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

  it('has at least 30 of them', () => {
    expect(FILES.length).toBeGreaterThanOrEqual(30);
  });

  it.each(FILES)('%s', async (_name, fileName, bytes) => {
    const read = readGlossaryFile(fileName, bytes);
    expect(read.problems.length).toBeGreaterThan(0);
    expect(read.entries).toBeUndefined();
    // Even if a page sent the raw data anyway, the background refuses it.
    expect(await t.core.applyImport(read.entries ?? [{ bad: true }], fileName)).toMatchObject({
      ok: false,
    });
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
