import { isRecord, validate, type ObjectWords } from '../validation/index';
import {
  entrySchema,
  GLOSSARY_FORMAT_VERSION,
  matchSchema,
  type GlossaryEntry,
  type GlossaryFile,
} from './schema';
import { upgradeGlossaryFile } from './upgrade';

/** One thing wrong with a glossary, said plainly and pointing at the entry and field. */
export interface GlossaryProblem {
  /** The entry's id when it has one, otherwise its position ("entry 3"). */
  entry: string;
  field: string;
  problem: string;
}

export class GlossaryError extends Error {
  constructor(
    message: string,
    readonly problems: GlossaryProblem[],
  ) {
    super(message);
    this.name = 'GlossaryError';
  }
}

/** How the glossary's objects say they are not one, or have a field nobody asked for. */
function entryWords(path: string): ObjectWords {
  const unknownField = 'is not a field Plainly knows';
  if (path === '') return { notObject: 'is not an object', unknownField };
  if (path === 'match') return { notObject: 'must be an object', unknownField };
  if (path.startsWith('alternatives.')) {
    return { notObject: 'must have "text" and "pos"', unknownField };
  }
  return { notObject: 'must be an object', unknownField };
}

/**
 * Checks one raw value against the entry schema (schema.ts). Returns the
 * entry (typed) and every problem found; the entry is only usable when
 * `problems` is empty.
 */
export function validateEntry(
  raw: unknown,
  position: number,
): { entry?: GlossaryEntry; problems: GlossaryProblem[] } {
  const fallbackName = `entry ${position + 1}`;
  const name = isRecord(raw) && typeof raw.id === 'string' && raw.id !== '' ? raw.id : fallbackName;
  const { value, problems: found } = validate(entrySchema, raw, entryWords);
  const problems: GlossaryProblem[] = found.map(({ path, problem }) => ({
    entry: name,
    field: path === '' ? '(whole entry)' : path,
    problem,
  }));
  if (isRecord(raw)) problems.push(...crossFieldProblems(raw, name));
  if (problems.length > 0 || value === undefined) return { problems };
  return { entry: value, problems };
}

/** What one field says about another: alternatives for a replace entry, a replacement for a deprecated one. */
function crossFieldProblems(raw: Record<string, unknown>, name: string): GlossaryProblem[] {
  const problems: GlossaryProblem[] = [];
  if (
    (raw.action === 'replace' || raw.action === 'respectful') &&
    Array.isArray(raw.alternatives) &&
    raw.alternatives.length === 0 &&
    raw.omitOk !== true
  ) {
    problems.push({
      entry: name,
      field: 'alternatives',
      problem: `needs at least one alternative when the action is "${raw.action}"`,
    });
  }
  problems.push(...unknownContextAlternatives(raw.match, raw.alternatives, name));
  if (raw.status === 'deprecated' && raw.replacedBy === undefined) {
    problems.push({
      entry: name,
      field: 'replacedBy',
      problem: 'is needed when an entry is deprecated',
    });
  }
  return problems;
}

/** `match.alternativesWith` and `match.alternativesNotWith` may name only the entry's own alternatives. */
export function unknownContextAlternatives(
  match: unknown,
  alternatives: unknown,
  name: string,
): GlossaryProblem[] {
  if (!isRecord(match) || !Array.isArray(alternatives)) return [];
  const texts = new Set(alternatives.map((item) => (isRecord(item) ? item.text : undefined)));
  return (['alternativesWith', 'alternativesNotWith'] as const).flatMap((field) => {
    const named = match[field];
    if (!isRecord(named)) return [];
    return Object.keys(named)
      .filter((text) => !texts.has(text))
      .map((text) => ({
        entry: name,
        field: `match.${field}`,
        problem: `names "${text}", which is not one of the alternatives`,
      }));
  });
}

/** Checks a word list's or an entry's `match` on its own (the data tests use it for word lists). */
export function validateMatch(value: unknown, name: string): GlossaryProblem[] {
  if (value === undefined) return [];
  return validate(matchSchema, value, () => entryWords('match')).problems.map(
    ({ path, problem }) => ({
      entry: name,
      field: path === '' ? 'match' : `match.${path}`,
      problem,
    }),
  );
}

/**
 * Checks a whole glossary file: its header, every entry, and that ids and
 * terms are not used twice. Returns all problems, never just the first.
 */
export function validateGlossaryFile(input: unknown): {
  file?: GlossaryFile;
  problems: GlossaryProblem[];
  /** The version the file was upgraded from (1), when it was not written as the current version. */
  upgradedFrom?: number;
} {
  const upgrade = upgradeGlossaryFile(input);
  const raw = upgrade.file;
  if (!isRecord(raw)) {
    return {
      problems: [{ entry: '(file)', field: '(whole file)', problem: 'is not a JSON object' }],
    };
  }
  const problems: GlossaryProblem[] = [];
  if (raw.format !== 'plainly-glossary') {
    problems.push({ entry: '(file)', field: 'format', problem: 'must be "plainly-glossary"' });
  }
  // A version 1 file is upgraded above; one that could not be (its entries
  // are not a list) keeps its number, and its other problems are reported.
  if (raw.version !== GLOSSARY_FORMAT_VERSION && raw.version !== 1) {
    problems.push({ entry: '(file)', field: 'version', problem: 'must be 1 or 2' });
  }
  if (raw.name !== undefined && typeof raw.name !== 'string') {
    problems.push({ entry: '(file)', field: 'name', problem: 'must be text' });
  }
  if (raw.publishedAt !== undefined && typeof raw.publishedAt !== 'string') {
    problems.push({ entry: '(file)', field: 'publishedAt', problem: 'must be text' });
  }
  if (!Array.isArray(raw.entries)) {
    problems.push({ entry: '(file)', field: 'entries', problem: 'must be a list of entries' });
    return { problems };
  }
  const entries: GlossaryEntry[] = [];
  const valid = new Set<number>();
  raw.entries.forEach((item: unknown, index: number) => {
    const result = validateEntry(item, index);
    problems.push(...result.problems);
    if (result.entry) {
      entries.push(result.entry);
      valid.add(index);
    }
  });
  problems.push(...findDuplicates(entries));
  // Ids of entries that failed validation still count as used.
  const ids = new Set(entries.map((e) => e.id));
  raw.entries.forEach((item: unknown, index: number) => {
    if (!isRecord(item) || valid.has(index) || typeof item.id !== 'string') return;
    if (ids.has(item.id))
      problems.push({ entry: item.id, field: 'id', problem: 'is used by another entry' });
    ids.add(item.id);
  });
  if (problems.length > 0) return { problems };
  const file = { ...(raw as unknown as GlossaryFile), entries };
  return upgrade.upgradedFrom === undefined
    ? { file, problems }
    : { file, problems, upgradedFrom: upgrade.upgradedFrom };
}

/** Ids and terms used by more than one entry. */
export function findDuplicates(entries: readonly GlossaryEntry[]): GlossaryProblem[] {
  const problems: GlossaryProblem[] = [];
  const ids = new Set<string>();
  const terms = new Map<string, string>();
  for (const entry of entries) {
    if (ids.has(entry.id)) {
      problems.push({ entry: entry.id, field: 'id', problem: 'is used by another entry' });
    }
    ids.add(entry.id);
    const key = entry.term.toLowerCase();
    const other = terms.get(key);
    if (other !== undefined && other !== entry.id) {
      problems.push({ entry: entry.id, field: 'term', problem: `is also the term of "${other}"` });
    }
    terms.set(key, entry.id);
  }
  return problems;
}

/** One line per problem: `direct-payments: definition is missing`. */
export function formatProblems(problems: readonly GlossaryProblem[]): string {
  return problems.map((p) => `${p.entry}: ${p.field} ${p.problem}`).join('\n');
}

/** A problem in a file, with the spreadsheet row when there is one (the header is row 1). */
export interface FileProblem extends GlossaryProblem {
  row?: number;
}
