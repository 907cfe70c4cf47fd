/**
 * The glossary as a spreadsheet: CSV that Excel opens correctly (UTF-8 with
 * a byte order mark, one row per entry, list cells separated by `;`).
 *
 * Columns, in this order: thirteen core ones (`id` … `agreed_on`), then
 * optional ones so that every field survives a round trip (`abbreviations`
 * … `examples_fixed`). A file read on its own (`parseGlossaryCsv`) needs the
 * core ones; the others may be left out (a missing `kind`, `audiences` or
 * `pos` gets the same default as a version 1 file: see upgrade.ts). A file
 * imported into the glossary in use (`csvImportFile`, then import.ts) may
 * have only some columns: it changes those fields of the entries it names.
 *
 * Alternatives: `buy; buyer [noun]`: an item without a part of speech in
 * square brackets has the entry's own (see alternatives.ts).
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
import { formatAlternative } from './alternatives';
import {
  mergeImport,
  sortProblems,
  type FileProblem,
  type ImportField,
  type ImportFile,
  type ImportItem,
} from './import';
import { MAX_ENTRIES } from './limits';
import { GLOSSARY_FORMAT_VERSION, type GlossaryEntry } from './schema';

export type { FileProblem };

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
  'kind',
  'advice',
  'audiences',
  'examples_fixed',
] as const;

export type Column = (typeof CSV_COLUMNS)[number] | (typeof CSV_OPTIONAL_COLUMNS)[number];

const ALL_COLUMNS: readonly Column[] = [...CSV_COLUMNS, ...CSV_OPTIONAL_COLUMNS];

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
    alternatives: joinList(entry.alternatives.map((alt) => formatAlternative(alt, entry.pos))),
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
    kind: entry.kind,
    advice: entry.advice ?? '',
    audiences: joinList(entry.audiences),
    examples_fixed: entry.examples?.fixed ? joinList(entry.examples.fixed) : '',
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

/** The entry field each column fills. */
const FIELD_OF_COLUMN: Readonly<Record<Column, ImportField>> = {
  id: 'id',
  term: 'term',
  variants: 'variants',
  action: 'action',
  alternatives: 'alternatives',
  definition: 'definition',
  easy_read: 'easyRead',
  category: 'category',
  severity: 'severity',
  status: 'status',
  sources: 'sources',
  agreed_by: 'agreedBy',
  agreed_on: 'agreedOn',
  abbreviations: 'abbreviations',
  pos: 'pos',
  co_produced: 'coProduced',
  replaced_by: 'replacedBy',
  omit_ok: 'omitOk',
  notes: 'notes',
  match: 'match',
  examples_flag: 'examples.flag',
  examples_ok: 'examples.ok',
  kind: 'kind',
  advice: 'advice',
  audiences: 'audiences',
  examples_fixed: 'examples.fixed',
};

/** Columns whose cell is a list. */
const LIST_COLUMNS = new Set<Column>([
  'variants',
  'alternatives',
  'easy_read',
  'sources',
  'abbreviations',
  'audiences',
  'examples_flag',
  'examples_ok',
  'examples_fixed',
]);
/** Columns whose cell is a code or an id: spaces around it do not count. */
const CODE_COLUMNS = new Set<Column>([
  'id',
  'action',
  'category',
  'severity',
  'status',
  'pos',
  'kind',
  'agreed_on',
  'replaced_by',
]);
/** Columns a blank cell leaves out (rather than making empty text). */
const OPTIONAL_COLUMNS = new Set<Column>([
  'agreed_by',
  'agreed_on',
  'abbreviations',
  'pos',
  'replaced_by',
  'notes',
  'kind',
  'advice',
  'audiences',
]);
/** Columns added by glossary format version 2. A file with none of them and every core column is version 1. */
const VERSION_2_COLUMNS: readonly Column[] = ['kind', 'advice', 'audiences', 'examples_fixed'];

/** One cell as the field it fills, or a problem with it. */
function cellValue(column: Column, cell: string): { value?: unknown; problem?: string } {
  if (LIST_COLUMNS.has(column)) {
    const items = splitList(cell);
    return items.length === 0 && OPTIONAL_COLUMNS.has(column) ? {} : { value: items };
  }
  if (column === 'co_produced' || column === 'omit_ok') {
    const value = parseYesNo(cell);
    if (typeof value === 'string') return { problem: 'must be yes or no' };
    return value === undefined ? {} : { value };
  }
  if (column === 'match') {
    if (cell.trim() === '') return {};
    try {
      return { value: JSON.parse(cell) };
    } catch {
      return { problem: 'must be written like {"notBefore": ["people"]}' };
    }
  }
  const value = CODE_COLUMNS.has(column) ? cell.trim() : cell;
  return value.trim() === '' && OPTIONAL_COLUMNS.has(column) ? {} : { value };
}

/**
 * Reads glossary CSV as an import (import.ts): the columns it has and each
 * row's cells as entry fields. `file` is given when the header can be used,
 * with every row that could be read; `problems` lists everything wrong with
 * the header and the rows, each with its row and column.
 *
 * @param needColumns columns the file must have (a file read on its own
 *   needs the core ones). When not given, the file needs an `id` or a `term`
 *   column, to know which entries it changes.
 */
export function csvImportFile(
  text: string,
  needColumns?: readonly Column[],
): { file?: ImportFile; problems: FileProblem[] } {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), {
    delimiter: ',',
    skipEmptyLines: 'greedy',
  });
  const problems = parsed.errors.map(parseProblem);
  const [header, ...rows] = parsed.data;
  if (!header || header.every((cell) => cell.trim() === '')) {
    return { problems: [{ entry: '(file)', field: '(whole file)', problem: 'is empty' }] };
  }
  const columns = header.map((cell) => cell.trim().toLowerCase());
  const seen = checkHeader(columns, problems);
  const missing = missingColumns(header, seen, needColumns);
  if (missing) {
    problems.push(missing);
    return { problems };
  }
  if (problems.some((p) => p.entry === '(header)')) return { problems };
  if (rows.length > MAX_ENTRIES) {
    problems.push({
      entry: '(file)',
      field: '(whole file)',
      problem: `has ${rows.length.toLocaleString('en-GB')} rows; the most Plainly reads is ${MAX_ENTRIES.toLocaleString('en-GB')}`,
    });
    return { problems };
  }
  const known = columns as Column[];
  const items = readRows(rows, known, problems);
  const version =
    CSV_COLUMNS.every((column) => seen.has(column)) &&
    !VERSION_2_COLUMNS.some((column) => seen.has(column))
      ? 1
      : GLOSSARY_FORMAT_VERSION;
  return {
    file: { format: 'csv', version, fields: known.map((c) => FIELD_OF_COLUMN[c]), items },
    problems,
  };
}

/** A row the CSV reader could not read, as a problem on that row. */
function parseProblem(error: Papa.ParseError): FileProblem {
  const row = (error.row ?? 0) + 1;
  return {
    entry: `row ${row}`,
    field: '(row)',
    row,
    problem:
      error.type === 'Quotes'
        ? 'has a quotation mark that is not closed'
        : `could not be read (${error.message})`,
  };
}

/** Reports header cells that are not Plainly's columns, or name one twice; gives the columns it has. */
function checkHeader(columns: readonly string[], problems: FileProblem[]): Set<string> {
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
  return seen;
}

/**
 * The columns the file lacks, as one problem: those in `needColumns`, or
 * (when it is not given) both `id` and `term`. A header of one cell with
 * semicolons in it gets a hint on how to save the file.
 */
function missingColumns(
  header: readonly string[],
  seen: ReadonlySet<string>,
  needColumns: readonly Column[] | undefined,
): FileProblem | undefined {
  const hint =
    header.length === 1 && header[0]?.includes(';')
      ? ' The columns seem to be separated by semicolons: save the file as "CSV UTF-8 (comma delimited)".'
      : '';
  const missing = (needColumns ?? []).filter((column) => !seen.has(column));
  if (missing.length > 0) {
    return {
      entry: '(header)',
      field: missing.join(', '),
      row: 1,
      problem: `${missing.length === 1 ? 'is a column that is' : 'are columns that are'} missing.${hint}`,
    };
  }
  if (needColumns === undefined && !seen.has('id') && !seen.has('term')) {
    return {
      entry: '(header)',
      field: '(columns)',
      row: 1,
      problem: `needs an id or a term column, so Plainly knows which entries to change.${hint}`,
    };
  }
  return undefined;
}

/**
 * Each row's cells as entry fields, by the header's columns. A row with the
 * wrong number of cells, a cell far too long or a cell that cannot be read
 * is reported in `problems`; the first two leave the row out.
 */
function readRows(
  rows: readonly string[][],
  known: readonly Column[],
  problems: FileProblem[],
): ImportItem[] {
  const items: ImportItem[] = [];
  rows.forEach((cells, index) => {
    const row = index + 2;
    const at = (field: string, problem: string) =>
      problems.push({ entry: `row ${row}`, field, row, problem });
    if (cells.length !== known.length) {
      at('(row)', `has ${cells.length} cells but the header has ${known.length}`);
      return;
    }
    if (cells.some((cell) => cell.length > MAX_CELL_CHARS)) {
      known.forEach((column, i) => {
        if ((cells[i] ?? '').length > MAX_CELL_CHARS) at(column, 'is far too long');
      });
      return;
    }
    const fields: Record<string, unknown> = {};
    known.forEach((column, i) => {
      const { value, problem } = cellValue(column, restoreFormula(cells[i] ?? ''));
      if (problem !== undefined) at(column, problem);
      else if (value !== undefined) fields[FIELD_OF_COLUMN[column]] = value;
    });
    items.push({ fields, row });
  });
  return items;
}

/**
 * Reads a glossary CSV file on its own (the command line, and checks in
 * tests): it needs the thirteen core columns, and every row is a whole
 * entry. Returns the entries only when there is no problem at all;
 * otherwise every problem, each with its row and column.
 */
export function parseGlossaryCsv(text: string): {
  entries?: GlossaryEntry[];
  problems: FileProblem[];
} {
  const read = csvImportFile(text, CSV_COLUMNS);
  if (!read.file) return { problems: read.problems };
  const merged = mergeImport(read.file, [], CSV_COLUMNS);
  const problems = sortProblems([...read.problems, ...merged.problems]);
  if (problems.length > 0 || !merged.entries) return { problems };
  return { entries: merged.entries, problems };
}
