/**
 * Size caps and hidden-character checks for glossary data that comes from
 * outside: imported files, published feeds and proposals. Caps keep one bad
 * file from freezing the browser (docs/reliability.md, "Feeds": 5 MB,
 * 50k entries, 200 characters a term, 2,000 an explanation).
 */
import type { GlossaryEntry } from './schema';
import type { GlossaryProblem } from './validate';

/** The largest glossary file or feed Plainly reads: 5 MB. */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;
/** The most entries one file or feed may hold. */
export const MAX_ENTRIES = 50_000;
/** The longest term, variant, abbreviation or alternative. */
export const MAX_PHRASE_CHARS = 200;
/** The longest definition, easy read sentence, source, note or example. */
export const MAX_TEXT_CHARS = 2_000;
/** The most items in one list field (variants, alternatives, easy read, …). */
export const MAX_LIST_ITEMS = 100;
/**
 * The most example sentences in one entry, flagged, left alone and fixed
 * together. A word with many everyday senses ("review": a film, a pay
 * review, a GP's medication review) needs a sentence for each sense it is
 * fenced from, so this is more than other lists.
 */
export const MAX_EXAMPLE_SENTENCES = 200;
/**
 * The most context patterns in one of an entry's sense lists (`everyday`,
 * `jargonWith`). A common word needs a pattern for each everyday sense it
 * is fenced from ("review" had reached 100), so this is more than other
 * lists. A pattern is tried only where the entry's own words were found,
 * so a long list costs time in step with its length there and nowhere else.
 */
export const MAX_SENSE_PATTERNS = 200;

/**
 * Control characters and the bidirectional overrides that can make text
 * display differently from what it says (a "Trojan source" trick).
 * Tab, line feed and carriage return are allowed in long text only.
 */
const HIDDEN =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u200E\u200F\u202A-\u202E\u2066-\u2069]/;
const LINE_BREAKS = /[\t\n\r]/;

const PHRASE_FIELDS = ['term', 'variants', 'abbreviations', 'alternatives'] as const;
const TEXT_FIELDS = [
  'definition',
  'advice',
  'easyRead',
  'sources',
  'agreedBy',
  'notes',
  'replacedBy',
] as const;

function values(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (!Array.isArray(value)) return [];
  // Alternatives are `{text, pos}`: their text is what is checked.
  return value
    .map((item: unknown) =>
      typeof item === 'object' && item !== null && 'text' in item ? item.text : item,
    )
    .filter((item): item is string => typeof item === 'string');
}

/** Problems with the size or characters of one (already valid) entry. */
export function entryLimitProblems(entry: GlossaryEntry): GlossaryProblem[] {
  const problems: GlossaryProblem[] = [];
  const add = (field: string, problem: string) =>
    problems.push({ entry: entry.id, field, problem });
  const record = entry as unknown as Record<string, unknown>;
  for (const field of [...PHRASE_FIELDS, ...TEXT_FIELDS]) {
    const raw = record[field];
    const items = values(raw);
    const max = (PHRASE_FIELDS as readonly string[]).includes(field)
      ? MAX_PHRASE_CHARS
      : MAX_TEXT_CHARS;
    if (Array.isArray(raw) && raw.length > MAX_LIST_ITEMS) {
      add(field, `has more than ${MAX_LIST_ITEMS} items`);
    }
    if (items.some((item) => item.length > max)) {
      add(field, `is longer than ${max.toLocaleString('en-GB')} characters`);
    }
    if (items.some((item) => HIDDEN.test(item))) {
      add(field, 'contains hidden control characters');
    } else if (field !== 'notes' && items.some((item) => LINE_BREAKS.test(item))) {
      add(field, 'contains a line break or tab');
    }
  }
  const examples = entry.examples;
  if (examples) {
    const all = [...examples.flag, ...examples.ok, ...(examples.fixed ?? [])];
    if (all.length > MAX_EXAMPLE_SENTENCES) {
      add('examples', `has more than ${MAX_EXAMPLE_SENTENCES} sentences`);
    }
    if (all.some((item) => item.length > MAX_TEXT_CHARS || HIDDEN.test(item))) {
      add('examples', 'has a sentence that is too long or contains hidden characters');
    }
  }
  for (const key of ['notBefore', 'notAfter', 'plainAfter', 'everyday', 'jargonWith'] as const) {
    const list = entry.match?.[key] ?? [];
    const most = key === 'everyday' || key === 'jargonWith' ? MAX_SENSE_PATTERNS : MAX_LIST_ITEMS;
    if (list.length > most || list.some((w) => w.length > MAX_PHRASE_CHARS)) {
      add(`match.${key}`, 'is too long');
    }
  }
  return problems;
}

/**
 * Whether a size in bytes is over the cap. The problem is worded, like every
 * whole-file problem, to follow "This file" (`describeProblem` adds it).
 */
export function fileSizeProblem(bytes: number): string | undefined {
  if (bytes <= MAX_FILE_BYTES) return undefined;
  const mb = (bytes / 1024 / 1024).toFixed(1);
  return `is ${mb} MB. Plainly reads glossary files of up to 5 MB. Split it into smaller files.`;
}
