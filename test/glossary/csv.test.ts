import { describe, expect, it } from 'vitest';
import { BUILTIN_ENTRIES } from '../../src/glossary/builtin';
import {
  CSV_COLUMNS,
  glossaryToCsv,
  neutraliseFormula,
  parseGlossaryCsv,
  restoreFormula,
} from '../../src/glossary/csv';
import { canonicalEntry, glossaryToFeed, parseGlossaryJson } from '../../src/glossary/feed';
import { describeProblem, readGlossaryFile } from '../../src/glossary/read-file';
import { entry } from '../helpers';

const header = `${CSV_COLUMNS.join(',')}\r\n`;

describe('CSV export', () => {
  it('starts with a byte order mark and the thirteen core columns, lines ending CRLF', () => {
    const csv = glossaryToCsv([entry({ id: 'a', term: 'a' })]);
    expect(csv.startsWith(`\uFEFF${CSV_COLUMNS.join(',')},abbreviations,`)).toBe(true);
    expect(csv.split('\r\n')).toHaveLength(3);
  });

  it.each([
    ['=HYPERLINK("http://evil.example","x")', `'=HYPERLINK`],
    ['+cmd', `'+cmd`],
    ['-2+3', `'-2+3`],
    ['@SUM(A1)', `'@SUM(A1)`],
    ["'quoted", `''quoted`],
    ['plain', 'plain'],
  ])('neutralises a cell starting %j', (cell, start) => {
    expect(neutraliseFormula(cell).startsWith(start)).toBe(true);
    expect(restoreFormula(neutraliseFormula(cell))).toBe(cell);
  });

  it('writes no cell that a spreadsheet would run as a formula', () => {
    const csv = glossaryToCsv([
      entry({ id: 'f', term: '@risk', definition: '=1+1', alternatives: ['-x', '+y'] }),
    ]);
    const cells = parseGlossaryCsvCells(csv);
    for (const cell of cells) expect(cell).not.toMatch(/^[=+\-@]/);
  });
});

function parseGlossaryCsvCells(csv: string): string[] {
  return csv
    .replace(/^\uFEFF/, '')
    .split('\r\n')
    .flatMap((line) => line.split(','));
}

describe('round trips', () => {
  it('CSV: export then import gives back every built-in entry exactly', () => {
    const { entries, problems } = parseGlossaryCsv(glossaryToCsv(BUILTIN_ENTRIES));
    expect(problems).toEqual([]);
    expect(entries).toEqual(BUILTIN_ENTRIES.map(canonicalEntry));
  });

  it('JSON feed: export then import gives back every built-in entry exactly', () => {
    const text = glossaryToFeed(BUILTIN_ENTRIES, {
      name: 'Ours',
      publishedAt: '2026-11-02T09:00:00Z',
    });
    const { file, problems } = parseGlossaryJson(text);
    expect(problems).toEqual([]);
    expect(file?.entries).toEqual(BUILTIN_ENTRIES.map(canonicalEntry));
    expect(file?.name).toBe('Ours');
  });

  it('CSV keeps semicolons, backslashes, quotes, commas and formula-like text inside cells', () => {
    const tricky = entry({
      id: 'tricky',
      term: 'care; support',
      alternatives: ['a \\ b', 'c, "d"', '=not a formula'],
      definition: '-Starts with a minus, has "quotes", commas; and a semicolon.',
      easyRead: ['One; two.', '@ home.'],
      agreedBy: '+Panel',
      agreedOn: '2026-10-02',
      coProduced: false,
      notes: 'Line one\nline two',
      match: { notBefore: ['people'] },
      examples: { flag: ['We care; support.'], ok: [] },
    });
    const { entries, problems } = parseGlossaryCsv(glossaryToCsv([tricky]));
    expect(problems).toEqual([]);
    expect(entries).toEqual([canonicalEntry(tricky)]);
  });
});

describe('CSV problems', () => {
  const row = (cells: Record<string, string>) =>
    CSV_COLUMNS.map((c) => cells[c] ?? '').join(',') + '\r\n';
  const good = {
    id: 'a',
    term: 'a',
    action: 'replace',
    alternatives: 'b',
    definition: 'What a means.',
    category: 'approaches-values',
    severity: 'warning',
    status: 'approved',
    sources: 'test',
  };

  it('names the row and column of each problem', () => {
    const csv =
      header + row(good) + row({ ...good, id: 'b', term: 'b', definition: '', severity: 'loud' });
    const { entries, problems } = parseGlossaryCsv(csv);
    expect(entries).toBeUndefined();
    expect(problems.map(describeProblem)).toEqual([
      'Row 3, entry "b", column definition: is empty.',
      'Row 3, entry "b", column severity: must be one of: error, warning, suggestion.',
    ]);
  });

  it('reports a missing column and a duplicate id', () => {
    expect(parseGlossaryCsv('id,term\r\na,b\r\n').problems[0]?.problem).toMatch(/missing/);
    const dup = parseGlossaryCsv(header + row(good) + row({ ...good, term: 'other' }));
    expect(dup.problems.map(describeProblem)).toEqual([
      'Row 3, entry "a", column id: is used by another entry.',
    ]);
  });

  it('refuses files over 5 MB and files that are not UTF-8', () => {
    expect(
      readGlossaryFile('big.csv', new Uint8Array(6 * 1024 * 1024)).problems[0]?.problem,
    ).toMatch(/5 MB/);
    expect(
      readGlossaryFile('x.csv', new Uint8Array([0x61, 0xe9, 0x0d])).problems[0]?.problem,
    ).toMatch(/not UTF-8/);
  });
});
