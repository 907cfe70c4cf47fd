/**
 * The glossary as a spreadsheet: CSV that Excel opens correctly (UTF-8 with
 * a byte order mark, one row per entry, list cells separated by `;`).
 *
 * Columns, in this order: the thirteen core ones (`id` … `agreed_on`),
 * then optional ones so that every field survives a round trip
 * (`abbreviations` … `examples_ok`). A file needs the first thirteen; the
 * others may be left out.
 *
 * List cells: items are separated by `;`. A `;` or `\` inside an item is
 * written `\;` or `\\`. Spaces around items are dropped.
 *
 * Formula injection: a cell that starts with `=`, `+`, `-`, `@`, a tab or a
 * carriage return could run as a formula when opened in a spreadsheet, so it
 * is written with a `'` in front (OWASP "CSV injection"). A cell that starts
 * with `'` gets one too, so reading the file back removes exactly one.
 */
import Papa from 'papaparse';
import { MAX_ENTRIES, entryLimitProblems } from './limits';
import type { GlossaryEntry } from './schema';
import { findDuplicates, validateEntry, type GlossaryProblem } from './validate';

/** A problem in a file, with the spreadsheet row when there is one (the header is row 1). */
export interface FileProblem extends GlossaryProblem {
  row?: number;
}

export const CSV_COLUMNS = [
  'id',
  'term',
  'variants',
  'action',
  'alternatives',
  'definition',
  'easy_read',
  'category',
  'severity',
  'status',
  'sources',
  'agreed_by',
  'agreed_on',
] as const;

export const CSV_OPTIONAL_COLUMNS = [
  'abbreviations',
  'pos',
  'co_produced',
  'replaced_by',
  'omit_ok',
  'notes',
  'match',
  'examples_flag',
  'examples_ok',
] as const;

type Column = (typeof CSV_COLUMNS)[number] | (typeof CSV_OPTIONAL_COLUMNS)[number];

const ALL_COLUMNS: readonly Column[] = [...CSV_COLUMNS, ...CSV_OPTIONAL_COLUMNS];

/** Which column holds each entry field, for error messages. */
const COLUMN_OF_FIELD: Readonly<Record<string, Column>> = {
  id: 'id',
  term: 'term',
  variants: 'variants',
  action: 'action',
  alternatives: 'alternatives',
  definition: 'definition',
  easyRead: 'easy_read',
  category: 'category',
  severity: 'severity',
  status: 'status',
  sources: 'sources',
  agreedBy: 'agreed_by',
  agreedOn: 'agreed_on',
  abbreviations: 'abbreviations',
  pos: 'pos',
  coProduced: 'co_produced',
  replacedBy: 'replaced_by',
  omitOk: 'omit_ok',
  notes: 'notes',
  match: 'match',
  examples: 'examples_flag',
};

/** No single cell may be longer than this (a cap before any other work). */
export const MAX_CELL_CHARS = 20_000;

const FORMULA_START = /^[=+\-@\t\r']/;

/** Puts a `'` before a cell a spreadsheet could run as a formula. */
export function neutraliseFormula(cell: string): string {
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}

/** Undoes `neutraliseFormula`. */
export function restoreFormula(cell: string): string {
  return cell.startsWith("'") && FORMULA_START.test(cell.slice(1)) ? cell.slice(1) : cell;
}

function joinList(items: readonly string[]): string {
  return items.map((item) => item.replaceAll('\\', '\\\\').replaceAll(';', '\\;')).join('; ');
}

function splitList(cell: string): string[] {
  const items: string[] = [];
  let current = '';
  for (let i = 0; i < cell.length; i++) {
    const char = cell[i] as string;
    if (char === '\\' && i + 1 < cell.length) {
      current += cell[++i];
    } else if (char === ';') {
      items.push(current);
      current = '';
    } else current += char;
  }
  items.push(current);
  return items.map((item) => item.trim()).filter((item) => item !== '');
}

function yesNo(value: boolean | undefined): string {
  return value === undefined ? '' : value ? 'yes' : 'no';
}

function entryCells(entry: GlossaryEntry): Record<Column, string> {
  return {
    id: entry.id,
    term: entry.term,
    variants: joinList(entry.variants),
    action: entry.action,
    alternatives: joinList(entry.alternatives),
    definition: entry.definition,
    easy_read: joinList(entry.easyRead),
    category: entry.category,
    severity: entry.severity,
    status: entry.status,
    sources: joinList(entry.sources),
    agreed_by: entry.agreedBy ?? '',
    agreed_on: entry.agreedOn ?? '',
    abbreviations: entry.abbreviations ? joinList(entry.abbreviations) : '',
    pos: entry.pos ?? '',
    co_produced: yesNo(entry.coProduced),
    replaced_by: entry.replacedBy ?? '',
    omit_ok: yesNo(entry.omitOk),
    notes: entry.notes ?? '',
    match: entry.match ? JSON.stringify(entry.match) : '',
    examples_flag: entry.examples ? joinList(entry.examples.flag) : '',
    examples_ok: entry.examples ? joinList(entry.examples.ok) : '',
  };
}

/**
 * The entries as CSV text: a byte order mark, a header row and one row per
 * entry, lines ending CRLF (what Excel writes).
 */
export function glossaryToCsv(entries: readonly GlossaryEntry[]): string {
  const data = entries.map((entry) => {
    const cells = entryCells(entry);
    return ALL_COLUMNS.map((column) => neutraliseFormula(cells[column]));
  });
  const body = Papa.unparse(
    { fields: [...ALL_COLUMNS], data },
    { newline: '\r\n', escapeFormulae: false, quotes: false },
  );
  return `\uFEFF${body}\r\n`;
}

function parseYesNo(cell: string): boolean | string | undefined {
  const value = cell.trim().toLowerCase();
  if (value === '') return undefined;
  if (value === 'yes' || value === 'true') return true;
  if (value === 'no' || value === 'false') return false;
  return cell;
}

/**
 * Reads glossary CSV. Returns the entries only when there is no problem at
 * all; otherwise every problem, each with its row and column.
 */
export function parseGlossaryCsv(text: string): {
  entries?: GlossaryEntry[];
  problems: FileProblem[];
} {
  const problems: FileProblem[] = [];
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), {
    delimiter: ',',
    skipEmptyLines: 'greedy',
  });
  for (const error of parsed.errors) {
    const row = (error.row ?? 0) + 1;
    problems.push({
      entry: `row ${row}`,
      field: '(row)',
      row,
      problem:
        error.type === 'Quotes'
          ? 'has a quotation mark that is not closed'
          : `could not be read (${error.message})`,
    });
  }
  const [header, ...rows] = parsed.data;
  if (!header || header.every((cell) => cell.trim() === '')) {
    return { problems: [{ entry: '(file)', field: '(whole file)', problem: 'is empty' }] };
  }
  const columns = header.map((cell) => cell.trim().toLowerCase());
  const seen = new Set<string>();
  columns.forEach((column) => {
    if (!(ALL_COLUMNS as readonly string[]).includes(column)) {
      problems.push({
        entry: '(header)',
        field: column === '' ? '(empty column name)' : column,
        row: 1,
        problem: 'is not a column Plainly knows',
      });
    } else if (seen.has(column)) {
      problems.push({ entry: '(header)', field: column, row: 1, problem: 'appears twice' });
    }
    seen.add(column);
  });
  const missing = CSV_COLUMNS.filter((column) => !seen.has(column));
  if (missing.length > 0) {
    const hint =
      header.length === 1 && header[0]?.includes(';')
        ? ' The columns seem to be separated by semicolons: save the file as "CSV UTF-8 (comma delimited)".'
        : '';
    problems.push({
      entry: '(header)',
      field: missing.join(', '),
      row: 1,
      problem: `${missing.length === 1 ? 'is a column that is' : 'are columns that are'} missing.${hint}`,
    });
    return { problems };
  }
  if (rows.length > MAX_ENTRIES) {
    problems.push({
      entry: '(file)',
      field: '(whole file)',
      problem: `has ${rows.length.toLocaleString('en-GB')} rows; the most Plainly reads is ${MAX_ENTRIES.toLocaleString('en-GB')}`,
    });
    return { problems };
  }

  const entries: GlossaryEntry[] = [];
  const entryRows: number[] = [];
  rows.forEach((cells, index) => {
    const row = index + 2;
    const problemsBefore = problems.length;
    const at = (field: string, problem: string, entry = `row ${row}`) =>
      problems.push({ entry, field, row, problem });
    if (cells.length !== columns.length) {
      at('(row)', `has ${cells.length} cells but the header has ${columns.length}`);
      return;
    }
    const cell = new Map<string, string>();
    columns.forEach((column, i) => {
      const value = cells[i] ?? '';
      if (value.length > MAX_CELL_CHARS) at(column, 'is far too long');
      cell.set(column, restoreFormula(value));
    });
    if (problems.length > problemsBefore) return;
    const get = (column: Column) => cell.get(column) ?? '';
    const has = (column: Column) => get(column).trim() !== '';
    const raw: Record<string, unknown> = {
      id: get('id').trim(),
      term: get('term'),
      variants: splitList(get('variants')),
      action: get('action').trim(),
      alternatives: splitList(get('alternatives')),
      definition: get('definition'),
      easyRead: splitList(get('easy_read')),
      category: get('category').trim(),
      severity: get('severity').trim(),
      status: get('status').trim(),
      sources: splitList(get('sources')),
    };
    if (has('agreed_by')) raw.agreedBy = get('agreed_by');
    if (has('agreed_on')) raw.agreedOn = get('agreed_on').trim();
    if (has('abbreviations')) raw.abbreviations = splitList(get('abbreviations'));
    if (has('pos')) raw.pos = get('pos').trim();
    if (has('replaced_by')) raw.replacedBy = get('replaced_by').trim();
    if (has('notes')) raw.notes = get('notes');
    for (const [column, field] of [
      ['co_produced', 'coProduced'],
      ['omit_ok', 'omitOk'],
    ] as const) {
      const value = parseYesNo(get(column));
      if (typeof value === 'string') at(column, 'must be yes or no');
      else if (value !== undefined) raw[field] = value;
    }
    if (has('match')) {
      try {
        raw.match = JSON.parse(get('match'));
      } catch {
        at('match', 'must be written like {"notBefore": ["people"]}');
      }
    }
    if (has('examples_flag') || has('examples_ok')) {
      raw.examples = { flag: splitList(get('examples_flag')), ok: splitList(get('examples_ok')) };
    }
    const name = typeof raw.id === 'string' && raw.id !== '' ? raw.id : `row ${row}`;
    const result = validateEntry(raw, index);
    for (const p of result.problems) {
      const field = p.field.split('.')[0] ?? p.field;
      at(COLUMN_OF_FIELD[field] ?? p.field, p.problem, name);
    }
    if (!result.entry) return;
    for (const p of entryLimitProblems(result.entry)) {
      at(COLUMN_OF_FIELD[p.field.split('.')[0] ?? ''] ?? p.field, p.problem, name);
    }
    if (problems.length > problemsBefore) return;
    entryRows.push(row);
    entries.push(result.entry);
  });
  // findDuplicates reports the second entry with an id or term; point at its row.
  const duplicates = findDuplicates(entries);
  const reported = new Map<string, number>();
  for (const p of duplicates) {
    const n = (reported.get(p.entry) ?? 0) + 1;
    reported.set(p.entry, n);
    const rowsOfId = entryRows.filter((_, i) => entries[i]?.id === p.entry);
    problems.push({
      ...p,
      field: COLUMN_OF_FIELD[p.field] ?? p.field,
      row: rowsOfId[Math.min(n, rowsOfId.length - 1)] ?? rowsOfId[0] ?? 0,
    });
  }
  if (problems.length > 0) return { problems: sortProblems(problems) };
  return { entries, problems };
}

function sortProblems(problems: FileProblem[]): FileProblem[] {
  return problems
    .map((p, i) => ({ p, i }))
    .sort((a, b) => (a.p.row ?? 0) - (b.p.row ?? 0) || a.i - b.i)
    .map(({ p }) => (p.row === undefined ? stripRow(p) : p));
}

function stripRow(p: FileProblem): FileProblem {
  const { row: _row, ...rest } = p;
  return rest;
}
