/**
 * The glossary entry schema: one shape for the built-in glossary, imported
 * files, published feeds and a maintainer's own entries.
 *
 * The fields follow the team's glossary design (dictionaries/README.md), flattened where a flat field is
 * easier to edit in a spreadsheet (CSV import/export uses the same names).
 */

export const ACTIONS = ['replace', 'explain', 'rewrite', 'respectful', 'expand'] as const;
export type Action = (typeof ACTIONS)[number];

/** The seven groups the built-in glossary is filed in (dictionaries/glossary/). */
export const CATEGORIES = [
  'approaches-values',
  'people-roles',
  'assessment-money',
  'services-settings',
  'safeguarding-law',
  'commissioning-system',
  'meetings-reports',
] as const;
export type GlossaryCategory = (typeof CATEGORIES)[number];

export const SEVERITIES = ['error', 'warning', 'suggestion'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const STATUSES = ['proposed', 'approved', 'deprecated', 'rejected'] as const;
export type Status = (typeof STATUSES)[number];

export const PARTS_OF_SPEECH = ['noun', 'verb', 'adjective', 'phrase'] as const;
export type PartOfSpeech = (typeof PARTS_OF_SPEECH)[number];

/** How an entry is matched. Every field is optional; defaults are written beside each. */
export interface MatchOptions {
  /** Match the exact capitals (default false: `Commissioning` and `commissioning` both match). */
  caseSensitive?: boolean;
  /** Generate plurals and verb endings for each word (default true). */
  inflect?: boolean;
  /** Do not flag when the next word is one of these (for example `the disabled` before `people`). */
  notBefore?: string[];
  /** Do not flag when the word before is one of these. */
  notAfter?: string[];
  /**
   * Only flag when another word follows in the same sentence (default false):
   * "key issues" is jargon, "return the key." is not.
   */
  needsNextWord?: boolean;
}

export interface GlossaryEntry {
  /** Stable kebab-case slug; never changes once shipped. */
  id: string;
  /** Headword in UK spelling. */
  term: string;
  /**
   * Other base forms and spellings (`co-produce`, `coproduction`). Inflections
   * (`co-produced`, `direct payments`) and US spellings are generated, so are not listed.
   */
  variants: string[];
  /** Short forms that stand for this term (`DoLS`, `DP`). */
  abbreviations?: string[];
  action: Action;
  /** Words to use instead, best first. Each can be inserted in place of the term as it is. */
  alternatives: string[];
  /** What it means, in plain words: at most 25 words. */
  definition: string;
  /** Easy read sentences, each at most 15 words. */
  easyRead: string[];
  category: GlossaryCategory;
  severity: Severity;
  status: Status;
  /** Where the entry came from or what supports it. */
  sources: string[];
  /** Part of speech, used to inflect an alternative the way the matched word was inflected. */
  pos?: PartOfSpeech;
  match?: MatchOptions;
  /** Deleting the phrase is also a good fix (`going forward`). */
  omitOk?: boolean;
  /** Who agreed the entry, for example "Co-production panel". */
  agreedBy?: string;
  /** When it was agreed, as an ISO date (2026-10-02). */
  agreedOn?: string;
  /** Whether people who draw on care and support reviewed the wording. */
  coProduced?: boolean;
  /** For deprecated entries: the id of the entry that replaces this one. */
  replacedBy?: string;
  notes?: string;
  /** Sentences that must be flagged with this entry, and sentences that must not. */
  examples?: { flag: string[]; ok: string[] };
}

/** Every field of an entry, in the order files write them (so they diff cleanly). */
export const ENTRY_FIELDS: readonly (keyof GlossaryEntry)[] = [
  'id',
  'term',
  'variants',
  'abbreviations',
  'action',
  'alternatives',
  'definition',
  'easyRead',
  'category',
  'severity',
  'status',
  'sources',
  'pos',
  'match',
  'omitOk',
  'agreedBy',
  'agreedOn',
  'coProduced',
  'replacedBy',
  'notes',
  'examples',
];

/** A glossary file: the built-in one, an import or a published feed. */
export interface GlossaryFile {
  format: 'plainly-glossary';
  version: 1;
  name?: string;
  publishedAt?: string;
  entries: GlossaryEntry[];
}

/**
 * A simpler list entry for the plain-words and respectful-language lists in
 * `dictionaries/`. They share the glossary's matcher.
 */
export interface WordListEntry {
  id: string;
  /** The phrases to find; the first is the headword. */
  phrases: string[];
  alternatives: string[];
  /** Why it is a problem, in plain words (shown to the writer). */
  note?: string;
  omitOk?: boolean;
  severity?: Severity;
  /** Part of speech, so alternatives are inflected like the matched words ("suffers from" → "has"). */
  pos?: PartOfSpeech;
  match?: MatchOptions;
  sources: string[];
  examples: { flag: string[]; ok: string[] };
}

export const DEFINITION_MAX_WORDS = 25;
export const EASY_READ_MAX_WORDS = 15;
