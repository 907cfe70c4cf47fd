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

import { filledText, isRecord, isTextList, oneOf, textList, v, yesOrNo } from '../validation/index';

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
export const alternativeSchema = v.strictObject({
  text: filledText('has no text', 'has no text'),
  /**
   * Its part of speech. It is offered only where the term is used as this
   * part of speech, and is inflected like the word it replaces.
   */
  pos: v.picklist(PARTS_OF_SPEECH, `needs a part of speech, one of: ${PARTS_OF_SPEECH.join(', ')}`),
});
export type Alternative = v.InferOutput<typeof alternativeSchema>;

/** Context patterns, each with one `~` for the term (see `MatchOptions.everyday`). */
const patternList = v.pipe(
  v.custom<string[]>(isTextList, 'must be a list of text'),
  v.rawCheck(({ dataset, addIssue }) => {
    if (!dataset.typed) return;
    for (const pattern of dataset.value) {
      const problem = contextPatternProblem(pattern);
      if (problem) addIssue({ message: problem });
    }
  }),
);

/** A list of parts of speech, at least one. */
const partsOfSpeech = v.custom<PartOfSpeech[]>(
  (value) =>
    isTextList(value) &&
    value.length > 0 &&
    value.every((item) => (PARTS_OF_SPEECH as readonly string[]).includes(item)),
  `must be a list of: ${PARTS_OF_SPEECH.join(', ')}`,
);

/** How an entry is matched. Every field is optional; defaults are written beside each. */
export const matchSchema = v.strictObject({
  /** Match the exact capitals (default false: `Commissioning` and `commissioning` both match). */
  caseSensitive: v.exactOptional(yesOrNo()),
  /** Generate plurals and verb endings for each word (default true). */
  inflect: v.exactOptional(yesOrNo()),
  /** Do not flag when the next word is one of these (for example `the disabled` before `people`). */
  notBefore: v.exactOptional(v.custom<string[]>(isTextList, 'must be a list of text')),
  /** Do not flag when the word before is one of these. */
  notAfter: v.exactOptional(v.custom<string[]>(isTextList, 'must be a list of text')),
  /**
   * Words before the term that make it plain where they stand ("unpaid" in
   * "unpaid carers"): it is not flagged there, and counts as explained from
   * there on, so a later "carers" is not flagged either.
   */
  plainAfter: v.exactOptional(v.custom<string[]>(isTextList, 'must be a list of text')),
  /**
   * Only flag when another word follows in the same sentence (default false):
   * "key issues" is jargon, "return the key." is not.
   */
  needsNextWord: v.exactOptional(yesOrNo()),
  /**
   * The word is everyday English as well as care jargon ("package",
   * "client", "placement"), so in a text of 250 words or more it is flagged
   * only when the text is about care (default false): when it shows at least
   * two signs of care (src/checker/topic.ts). A shorter text is judged by its own sentences.
   */
  needsCareTopic: v.exactOptional(yesOrNo()),
  /**
   * The parts of speech of the jargon sense. When the sentence uses the word
   * as another part of speech it is not flagged: "we signpost people" (verb)
   * is jargon, "the signpost at the junction" (noun) is not.
   */
  pos: v.exactOptional(partsOfSpeech),
  /**
   * Context patterns of the everyday sense; a match in such a context is not
   * flagged. A pattern is words in order, with `~` for the term and `|`
   * between words that may stand in one place: `~ letter|parcel|post`
   * ("delivered a letter"), `out of ~` ("out of commission"). Words are
   * compared in any form ("letters"), and up to three other words may come
   * between two words of a pattern, within the same sentence; a word
   * written with `=` first must come right next to its neighbour on the
   * term's side (`~ =of`: "lots of", not "lot 3 of").
   */
  everyday: v.exactOptional(patternList),
  /**
   * Context patterns (as `everyday`) that show the jargon sense. When given
   * and none fits, the finding is a suggestion instead of a warning: Plainly
   * is not sure enough to warn.
   */
  jargonWith: v.exactOptional(patternList),
  /**
   * Alternatives offered only in some contexts, by their text: where one of
   * its patterns (as `everyday`) fits, that alternative is offered instead of
   * the others; elsewhere it is not offered. "commission three agencies" →
   * "fund three agencies", while "commission a service" → "buy a service".
   */
  alternativesWith: v.exactOptional(
    v.record(v.string(), patternList, 'must list patterns for each alternative'),
  ),
  /**
   * Alternatives not offered in some contexts, by their text: where one of
   * its patterns (as `everyday`) fits, that alternative is left out, and the
   * others are offered as usual. "roll out a service" → "start a service",
   * but "rolled out to all staff" is never "started to all staff".
   */
  alternativesNotWith: v.exactOptional(
    v.record(v.string(), patternList, 'must list patterns for each alternative'),
  ),
});
export type MatchOptions = v.InferOutput<typeof matchSchema>;

/** Examples: sentences to flag, sentences to leave alone, and each flagged one fixed. */
interface Examples {
  flag: string[];
  ok: string[];
  fixed?: string[];
}

const examplesSchema = v.pipe(
  v.custom<Examples>(
    (value) =>
      isRecord(value) &&
      isTextList(value.flag) &&
      isTextList(value.ok) &&
      (value.fixed === undefined || isTextList(value.fixed)),
    'must have "flag" and "ok", each a list of sentences',
  ),
  v.check(
    (examples) => examples.fixed === undefined || examples.fixed.length === examples.flag.length,
    'must have one fixed sentence for each "flag" sentence',
  ),
);

const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

/** One glossary entry, as files, feeds and the editor give it. */
export const entrySchema = v.strictObject({
  /** Stable kebab-case slug; never changes once shipped. */
  id: v.pipe(
    filledText(),
    v.regex(
      ID_PATTERN,
      'must use only lower-case letters, digits and single hyphens, like "direct-payments"',
    ),
  ),
  /** Headword in UK spelling. */
  term: filledText(),
  /**
   * Other base forms and spellings (`co-produce`, `coproduction`). Inflections
   * (`co-produced`, `direct payments`) and US spellings are generated, so are not listed.
   */
  variants: textList(),
  /** Short forms that stand for this term (`DoLS`, `DP`). */
  abbreviations: v.exactOptional(textList()),
  /** `term` (a real thing: listed in "words we used") or `style` (a vague or wordy word). */
  kind: oneOf(KINDS),
  action: oneOf(ACTIONS),
  /** Words to use instead, best first. Each must fit in place of the term as it is. */
  alternatives: v.array(alternativeSchema, 'must be a list'),
  /**
   * For readers: what it means, in plain words, at most 25 words. Neutral:
   * never an instruction to the writer (that goes in `advice`).
   */
  definition: filledText(),
  /** For writers only: what to do about the word ("Name the service instead."). */
  advice: v.exactOptional(v.string('must be text')),
  /** For readers of easy read: sentences of at most 15 words each. */
  easyRead: textList(),
  /**
   * The profiles for which the word is jargon. "carer" is understood in a
   * staff paper (`plain`) but explained for the public and in easy read.
   */
  audiences: v.pipe(
    v.custom<Audience[]>(
      (value) =>
        isTextList(value) && value.every((item) => (AUDIENCES as readonly string[]).includes(item)),
      `must be a list of: ${AUDIENCES.join(', ')}`,
    ),
    v.minLength(1, `needs at least one of: ${AUDIENCES.join(', ')}`),
  ),
  category: oneOf(CATEGORIES),
  severity: oneOf(SEVERITIES),
  status: oneOf(STATUSES),
  /** Where the entry came from or what supports it. */
  sources: textList(),
  /** The term's part of speech (of its headword), used to inflect alternatives like the matched word. */
  pos: oneOf(PARTS_OF_SPEECH),
  match: v.exactOptional(matchSchema),
  /** Deleting the phrase is also a good fix (`going forward`). */
  omitOk: v.exactOptional(yesOrNo()),
  /** Who agreed the entry, for example "Co-production panel". */
  agreedBy: v.exactOptional(v.string('must be text')),
  /** When it was agreed, as an ISO date (2026-10-02). */
  agreedOn: v.exactOptional(
    v.pipe(v.string('must be text'), v.regex(DATE_PATTERN, 'must be a date written as YYYY-MM-DD')),
  ),
  /** Whether people who draw on care and support reviewed the wording. */
  coProduced: v.exactOptional(yesOrNo()),
  /** For deprecated entries: the id of the entry that replaces this one. */
  replacedBy: v.exactOptional(v.string('must be text')),
  notes: v.exactOptional(v.string('must be text')),
  /**
   * Sentences that must be flagged with this entry, and sentences that must
   * not (each everyday sense should have one). `fixed`, when given, is each
   * `flag` sentence after its first plain-word replacement is applied (or
   * its explanation, when no plain word fits there; or the sentence as it
   * is, when there is nothing to apply), in the same order.
   */
  examples: v.exactOptional(examplesSchema),
});
export type GlossaryEntry = v.InferOutput<typeof entrySchema>;

/**
 * What is wrong with a context pattern (`~ letter|parcel`), if anything: it
 * needs exactly one `~` for the term and at least one other word, no empty
 * word in a list, and an `=` only before a list, not inside it.
 */
export function contextPatternProblem(pattern: string): string | undefined {
  const slots = pattern.trim().split(/\s+/);
  const terms = slots.filter((slot) => slot === '~').length;
  if (terms !== 1) return `"${pattern}" needs one ~ where the term goes`;
  if (slots.length < 2) return `"${pattern}" needs a word besides ~`;
  if (
    slots.some(
      (slot) =>
        slot !== '~' &&
        slot
          .replace(/^=/, '')
          .split('|')
          .some((word) => word === ''),
    )
  ) {
    return `"${pattern}" has an empty word next to |`;
  }
  // "=is|=was": the = goes once, before the list, and counts for every word in it.
  if (slots.some((slot) => /\|=/.test(slot))) {
    return `"${pattern}" has = after |: write = once, before the list ("=is|was")`;
  }
  return undefined;
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
export const wordListAlternativeSchema = v.strictObject({
  text: filledText('has no text', 'has no text'),
  pos: v.exactOptional(
    v.picklist(PARTS_OF_SPEECH, `must be one of: ${PARTS_OF_SPEECH.join(', ')}`),
  ),
});
export type WordListAlternative = v.InferOutput<typeof wordListAlternativeSchema>;

/**
 * A simpler list entry for the plain-words and respectful-language lists in
 * `dictionaries/`. They share the glossary's matcher.
 */
export const wordListEntrySchema = v.strictObject({
  id: v.pipe(filledText(), v.regex(ID_PATTERN, 'must be kebab-case')),
  /** The phrases to find; the first is the headword. */
  phrases: v.pipe(textList(), v.minLength(1, 'needs at least one phrase')),
  /**
   * Plain words to use instead, best first. An alternative with no part of
   * speech, in an entry with none, is taken to be used the way the matched
   * words are used in the sentence.
   */
  alternatives: v.array(wordListAlternativeSchema, 'must be a list'),
  /** Why it is a problem, in plain words (shown to the writer). */
  note: v.exactOptional(filledText()),
  omitOk: v.exactOptional(yesOrNo()),
  severity: v.exactOptional(oneOf(SEVERITIES)),
  /**
   * Part of speech of the phrase, so alternatives are inflected like the
   * matched words ("suffers from" → "has"). When absent, Plainly reads it
   * from the sentence.
   */
  pos: v.exactOptional(oneOf(PARTS_OF_SPEECH)),
  match: v.exactOptional(matchSchema),
  sources: v.pipe(textList(), v.minLength(1, 'needs at least one source')),
  examples: v.strictObject({
    flag: v.pipe(textList(), v.minLength(1, 'needs a sentence to flag')),
    ok: v.pipe(textList(), v.minLength(1, 'needs a sentence not to flag')),
  }),
});
export type WordListEntry = v.InferOutput<typeof wordListEntrySchema>;

export const DEFINITION_MAX_WORDS = 25;
export const EASY_READ_MAX_WORDS = 15;
