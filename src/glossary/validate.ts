import {
  ACTIONS,
  AUDIENCES,
  CATEGORIES,
  ENTRY_FIELDS,
  GLOSSARY_FORMAT_VERSION,
  KINDS,
  PARTS_OF_SPEECH,
  SEVERITIES,
  STATUSES,
  type GlossaryEntry,
  type GlossaryFile,
  type MatchOptions,
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

const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

type Raw = Record<string, unknown>;

function isRecord(value: unknown): value is Raw {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}

/**
 * Checks one raw value against the entry schema. Returns the entry (typed) and
 * every problem found; the entry is only usable when `problems` is empty.
 */
export function validateEntry(
  raw: unknown,
  position: number,
): { entry?: GlossaryEntry; problems: GlossaryProblem[] } {
  const fallbackName = `entry ${position + 1}`;
  if (!isRecord(raw)) {
    return {
      problems: [{ entry: fallbackName, field: '(whole entry)', problem: 'is not an object' }],
    };
  }
  const name = typeof raw.id === 'string' && raw.id !== '' ? raw.id : fallbackName;
  const problems: GlossaryProblem[] = [];
  const add = (field: string, problem: string) => problems.push({ entry: name, field, problem });

  const requiredText = (field: string) => {
    const value = raw[field];
    if (value === undefined) add(field, 'is missing');
    else if (typeof value !== 'string') add(field, 'must be text');
    else if (value.trim() === '') add(field, 'is empty');
  };
  const oneOf = (field: string, allowed: readonly string[], required: boolean) => {
    const value = raw[field];
    if (value === undefined) {
      if (required) add(field, 'is missing');
    } else if (typeof value !== 'string' || !allowed.includes(value)) {
      add(field, `must be one of: ${allowed.join(', ')}`);
    }
  };
  const textList = (field: string, required: boolean) => {
    const value = raw[field];
    if (value === undefined) {
      if (required) add(field, 'is missing');
    } else if (!isStringArray(value)) add(field, 'must be a list of text');
    else if (value.some((item) => item.trim() === '')) add(field, 'has an empty item');
  };
  const optionalText = (field: string) => {
    const value = raw[field];
    if (value !== undefined && typeof value !== 'string') add(field, 'must be text');
  };

  requiredText('id');
  if (typeof raw.id === 'string' && raw.id !== '' && !ID_PATTERN.test(raw.id)) {
    add(
      'id',
      'must use only lower-case letters, digits and single hyphens, like "direct-payments"',
    );
  }
  requiredText('term');
  textList('variants', true);
  textList('abbreviations', false);
  oneOf('kind', KINDS, true);
  oneOf('action', ACTIONS, true);
  validateAlternatives(raw.alternatives, add);
  requiredText('definition');
  optionalText('advice');
  textList('easyRead', true);
  const audiences = raw.audiences;
  if (audiences === undefined) add('audiences', 'is missing');
  else if (
    !isStringArray(audiences) ||
    audiences.some((item) => !(AUDIENCES as readonly string[]).includes(item))
  ) {
    add('audiences', `must be a list of: ${AUDIENCES.join(', ')}`);
  } else if (audiences.length === 0) {
    add('audiences', 'needs at least one of: plain, public, easy-read');
  }
  oneOf('category', CATEGORIES, true);
  oneOf('severity', SEVERITIES, true);
  oneOf('status', STATUSES, true);
  textList('sources', true);
  oneOf('pos', PARTS_OF_SPEECH, true);
  optionalText('agreedBy');
  optionalText('agreedOn');
  optionalText('replacedBy');
  optionalText('notes');
  if (typeof raw.agreedOn === 'string' && !DATE_PATTERN.test(raw.agreedOn)) {
    add('agreedOn', 'must be a date written as YYYY-MM-DD');
  }
  if (raw.coProduced !== undefined && typeof raw.coProduced !== 'boolean') {
    add('coProduced', 'must be true or false');
  }
  if (raw.omitOk !== undefined && typeof raw.omitOk !== 'boolean') {
    add('omitOk', 'must be true or false');
  }
  if (
    (raw.action === 'replace' || raw.action === 'respectful') &&
    Array.isArray(raw.alternatives)
  ) {
    if (raw.alternatives.length === 0 && raw.omitOk !== true) {
      add('alternatives', `needs at least one alternative when the action is "${raw.action}"`);
    }
  }
  if (raw.status === 'deprecated' && raw.replacedBy === undefined) {
    add('replacedBy', 'is needed when an entry is deprecated');
  }
  problems.push(...validateMatch(raw.match, name));
  problems.push(...validateExamples(raw.examples, name));

  const known = new Set<string>(ENTRY_FIELDS);
  for (const key of Object.keys(raw)) {
    if (!known.has(key)) add(key, 'is not a field Plainly knows');
  }

  if (problems.length > 0) return { problems };
  return { entry: raw as unknown as GlossaryEntry, problems };
}

function validateAlternatives(value: unknown, add: (field: string, problem: string) => void): void {
  if (value === undefined) {
    add('alternatives', 'is missing');
    return;
  }
  if (!Array.isArray(value)) {
    add('alternatives', 'must be a list');
    return;
  }
  value.forEach((item: unknown, index) => {
    const field = `alternatives.${index + 1}`;
    if (!isRecord(item)) add(field, 'must have "text" and "pos"');
    else if (typeof item.text !== 'string' || item.text.trim() === '') add(field, 'has no text');
    else if (
      typeof item.pos !== 'string' ||
      !(PARTS_OF_SPEECH as readonly string[]).includes(item.pos)
    ) {
      add(field, `needs a part of speech, one of: ${PARTS_OF_SPEECH.join(', ')}`);
    } else if (Object.keys(item).some((key) => key !== 'text' && key !== 'pos')) {
      add(field, 'has a field Plainly does not know');
    }
  });
}

export function validateMatch(value: unknown, name: string): GlossaryProblem[] {
  if (value === undefined) return [];
  if (!isRecord(value)) return [{ entry: name, field: 'match', problem: 'must be an object' }];
  const problems: GlossaryProblem[] = [];
  const keys: (keyof MatchOptions)[] = [
    'caseSensitive',
    'inflect',
    'notBefore',
    'notAfter',
    'needsNextWord',
    'pos',
    'everyday',
    'jargonWith',
  ];
  for (const key of Object.keys(value)) {
    if (!(keys as string[]).includes(key)) {
      problems.push({
        entry: name,
        field: `match.${key}`,
        problem: 'is not a field Plainly knows',
      });
    }
  }
  for (const key of ['caseSensitive', 'inflect', 'needsNextWord'] as const) {
    if (value[key] !== undefined && typeof value[key] !== 'boolean') {
      problems.push({ entry: name, field: `match.${key}`, problem: 'must be true or false' });
    }
  }
  for (const key of ['notBefore', 'notAfter', 'everyday', 'jargonWith'] as const) {
    if (value[key] !== undefined && !isStringArray(value[key])) {
      problems.push({ entry: name, field: `match.${key}`, problem: 'must be a list of text' });
    }
  }
  for (const key of ['everyday', 'jargonWith'] as const) {
    const patterns = value[key];
    if (!isStringArray(patterns)) continue;
    for (const pattern of patterns) {
      const problem = contextPatternProblem(pattern);
      if (problem) problems.push({ entry: name, field: `match.${key}`, problem });
    }
  }
  const pos = value.pos;
  if (
    pos !== undefined &&
    (!isStringArray(pos) ||
      pos.length === 0 ||
      pos.some((item) => !(PARTS_OF_SPEECH as readonly string[]).includes(item)))
  ) {
    problems.push({
      entry: name,
      field: 'match.pos',
      problem: `must be a list of: ${PARTS_OF_SPEECH.join(', ')}`,
    });
  }
  return problems;
}

/**
 * What is wrong with a context pattern (`~ letter|parcel`), if anything: it
 * needs exactly one `~` for the term and at least one other word.
 */
export function contextPatternProblem(pattern: string): string | undefined {
  const slots = pattern.trim().split(/\s+/);
  const terms = slots.filter((slot) => slot === '~').length;
  if (terms !== 1) return `"${pattern}" needs one ~ where the term goes`;
  if (slots.length < 2) return `"${pattern}" needs a word besides ~`;
  if (slots.some((slot) => slot !== '~' && slot.split('|').some((word) => word === ''))) {
    return `"${pattern}" has an empty word next to |`;
  }
  return undefined;
}

export function validateExamples(value: unknown, name: string): GlossaryProblem[] {
  if (value === undefined) return [];
  if (!isRecord(value) || !isStringArray(value.flag) || !isStringArray(value.ok)) {
    return [
      {
        entry: name,
        field: 'examples',
        problem: 'must have "flag" and "ok", each a list of sentences',
      },
    ];
  }
  if (value.fixed !== undefined) {
    if (!isStringArray(value.fixed) || value.fixed.length !== value.flag.length) {
      return [
        {
          entry: name,
          field: 'examples.fixed',
          problem: 'must be a list with one fixed sentence for each "flag" sentence',
        },
      ];
    }
  }
  return [];
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
  raw.entries.forEach((item: unknown, index: number) => {
    const result = validateEntry(item, index);
    problems.push(...result.problems);
    if (result.entry) entries.push(result.entry);
  });
  problems.push(...findDuplicates(entries));
  // Ids of entries that failed validation still count as used.
  const valid = new Set(entries);
  const ids = new Set(entries.map((e) => e.id));
  raw.entries.forEach((item: unknown) => {
    if (
      !isRecord(item) ||
      valid.has(item as unknown as GlossaryEntry) ||
      typeof item.id !== 'string'
    )
      return;
    if (ids.has(item.id))
      problems.push({ entry: item.id, field: 'id', problem: 'is used by another entry' });
    ids.add(item.id);
  });
  if (problems.length > 0) return { problems };
  const file = raw as unknown as GlossaryFile;
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
