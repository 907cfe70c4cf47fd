/**
 * Importing a glossary file into the glossary in use.
 *
 * A file is read into an `ImportFile`: its entries as the file gives them,
 * and the fields it names. Then each entry is merged with the entry in use
 * that has the same id (or, in a CSV file with no `id` column, the same
 * term):
 *
 * - a field the file names replaces the entry's (an empty CSV cell clears an
 *   optional field);
 * - a field the file does not name is kept as it is. A CSV file with only
 *   `id`, `definition` and `advice` columns changes those two fields and
 *   nothing else;
 * - a version 1 file knows nothing of the fields version 2 added (`kind`,
 *   `audiences`, `advice`, `examples.fixed`), so an entry already in the
 *   glossary keeps them, and its alternatives keep their parts of speech. A
 *   new entry gets the defaults of upgrade.ts.
 *
 * A row that matches no entry is a new entry. With no `id` column its id is
 * made from its term (ids.ts).
 *
 * Pure: the background runs it when you preview and again when you import,
 * on the glossary in use at that moment, so a change made in between (in
 * another tab) is kept.
 */
import { parseAlternative } from './alternatives';
import { canonicalEntry } from './feed';
import { idFromTerm } from './ids';
import { MAX_ENTRIES, entryLimitProblems } from './limits';
import { phraseKey } from './matcher';
import {
  ENTRY_FIELDS,
  GLOSSARY_FORMAT_VERSION,
  PARTS_OF_SPEECH,
  type Alternative,
  type GlossaryEntry,
  type PartOfSpeech,
} from './schema';
import { upgradeEntryV1 } from './upgrade';
import { validateEntry, type FileProblem } from './validate';

export type { FileProblem };

/**
 * A field a file can name: an entry field, or one of the three parts of
 * `examples` (CSV files have a column for each).
 */
export type ImportField =
  | Exclude<keyof GlossaryEntry, 'examples'>
  | 'examples'
  | 'examples.flag'
  | 'examples.ok'
  | 'examples.fixed';

/** Fields that version 2 added: a version 1 file never names them. */
export const VERSION_2_FIELDS: readonly ImportField[] = [
  'kind',
  'audiences',
  'advice',
  'examples.fixed',
];

/** One entry in a file, before it is merged with the glossary in use. */
export interface ImportItem {
  /**
   * The fields as the file gives them, not yet checked. Alternatives may be
   * text ("buy", "buyer [noun]"): they take the entry's part of speech.
   */
  fields: Record<string, unknown>;
  /** The spreadsheet row (CSV only). */
  row?: number;
  /** What is wrong with the item as a whole (it is not an object). */
  problem?: string;
}

export interface ImportFile {
  format: 'csv' | 'json';
  /** The file's format version: version 1 files are upgraded as they are merged. */
  version: 1 | typeof GLOSSARY_FORMAT_VERSION;
  /** The fields the file names (a CSV file: its columns), in the file's order. */
  fields: ImportField[];
  items: ImportItem[];
  /** A JSON file's `name`. */
  name?: string;
}

/** What a merge found out, for the import preview. */
export interface ImportSummary {
  format: 'csv' | 'json';
  /** 1 when the file was written in the older format and is upgraded. */
  upgradedFrom?: 1;
  /** How entries were matched to the glossary: by id, or by term (a CSV file with no `id` column). */
  matchedBy: 'id' | 'term';
  /**
   * When the file leaves fields out: the fields it changes in entries already
   * in the glossary (their other fields stay as they are), as CSV column names.
   */
  onlyFields?: string[];
  /** How many entries of the file were already in the glossary, and how many are new. */
  existing: number;
  added: number;
}

export interface MergedImport {
  entries?: GlossaryEntry[];
  problems: FileProblem[];
  summary: ImportSummary;
  /** The spreadsheet row of each entry, by id (CSV only). */
  rows: Record<string, number>;
}

/** Every field of a complete file, in file order. */
export const ALL_FIELDS: readonly ImportField[] = ENTRY_FIELDS;

/** The CSV column of each field, for messages; JSON files use the field names. */
export const COLUMN_OF_FIELD: Readonly<Record<string, string>> = {
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
  'examples.flag': 'examples_flag',
  'examples.ok': 'examples_ok',
  'examples.fixed': 'examples_fixed',
  kind: 'kind',
  advice: 'advice',
  audiences: 'audiences',
};

type Raw = Record<string, unknown>;

const isRecord = (value: unknown): value is Raw =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isPos = (value: unknown): value is PartOfSpeech =>
  typeof value === 'string' && (PARTS_OF_SPEECH as readonly string[]).includes(value);

const sameList = (a: unknown, b: unknown) => JSON.stringify(a ?? []) === JSON.stringify(b ?? []);

/** "rows 3, 4 and 9", at most five numbers. */
export function rowList(rows: readonly number[]): string {
  const shown = rows.slice(0, 5).map(String);
  const more = rows.length - shown.length;
  if (more > 0) return `rows ${shown.join(', ')} and ${more} more`;
  if (shown.length === 1) return `row ${shown[0]}`;
  return `rows ${shown.slice(0, -1).join(', ')} and ${shown.at(-1)}`;
}

/**
 * Alternatives the file gives as text, as `{text, pos}`. In a version 1
 * file an alternative with no part of speech keeps the one it has in the
 * entry in use, if it is there; otherwise it takes the entry's.
 */
function readAlternatives(
  items: readonly unknown[],
  pos: PartOfSpeech,
  file: ImportFile,
  existing: GlossaryEntry | undefined,
): unknown[] {
  const known = new Map<string, PartOfSpeech>();
  if (file.version === 1) {
    for (const alternative of existing?.alternatives ?? []) {
      if (!known.has(alternative.text)) known.set(alternative.text, alternative.pos);
    }
  }
  return items.map((item) => {
    if (typeof item !== 'string') return item;
    const parsed: Alternative =
      file.format === 'csv' ? parseAlternative(item, pos) : { text: item.trim(), pos };
    // "buyer [noun]" says its part of speech; "buyer" does not.
    const said = parsed.text !== item.trim();
    const kept = said ? undefined : known.get(parsed.text);
    return kept === undefined ? parsed : { ...parsed, pos: kept };
  });
}

/** The entry a file's item makes, merged with the entry in use (`existing`). */
function mergeItem(
  item: ImportItem,
  file: ImportFile,
  existing: GlossaryEntry | undefined,
  id: unknown,
): unknown {
  const given = item.fields;
  const names = new Set<string>(file.fields);
  const raw: Raw = existing ? (structuredClone(canonicalEntry(existing)) as unknown as Raw) : {};
  for (const field of file.fields) {
    if (field.startsWith('examples.') || field === 'alternatives') continue;
    const value = given[field];
    // A blank kind, audiences or part of speech in a spreadsheet or an older
    // file leaves the entry's as it is (a new entry gets the default).
    if (value === undefined && existing && DEFAULTED.has(field) && upgrades(file)) continue;
    if (value === undefined) delete raw[field];
    else raw[field] = value;
  }
  // Anything else the file gives (a field Plainly does not know) is kept, so the checks name it.
  for (const key of Object.keys(given)) {
    if (!names.has(key) && !(ALL_FIELDS as readonly string[]).includes(key)) raw[key] = given[key];
  }
  if (id !== undefined) raw.id = id;

  if (names.has('alternatives')) {
    const value = given.alternatives;
    if (Array.isArray(value) && upgrades(file)) {
      const pos = isPos(raw.pos) ? raw.pos : (existing?.pos ?? 'phrase');
      raw.alternatives = readAlternatives(value, pos, file, existing);
    } else if (value === undefined) delete raw.alternatives;
    else raw.alternatives = value;
  }

  const before = existing?.examples;
  if (names.has('examples') && file.version === 1 && before?.fixed && isRecord(raw.examples)) {
    // Version 1 had no fixed sentences: keep them while the sentences they fix are the same.
    const examples = raw.examples;
    if (examples.fixed === undefined && sameList(examples.flag, before.flag)) {
      raw.examples = { ...examples, fixed: before.fixed };
    }
  }
  if (names.has('examples.flag') || names.has('examples.ok') || names.has('examples.fixed')) {
    const part = (key: 'flag' | 'ok' | 'fixed'): unknown =>
      names.has(`examples.${key}`) ? (given[`examples.${key}`] ?? []) : (before?.[key] ?? []);
    const flag = part('flag');
    const ok = part('ok');
    let fixed = part('fixed');
    if (!names.has('examples.fixed') && !sameList(flag, before?.flag)) fixed = [];
    const has = (list: unknown) => Array.isArray(list) && list.length > 0;
    if (has(flag) || has(ok)) raw.examples = has(fixed) ? { flag, ok, fixed } : { flag, ok };
    else delete raw.examples;
  }

  return upgrades(file) ? upgradeEntryV1(raw).entry : raw;
}

/** Fields that get a default when a spreadsheet or an older file leaves them out (upgrade.ts). */
const DEFAULTED = new Set<string>(['kind', 'audiences', 'pos']);

/** Whether a file's entries may leave out fields that have a default: CSV and version 1 files. */
const upgrades = (file: ImportFile) => file.format === 'csv' || file.version === 1;

/**
 * Merges a file with the glossary in use and checks every entry it makes.
 * Entries are given only when there is no problem at all.
 *
 * @param current the glossary in use, all layers merged (highest first);
 *   empty for a file read on its own (the command line).
 * @param coreColumns the CSV columns a new entry needs: when a row is new
 *   and the file lacks some of them, that is the one problem reported.
 */
export function mergeImport(
  file: ImportFile,
  current: readonly GlossaryEntry[],
  coreColumns: readonly string[] = [],
): MergedImport {
  const names = new Set<string>(file.fields);
  const matchedBy = file.format === 'csv' && !names.has('id') ? 'term' : 'id';
  const problems: FileProblem[] = [];
  const summary: ImportSummary = { format: file.format, matchedBy, existing: 0, added: 0 };
  if (file.version === 1) summary.upgradedFrom = 1;

  const plans = planItems(file, current, matchedBy, problems);
  const missing = missingColumns(file, plans, matchedBy, coreColumns, current.length === 0);
  if (missing) {
    problems.push(missing);
    return { problems: sortProblems(problems), summary, rows: {} };
  }
  const { entries, rows } = mergeItems(file, plans, summary, problems);
  problems.push(...sameTermProblems(file, entries, rows));
  const partial = ALL_FIELDS.some((field) => !coversField(file, field));
  if (partial && summary.existing > 0) {
    const skip = matchedBy === 'term' ? new Set(['id', 'term']) : new Set(['id']);
    summary.onlyFields = file.fields
      .filter((f) => !skip.has(f))
      .map((f) => COLUMN_OF_FIELD[f] ?? f);
  }
  if (problems.length > 0) return { problems: sortProblems(problems), summary, rows };
  return { entries, problems, summary, rows };
}

/** Reports a problem with one item of a file. */
type ReportProblem = (field: string, problem: string, entry: string) => void;

/** Which entry in use a file's item changes (none: it is new), and the id it will have. */
interface ItemPlan {
  item: ImportItem;
  index: number;
  existing: GlossaryEntry | undefined;
  id: unknown;
  at: ReportProblem;
}

/** A field's CSV column in a CSV file's messages; a JSON file's messages use the field's name. */
function columnOf(file: ImportFile, field: string): string {
  return file.format === 'csv' ? (COLUMN_OF_FIELD[field] ?? field) : field;
}

/** Reports problems with `item` into `problems`, on its spreadsheet row when it has one. */
function reporter(problems: FileProblem[], item: ImportItem): ReportProblem {
  return (field, problem, entry) => {
    problems.push({
      entry,
      field,
      problem,
      ...(item.row === undefined ? {} : { row: item.row }),
    });
  };
}

/**
 * Which entry each item changes: the one with its id, or (a CSV file with
 * no `id` column) the one with its term. Undefined for an item that cannot
 * be matched; its problem is reported.
 */
function planItems(
  file: ImportFile,
  current: readonly GlossaryEntry[],
  matchedBy: 'id' | 'term',
  problems: FileProblem[],
): (ItemPlan | undefined)[] {
  const byId = new Map(current.map((entry) => [entry.id, entry]));
  const byTerm = new Map<string, GlossaryEntry[]>();
  for (const entry of current) {
    const key = phraseKey(entry.term);
    const list = byTerm.get(key);
    if (list) list.push(entry);
    else byTerm.set(key, [entry]);
  }
  const taken = new Set(byId.keys());
  for (const item of file.items) {
    if (typeof item.fields.id === 'string') taken.add(item.fields.id.trim());
  }
  return file.items.map((item, index) => {
    const at = reporter(problems, item);
    if (matchedBy === 'id') {
      const id = item.fields.id;
      const existing = typeof id === 'string' ? byId.get(id) : undefined;
      return { item, index, existing, id, at };
    }
    return planByTerm(item, index, at, byTerm, taken);
  });
}

/**
 * Matches an item to the one entry in use with its term. A new term gets an
 * id made from it that no entry or item has (`taken` grows by it).
 */
function planByTerm(
  item: ImportItem,
  index: number,
  at: ReportProblem,
  byTerm: ReadonlyMap<string, readonly GlossaryEntry[]>,
  taken: Set<string>,
): ItemPlan | undefined {
  const term = typeof item.fields.term === 'string' ? item.fields.term.trim() : '';
  if (term === '') {
    at('term', 'is empty', `row ${item.row ?? index + 1}`);
    return undefined;
  }
  const matches = byTerm.get(phraseKey(term)) ?? [];
  if (matches.length > 1) {
    at(
      'term',
      `is the term of more than one entry (${matches.map((e) => e.id).join(', ')}). Add an id column to say which one to change`,
      term,
    );
    return undefined;
  }
  const existing = matches[0];
  let id: string;
  if (existing) id = existing.id;
  else {
    id = idFromTerm(term, taken);
    taken.add(id);
  }
  return { item, index, existing, id, at };
}

/**
 * A CSV file that adds entries needs the columns a new entry needs: the one
 * problem to report when it lacks some, or undefined.
 */
function missingColumns(
  file: ImportFile,
  plans: readonly (ItemPlan | undefined)[],
  matchedBy: 'id' | 'term',
  coreColumns: readonly string[],
  glossaryEmpty: boolean,
): FileProblem | undefined {
  if (file.format !== 'csv') return undefined;
  const newRows = plans.flatMap((plan) =>
    plan && !plan.existing ? [plan.item.row ?? plan.index + 2] : [],
  );
  const needed = coreColumns.filter(
    (c) =>
      !(c === 'id' && matchedBy === 'term') && !file.fields.some((f) => columnOf(file, f) === c),
  );
  if (newRows.length === 0 || needed.length === 0) return undefined;
  const all = newRows.length === file.items.length;
  return {
    entry: '(header)',
    field: needed.join(', '),
    row: 1,
    problem: `${needed.length === 1 ? 'is a column that is' : 'are columns that are'} missing.${
      all && glossaryEmpty
        ? ''
        : ` A new entry needs ${needed.length === 1 ? 'it' : 'them'}, and ${rowList(newRows)} ${newRows.length === 1 ? 'is' : 'are'} not in the glossary yet`
    }`,
  };
}

/**
 * Merges each matched item with its entry and checks it. Gives the entries
 * with no problem and the spreadsheet row of each, and counts them in
 * `summary` as already in the glossary or new.
 */
function mergeItems(
  file: ImportFile,
  plans: readonly (ItemPlan | undefined)[],
  summary: ImportSummary,
  problems: readonly FileProblem[],
): { entries: GlossaryEntry[]; rows: Record<string, number> } {
  const entries: GlossaryEntry[] = [];
  const rows: Record<string, number> = {};
  const seenIds = new Map<string, number>();
  for (const plan of plans) {
    if (!plan) continue;
    const before = problems.length;
    const entry = checkedEntry(file, plan, seenIds);
    if (!entry || problems.length > before) continue;
    if (plan.existing) summary.existing++;
    else summary.added++;
    if (plan.item.row !== undefined) rows[entry.id] = plan.item.row;
    entries.push(entry);
  }
  return { entries, rows };
}

/**
 * The entry one item makes, checked, with its problems reported: an id
 * another item has (`seenIds`), the item's own problem, the entry's problems
 * and its size limits. Undefined when it makes no entry.
 */
function checkedEntry(
  file: ImportFile,
  { item, index, existing, id, at }: ItemPlan,
  seenIds: Map<string, number>,
): GlossaryEntry | undefined {
  const name = typeof id === 'string' && id !== '' ? id : `entry ${index + 1}`;
  const label = item.row !== undefined && name.startsWith('entry ') ? `row ${item.row}` : name;
  if (typeof id === 'string' && id !== '') {
    if (seenIds.has(id)) at(columnOf(file, 'id'), 'is used by another entry', label);
    seenIds.set(id, index);
  }
  if (item.problem !== undefined) {
    at('(whole entry)', item.problem, label);
    return undefined;
  }
  const result = validateEntry(mergeItem(item, file, existing, id), index);
  for (const p of result.problems) {
    const field = p.field.split('.')[0] ?? p.field;
    const where = file.format === 'csv' ? columnOf(file, field) : p.field;
    at(where, p.problem, p.entry.startsWith('entry ') ? label : p.entry);
  }
  if (!result.entry) return undefined;
  for (const p of entryLimitProblems(result.entry)) {
    at(
      file.format === 'csv' ? columnOf(file, p.field.split('.')[0] ?? '') : p.field,
      p.problem,
      name,
    );
  }
  return result.entry;
}

/** Two entries of the file with the same term: a problem on the second. */
function sameTermProblems(
  file: ImportFile,
  entries: readonly GlossaryEntry[],
  rows: Readonly<Record<string, number>>,
): FileProblem[] {
  const problems: FileProblem[] = [];
  const terms = new Map<string, string>();
  for (const entry of entries) {
    const key = entry.term.toLowerCase();
    const other = terms.get(key);
    if (other !== undefined && other !== entry.id) {
      problems.push({
        entry: entry.id,
        field: columnOf(file, 'term'),
        problem: `is also the term of "${other}"`,
        ...(rows[entry.id] === undefined ? {} : { row: rows[entry.id] }),
      });
    }
    terms.set(key, entry.id);
  }
  return problems;
}

/** Whether a file names a field (a CSV file names `examples` through its parts). */
function coversField(file: ImportFile, field: ImportField): boolean {
  if (file.fields.includes(field)) return true;
  if (field === 'examples') {
    return file.fields.includes('examples.flag') && file.fields.includes('examples.ok');
  }
  // Version 1 files do not have these fields; that is an upgrade, not a partial file.
  return file.version === 1 && VERSION_2_FIELDS.includes(field);
}

/** Problems in row order (then the order they were found), without a row where there is none. */
export function sortProblems(problems: readonly FileProblem[]): FileProblem[] {
  return problems
    .map((p, i) => ({ p, i }))
    .sort((a, b) => (a.p.row ?? 0) - (b.p.row ?? 0) || a.i - b.i)
    .map(({ p }) => p);
}

/** Reads a JSON glossary file's entries as an import, or says why it cannot. */
export function jsonImportFile(raw: unknown): { file?: ImportFile; problems: FileProblem[] } {
  const whole = (field: string, problem: string) => ({
    problems: [{ entry: '(file)', field, problem }],
  });
  if (!isRecord(raw)) return whole('(whole file)', 'is not a JSON object');
  const problems: FileProblem[] = [];
  if (raw.format !== 'plainly-glossary') {
    problems.push({ entry: '(file)', field: 'format', problem: 'must be "plainly-glossary"' });
  }
  if (raw.version !== 1 && raw.version !== GLOSSARY_FORMAT_VERSION) {
    problems.push({ entry: '(file)', field: 'version', problem: 'must be 1 or 2' });
  }
  if (raw.name !== undefined && typeof raw.name !== 'string') {
    problems.push({ entry: '(file)', field: 'name', problem: 'must be text' });
  } else if (typeof raw.name === 'string' && raw.name.length > 200) {
    problems.push({ entry: '(file)', field: 'name', problem: 'is longer than 200 characters' });
  }
  if (!Array.isArray(raw.entries)) {
    problems.push({ entry: '(file)', field: 'entries', problem: 'must be a list of entries' });
    return { problems };
  }
  if (raw.entries.length > MAX_ENTRIES) {
    return whole('entries', `has more than ${MAX_ENTRIES.toLocaleString('en-GB')} entries`);
  }
  if (problems.length > 0) return { problems };
  const version = raw.version === 1 ? 1 : GLOSSARY_FORMAT_VERSION;
  const fields = ALL_FIELDS.filter((f) => version !== 1 || !VERSION_2_FIELDS.includes(f));
  const items = raw.entries.map((entry: unknown): ImportItem =>
    isRecord(entry) ? { fields: entry } : { fields: {}, problem: 'is not an object' },
  );
  return {
    file: {
      format: 'json',
      version,
      fields,
      items,
      ...(typeof raw.name === 'string' ? { name: raw.name } : {}),
    },
    problems: [],
  };
}
