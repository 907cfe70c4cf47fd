/**
 * The glossary entry schema (format version 2): one shape for the built-in
 * glossary, imported files, published feeds and a maintainer's own entries.
 * Fields are flat where a flat field is easier to edit in a spreadsheet (CSV
 * import and export use the same names). Version 1 files are upgraded on
 * reading (see upgrade.ts).
 *
 * Two audiences read an entry: readers of a paper see `definition` and
 * `easyRead` (in "words we used"); writers see `advice` as well (on the card
 * and in the side panel). Reader text says what a word means and never tells
 * anyone what to do.
 */

export const ACTIONS = ['replace', 'explain', 'rewrite', 'respectful', 'expand'] as const;
export type Action = (typeof ACTIONS)[number];

/** The groups the glossary is sorted into (each has a file in dictionaries/glossary/). */
export const CATEGORIES = [
  'approaches-values',
  'people-roles',
  'assessment-money',
  'services-settings',
  'safeguarding-law',
  'mental-health',
  'health-nhs',
  'housing',
  'commissioning-system',
  'meetings-reports',
] as const;
export type GlossaryCategory = (typeof CATEGORIES)[number];

export const SEVERITIES = ['error', 'warning', 'suggestion'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const STATUSES = ['proposed', 'approved', 'deprecated', 'rejected'] as const;
export type Status = (typeof STATUSES)[number];

/**
 * Parts of speech of a term or an alternative. `phrase` is a word group that
 * is never inflected (a whole clause, or words used as a fixed expression).
 */
export const PARTS_OF_SPEECH = [
  'noun',
  'verb',
  'adjective',
  'adverb',
  'preposition',
  'phrase',
] as const;
export type PartOfSpeech = (typeof PARTS_OF_SPEECH)[number];

/**
 * What kind of word an entry is about. A `term` names a real thing readers
 * meet (a service, a right, a role, a law): it belongs in "words we used". A
 * `style` word is vague or wordy ("key", "going forward", "deliver"): the
 * writer should change it, and it never appears in "words we used".
 */
export const KINDS = ['term', 'style'] as const;
export type Kind = (typeof KINDS)[number];

/**
 * Who the writing is for, the same names as the checker's profiles: staff
 * papers (`plain`), the public (`public`) and easy read (`easy-read`).
 */
export const AUDIENCES = ['plain', 'public', 'easy-read'] as const;
export type Audience = (typeof AUDIENCES)[number];

/** A plain word or phrase to use instead, and its part of speech. */
export interface Alternative {
  text: string;
  /**
   * Its part of speech. It is offered only where the term is used as this
   * part of speech, and is inflected like the word it replaces.
   */
  pos: PartOfSpeech;
}

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
  /**
   * The parts of speech of the jargon sense. When the sentence uses the word
   * as another part of speech it is not flagged: "we signpost people" (verb)
   * is jargon, "the signpost at the junction" (noun) is not.
   */
  pos?: PartOfSpeech[];
  /**
   * Context patterns of the everyday sense; a match in such a context is not
   * flagged. A pattern is words in order, with `~` for the term and `|`
   * between words that may stand in one place: `~ letter|parcel|post`
   * ("delivered a letter"), `out of ~` ("out of commission"). Words are
   * compared in any form ("letters"), and up to three other words may come
   * between two words of a pattern, within the same sentence.
   */
  everyday?: string[];
  /**
   * Context patterns (as `everyday`) that show the jargon sense. When given
   * and none fits, the finding is a suggestion instead of a warning: Plainly
   * is not sure enough to warn.
   */
  jargonWith?: string[];
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
  /** `term` (a real thing: listed in "words we used") or `style` (a vague or wordy word). */
  kind: Kind;
  action: Action;
  /** Words to use instead, best first. Each must fit in place of the term as it is. */
  alternatives: Alternative[];
  /**
   * For readers: what it means, in plain words, at most 25 words. Neutral:
   * never an instruction to the writer (that goes in `advice`).
   */
  definition: string;
  /** For writers only: what to do about the word ("Name the service instead."). */
  advice?: string;
  /** For readers of easy read: sentences of at most 15 words each. */
  easyRead: string[];
  /**
   * The profiles for which the word is jargon. "carer" is understood in a
   * staff paper (`plain`) but explained for the public and in easy read.
   */
  audiences: Audience[];
  category: GlossaryCategory;
  severity: Severity;
  status: Status;
  /** Where the entry came from or what supports it. */
  sources: string[];
  /** The term's part of speech (of its headword), used to inflect alternatives like the matched word. */
  pos: PartOfSpeech;
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
  /**
   * Sentences that must be flagged with this entry, and sentences that must
   * not (each everyday sense should have one). `fixed`, when given, is each
   * `flag` sentence after its first plain-word replacement is applied (or
   * its explanation, when no plain word fits there), in the same order.
   */
  examples?: { flag: string[]; ok: string[]; fixed?: string[] };
}

/** Every field of an entry, in the order files write them (so they diff cleanly). */
export const ENTRY_FIELDS: readonly (keyof GlossaryEntry)[] = [
  'id',
  'term',
  'variants',
  'abbreviations',
  'kind',
  'action',
  'alternatives',
  'definition',
  'advice',
  'easyRead',
  'audiences',
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

/** The glossary file format version Plainly writes. Version 1 files are still read. */
export const GLOSSARY_FORMAT_VERSION = 2;

/** A glossary file: the built-in one, an import or a published feed. */
export interface GlossaryFile {
  format: 'plainly-glossary';
  version: typeof GLOSSARY_FORMAT_VERSION;
  name?: string;
  publishedAt?: string;
  entries: GlossaryEntry[];
}

/** A word list's alternative: like a glossary alternative, with a part of speech when it is known. */
export interface WordListAlternative {
  text: string;
  pos?: PartOfSpeech;
}

/**
 * A simpler list entry for the plain-words and respectful-language lists in
 * `dictionaries/`. They share the glossary's matcher.
 */
export interface WordListEntry {
  id: string;
  /** The phrases to find; the first is the headword. */
  phrases: string[];
  /**
   * Plain words to use instead, best first. An alternative with no part of
   * speech, in an entry with none, is taken to be used the way the matched
   * words are used in the sentence.
   */
  alternatives: WordListAlternative[];
  /** Why it is a problem, in plain words (shown to the writer). */
  note?: string;
  omitOk?: boolean;
  severity?: Severity;
  /**
   * Part of speech of the phrase, so alternatives are inflected like the
   * matched words ("suffers from" → "has"). When absent, Plainly reads it
   * from the sentence.
   */
  pos?: PartOfSpeech;
  match?: MatchOptions;
  sources: string[];
  examples: { flag: string[]; ok: string[] };
}

export const DEFINITION_MAX_WORDS = 25;
export const EASY_READ_MAX_WORDS = 15;
