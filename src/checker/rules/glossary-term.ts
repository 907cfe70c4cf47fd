/**
 * glossary-term: finds every glossary term (longest match first, any
 * inflection, UK or US spelling, hyphen, space or none) used in its jargon
 * sense, for the writing styles it is jargon for, and offers the entry's
 * plain alternatives that fit the sentence. Terms with no good substitute
 * (action `explain`) are flagged at their first use unless the document
 * explains them there (see explained.ts).
 */
import acronyms from '../../../dictionaries/acronyms.json';
import grammar from '../../../dictionaries/grammar.json';
import nounPhrases from '../../../dictionaries/noun-phrases.json';
import numberWords from '../../../dictionaries/number-words.json';
import passive from '../../../dictionaries/passive-voice.json';
import { phraseKey, wordKey, type PhraseMatch } from '../../glossary/matcher';
import { baseCandidates, inflectionOf } from '../../glossary/word-forms';
import type { GlossaryEntry } from '../../glossary/schema';
import { sentenceOf, startsSentence, tagOf, tagsOf, wordAt } from '../context';
import type { PhraseValue } from '../lists';
import type { Sentence, Word } from '../analyse';
import type { ProfileName } from '../types';
import { partOfSpeech } from '../tagger';
import { isPartOfName } from '../names';
import {
  ATTENDANCE,
  capitalRunAt,
  isTimeWord,
  LINK_LIST_HEADING,
  POSTCODE,
  REFERENCES_HEADING,
  ENDS_LIKE_SENTENCE,
  SIGN_OFF,
  writerBlocks,
  inQuotes,
  quotedAsWord,
  withQuoteMarks,
  isQuotation,
  isReferenceSentence,
} from '../prose';
import {
  asksWhatItIs,
  explainedAt,
  explainsUse,
  isBodyText,
  isCellName,
  SMALL_IN_NAMES,
  definesWholeBlock,
  namesShortFormAfter,
  type Explained,
  otherNameOf,
  explainedInCell,
  opensWithIt,
} from '../explained';
import type { BlockInput, DocumentFinding, RawFinding } from './rule';
import { defineRule } from './rule';
import { alternativesHere, confirmsJargon, inEverydaySense, jargonSense } from '../senses';
import {
  canRemove,
  DETERMINERS,
  explanation,
  fittedSuggestions,
  possessiveOf,
  posOf,
  q,
  verbBeforeObject,
  wordBefore,
  type Place,
} from './suggest';

interface ExplainUse {
  entry: GlossaryEntry;
  /**
   * Its finding, or none for a use with a word before it that makes it
   * another phrase ("An unpaid carer is …"), kept only where it is explained.
   */
  finding?: RawFinding;
  /** Where the use starts. */
  start: number;
  /** The term as written here. */
  text: string;
  explained: Explained;
  /** A use in body text (not a heading, title, label or caption). */
  body: boolean;
  /** The entry of another term it stands beside in brackets, a second name for the same thing. */
  otherName?: string;
}

/** A use of a term with its finding. */
type FlaggedUse = ExplainUse & { finding: RawFinding };

function isFlagged(use: ExplainUse): use is FlaggedUse {
  return use.finding !== undefined;
}

/**
 * A use of a term with a plain word to use instead: its finding, or none
 * where the writer brings the term in on purpose ("This is called a review.").
 */
interface ReplaceUse {
  entryId: string;
  /** The term as written here, and where. */
  text: string;
  start: number;
  /** None where the writer names the term on purpose. */
  finding?: RawFinding;
  /** A use in a heading or title, not body text. */
  heading?: boolean;
  /** The next paragraph may say what it is: then it is named on purpose there. */
  explained?: Exclude<Explained, boolean>;
  /** The entry is a doing word ("commission"). */
  verb?: boolean;
}

interface BlockData {
  explains: ExplainUse[];
  replaces: ReplaceUse[];
  /** Entries found here in their everyday sense ("We hold review meetings with parents"). */
  everyday: string[];
  /** Entries with a word to avoid ("clients") or a vague word ("deliver") flagged here, outside headings. */
  avoided: string[];
  /** Such findings in a heading, which follows the sense of the text under it ("## New clients"). */
  headingAvoided: { entryId: string; finding: RawFinding }[];
}

const CAPITALISED = /^\p{Lu}/u;

/**
 * Whether the words found are the term and the term is a name itself ("Court
 * of Protection"): then they are not part of another name. Its lower-case
 * variants ("deputy") can be.
 */
function isNameItself(entry: GlossaryEntry, text: string): boolean {
  return CAPITALISED.test(entry.term) && wordKey(text) === wordKey(entry.term);
}

/**
 * Whether a noun term was found by reading an earlier word as a verb's -ing
 * or -ed form where the sentence does not use it as a verb: "a leading
 * provider" is not a "lead provider" (but "having capacity" is "have capacity").
 */
function verbFormDescribing(
  input: BlockInput,
  match: PhraseMatch<PhraseValue>,
  entry: GlossaryEntry,
): boolean {
  if (match.inflectedAt === undefined || entry.pos !== 'noun') return false;
  if (match.inflection !== 'ing' && match.inflection !== 'past') return false;
  const index = wordAt(input.text.words, match.inflectedAt);
  if (index === -1 || partOfSpeech(tagOf(input, index)) === 'verb') return false;
  // Unless the entry lists those very words ("dried blood spot test").
  return !listsTheseWords(input, match, entry);
}

/**
 * Whether a word in capitals is part of three or more in a row: a headline
 * or a warning in capitals ("BOLT WINS THE DASH"), not a short form.
 */
function shoutedShortForm(input: BlockInput, match: PhraseMatch<PhraseValue>): boolean {
  const { words, text } = input.text;
  const found = text.slice(match.start, match.end);
  if (!/^[\p{Lu}\d]{2,}$/u.test(found)) return false;
  return capitalRunAt(words, text, wordAt(words, match.start)) >= 3;
}

/** Whether [start, end) is in brackets right after the last use, of the same entry. */
function shortFormOfLast(
  input: BlockInput,
  last: ExplainUse | undefined,
  entry: GlossaryEntry,
  start: number,
  end: number,
): boolean {
  if (last === undefined || last.entry.id !== entry.id) return false;
  const text = input.text.text;
  return (
    /^\s*\(\s*$/.test(text.slice(last.start + last.text.length, start)) &&
    /^\s*\)/.test(text.slice(end, end + 3))
  );
}

/** Whether the entry lists the words found as they are, not only a form of them. */
function listsTheseWords(
  input: BlockInput,
  match: PhraseMatch<PhraseValue>,
  entry: GlossaryEntry,
): boolean {
  const found = phraseKey(input.text.text.slice(match.start, match.end));
  return [entry.term, ...entry.variants].some((phrase) => phraseKey(phrase) === found);
}

/**
 * Small words and numbers after which a plural inside a term is the term's
 * own ("adults at risk", "concerns were received", "concerns progressed",
 * "pathways 1 to 3").
 */
const AFTER_INNER_PLURAL =
  /^\s*(?:\d|\p{L}+ed\b|(?:of|at|in|on|for|to|with|from|by|under|about|into|over|after|before|within|without|between|against|through|across|per|via|as|and|or|are|were|is|was|have|has|had|will|would|can|may|must|should|be|been|being|who|that|which)\b)/iu;

/**
 * Whether a noun term of two words or more was found by reading an earlier
 * word's -s as its plural where a word of the term follows it: "The report
 * links worker shortages …" (but "adults at risk", and an owner: "the
 * council's rate"). The plural of "link worker" is "link workers".
 */
function pluralBeforeTermWord(input: BlockInput, match: PhraseMatch<PhraseValue>): boolean {
  const { inflection, inflectedAt } = match;
  if (inflectedAt === undefined) return false;
  if (inflection !== 'plural' && inflection !== 'third-person') return false;
  const text = input.text.text;
  const word = input.text.words[wordAt(input.text.words, inflectedAt)];
  if (!word || /['’]/.test(word.text) || !/s$/i.test(word.text)) return false;
  return !AFTER_INNER_PLURAL.test(text.slice(word.end, match.end));
}

/** Such words are a verb, unless the entry lists those very words. */
function formOfAnotherWord(
  input: BlockInput,
  match: PhraseMatch<PhraseValue>,
  entry: GlossaryEntry,
): boolean {
  return (
    entry.pos === 'noun' &&
    pluralBeforeTermWord(input, match) &&
    !listsTheseWords(input, match, entry)
  );
}

/**
 * The match as the entry lists it, where it does: "Your transitions worker" is
 * one worker (a variant as written), not the plural of "transition worker".
 */
function asListed<M extends PhraseMatch<PhraseValue>>(
  input: BlockInput,
  match: M,
  entry: GlossaryEntry,
): M {
  if (entry.pos !== 'noun' || !pluralBeforeTermWord(input, match)) return match;
  if (!listsTheseWords(input, match, entry)) return match;
  const { inflectedAt: _, ...rest } = match;
  return { ...rest, inflection: 'base' } as M;
}

/**
 * Whether the term describes the noun right after it ("the Healthwatch team",
 * "reflective practice sessions"): an explanation in brackets there would
 * split the two, as it would an owner and what they own.
 */
function describesNounAfter(place: Place): boolean {
  // ("Her carers visit daily": after a plural the next word is most often its verb,
  // and the tagger reads it as a noun as often as not.)
  if (place.inflection === 'plural') return false;
  const { words, text } = place.input.text;
  const next = words[place.last + 1];
  if (
    next === undefined ||
    sentenceOf(place.input, place.last + 1) !== sentenceOf(place.input, place.last)
  )
    return false;
  // (The term's own closing bracket may come first: "section 18(3) requests".)
  if (!/^ +$/.test(text.slice(Math.max(place.end, (words[place.last] as Word).end), next.start))) {
    return false;
  }
  // Most words after a term are small words that no noun could be ("is", "and",
  // "to"): those need no parts of speech, which cost a tagging of the sentence.
  const lower = next.text.toLowerCase();
  if (!/^\p{Ll}/u.test(next.text) || NOT_NOUNS.has(lower) || SMALL_WORDS.has(lower)) return false;
  // ("reablement started", "respite usually"): a verb in the past or a word in -ly.
  if (/(?:ed|ly)$/.test(lower)) return false;
  // "the safeguarding lead", "our commissioning team": after "the" or "our", a
  // word in -ing and the word after it are one noun phrase, even where the
  // tagger reads a verb ("lead"). A word in -s may be the verb ("the
  // commissioning starts"), and a describing word or an adverb is not a noun
  // ("its core funding last year").
  if (
    /ing$/i.test((words[place.last] as Word).text) &&
    DETERMINERS.has(wordBefore(place, 1) ?? '') &&
    !/s$/.test(lower)
  ) {
    const tag = tagOf(place.input, place.last + 1);
    return tag === 'NOUN' || tag === 'VERB';
  }
  const after = words[place.last + 2];
  // "A ReSPECT form records your wishes", "A lipspeaker repeats what is said",
  // "The Better Care Fund sets out": a word in -s after one of the thing, then
  // the start of its object or a particle, is its verb.
  if (
    /[^s]s$/.test(lower) &&
    after !== undefined &&
    /^ +$/.test(text.slice(next.end, after.start)) &&
    OBJECT_STARTS.has(after.text.toLowerCase())
  ) {
    return false;
  }
  const tag = tagOf(place.input, place.last + 1);
  // A describing term before a describing word and its noun, whatever the
  // tagger makes of it: "non-means-tested legal aid".
  if (
    tag === 'ADJ' &&
    after !== undefined &&
    /^ +$/.test(text.slice(next.end, after.start)) &&
    describingTerm(place) &&
    !isTimeWord(after.text) &&
    tagOf(place.input, place.last + 2) === 'NOUN'
  ) {
    return true;
  }
  // ("and review packages of care": a verb and its object. Not a describing
  // entry, which the tagger may read as a verb by its last part: "building-based
  // day centres".)
  if (posOf(place) !== 'adjective' && partOfSpeech(tagOf(place.input, place.last)) === 'verb') {
    return false;
  }
  return tag === 'NOUN';
}

/** Whether the term is used as a describing word: an adjective entry, or a form in -ed ("means-tested"). */
function describingTerm(place: Place): boolean {
  return (
    posOf(place) === 'adjective' || /ed$/i.test((place.input.text.words[place.last] as Word).text)
  );
}

/** Whether the term's sentence has a verb outside the term and the word after it. */
function hasOtherVerb(place: Place): boolean {
  const sentence = sentenceOf(place.input, place.first);
  const { firstWord } = place.input.text.sentences[sentence] as Sentence;
  return tagsOf(place.input, sentence).some((tag, i) => {
    const word = firstWord + i;
    return (word < place.first || word > place.last + 1) && (tag === 'VERB' || tag === 'AUX');
  });
}

/** Small words that start no noun: "is", "and", "to", "the", "will", "which". */
const SMALL_WORDS: ReadonlySet<string> = new Set([
  ...grammar.beforeVerb,
  ...grammar.determiners,
  ...nounPhrases.phraseBreaks,
  ...nounPhrases.clauseWords,
  ...nounPhrases.prepositions,
  ...passive.beVerbs,
  'has',
  'have',
  'had',
  'or',
  'but',
  'so',
  'if',
  'as',
  'when',
  'where',
]);

/**
 * Words that start what a verb does something to ("your wishes", "what is
 * said"), and the particles of a verb of two words that are no preposition
 * after a noun ("sets out", "picks up").
 */
const OBJECT_STARTS: ReadonlySet<string> = new Set([
  ...grammar.determiners,
  ...nounPhrases.otherNounStarts,
  ...grammar.questionWords,
  ...grammar.particles.filter((word) => !nounPhrases.prepositions.includes(word)),
]);

/** Words the tagger may read as nouns that are not ("an assessment today"). */
const NOT_NOUNS: ReadonlySet<string> = new Set(nounPhrases.notNouns);

/** Words that say how senior a job is ("Senior", "Lead"). */
const JOB_GRADES: ReadonlySet<string> = new Set(acronyms.jobGrades);

/**
 * The term as written, for one: "Section 21A appeals" → "Section 21A
 * appeal", so an explanation after a plural can say which one it means.
 * Undefined where another word carries the plural ("lacks capacity") or
 * no singular is found.
 */
function oneOf(
  text: string,
  match: PhraseMatch<PhraseValue>,
  entry: GlossaryEntry,
): string | undefined {
  if (match.inflection !== 'plural' || match.inflectedAt !== undefined) return undefined;
  const at = text.search(/[\p{L}'’-]+$/u);
  if (at === -1) return undefined;
  const last = text.slice(at);
  const lower = last.toLowerCase();
  const bases = baseCandidates(lower).filter(
    (candidate) => candidate !== lower && inflectionOf(lower, candidate) === 'plural',
  );
  // The entry's own word when it is one of them: "nurses" is "nurse", not the
  // "nursis" that "analyses" → "analysis" would also allow.
  const own = new Set([entry.term, ...entry.variants].map((phrase) => lastWordOf(phrase)));
  const base = bases.find((candidate) => own.has(candidate)) ?? bases[0];
  if (base === undefined) return undefined;
  const one = `${text.slice(0, at)}${/^\p{Lu}/u.test(last) ? base.charAt(0).toUpperCase() + base.slice(1) : base}`;
  // A capital that only starts the sentence ("Hoists …") is not the term's own:
  // the entry writes that word in small letters ("Court of Protection deputy").
  // (Read by the pieces of a hyphened word: "Risk-sharing" is the entry's "risk sharing".)
  const firstWord = (/^[\p{L}'’]+/u.exec(one)?.[0] ?? '').toLowerCase();
  const small = [entry.term, ...entry.variants].some((phrase) =>
    phrase.split(/[\s‐‑-]+/).includes(firstWord),
  );
  // (Unless the writer gives every word a capital, as a name: "Two Fast Tracks".)
  // ("Care (Education) and Treatment Reviews": brackets and small words keep it a name.)
  const asName =
    /\s/.test(one) &&
    one.split(/\s+/).every((word) => /^[("“‘']?\p{Lu}/u.test(word) || SMALL_IN_NAMES.has(word));
  return small && !asName ? one.charAt(0).toLowerCase() + one.slice(1) : one;
}

/** The last word of a phrase, in small letters. */
function lastWordOf(phrase: string): string {
  return (/[\p{L}'’-]+$/u.exec(phrase)?.[0] ?? '').toLowerCase();
}

/**
 * Whether a thing of two words or more ends a job title it is part of: a
 * "Senior Offender Manager" is an offender manager, and the reader still
 * needs to know what one is. (Not a place: "Eastbury Community Hub".)
 */
function endsJobTitle(
  input: BlockInput,
  match: PhraseMatch<PhraseValue>,
  entry: GlossaryEntry,
  text: string,
): boolean {
  if (entry.pos !== 'noun' || !/\s/.test(text.trim())) return false;
  const { words } = input.text;
  // ("Jane Smith, Best Interests Assessor": a job title after a name, not the end of it.)
  const previous = words[wordAt(words, match.start) - 1];
  if (!previous || !/^\s+$/.test(input.text.text.slice(previous.end, match.start))) return false;
  if (!JOB_GRADES.has(previous.text.toLowerCase())) return false;
  const next = words[wordAt(words, match.end - 1) + 1];
  return !match.joinsNext || next === undefined || !/^\p{Lu}/u.test(next.text);
}

/** "the word", "the words", "the term", then maybe a quotation mark: the term is talked about. */
const MENTION_BEFORE = /\bthe\s+(?:words?|terms?|phrases?)\s+["“‘']?$/i;

/**
 * Whether a describing word was found as if it were a verb: "in-house" has
 * no "-ing" or "-ed" form, so "worked in housing advice" is not it.
 */
function verbFormOfDescribingWord(match: PhraseMatch<PhraseValue>, entry: GlossaryEntry): boolean {
  return (
    (entry.pos === 'adjective' || entry.pos === 'adverb') &&
    (match.inflection === 'ing' || match.inflection === 'past')
  );
}

/**
 * Whether the writer brings the word in on purpose and explains it right
 * there ("This is called a review."), or names it in brackets after its
 * plain words: then it is not swapped for another.
 */
function broughtInOnPurpose(
  input: BlockInput,
  match: PhraseMatch<PhraseValue>,
  profile: ProfileName,
): Explained | 'named' {
  const explained = explainedAt(input, match.start, match.end, profile);
  if (
    explained === true ||
    namedInBrackets(input, match) ||
    // "What is a self-funder?": asked about, to be answered ("What is a person who pays …?" is not a question anyone asks).
    asksWhatItIs(input, match.start, match.end)
  ) {
    return 'named';
  }
  // Perhaps the next paragraph says what it is ("A review is a meeting to check …").
  return explained;
}

/**
 * Whether the words found, or they and the word before ("a local review"),
 * are named on purpose and explained ("This is called a local review.").
 */
function namedWithWordBefore(
  input: BlockInput,
  profile: ProfileName,
  first: number,
  end: number,
): boolean {
  const words = input.text.words;
  const here = words[first];
  const before = words[first - 1];
  if (!here) return false;
  if (explainedAt(input, here.start, end, profile) === true) return true;
  return before !== undefined && explainedAt(input, before.start, end, profile) === true;
}

/**
 * Whether the term is given in brackets after the plain words it stands
 * for, wherever that is (a table's "Area (domain)"): the writer names it on
 * purpose, so swapping it would say the same word twice.
 */
function namedInBrackets(input: BlockInput, match: PhraseMatch<PhraseValue>): boolean {
  const { text } = input.text;
  let before = match.start - 1;
  while (before >= 0 && text.charCodeAt(before) === 32) before--;
  if (text.charCodeAt(before) !== 40 /* ( */) return false;
  if (!/^\s*\)/.test(text.slice(match.end, match.end + 3))) return false;
  return /\p{L}/u.test(text.slice(Math.max(0, before - 40), before));
}

/**
 * Whether a word is in an attendance line ("Present: Owen Price (Programme
 * Manager, Better Care Fund)"), a reference ("Kingsmere Council (2024)
 * Cost of care exercise.") or, with a capital, an address: the names of
 * people's jobs, of published papers and of departments, which the writer
 * cannot reword or explain there.
 */
function inNamesOrReference(input: BlockInput, word: number, found: string): boolean {
  const { text, sentences } = input.text;
  if (ATTENDANCE.test(text)) return true;
  const index = sentenceOf(input, word);
  const sentence = sentences[index];
  if (sentence === undefined) return false;
  // Each sentence is read once, however many terms it has.
  let kinds = sentenceKinds.get(input.text);
  if (!kinds) {
    kinds = new Uint8Array(sentences.length);
    sentenceKinds.set(input.text, kinds);
  }
  if (kinds[index] === 0) {
    const words = text.slice(sentence.start, sentence.end);
    kinds[index] = isReferenceSentence(input, index)
      ? REFERENCE_SENTENCE
      : POSTCODE.test(words)
        ? ADDRESS
        : OTHER;
  }
  // A department in an address: "Adult Social Care, Harfield City Council, … HF1 1AA".
  return (
    kinds[index] === REFERENCE_SENTENCE || (kinds[index] === ADDRESS && /^\p{Lu}/u.test(found))
  );
}

/** What each sentence of a paragraph is, once read: 0 not yet, or one of these. */
const sentenceKinds = new WeakMap<BlockInput['text'], Uint8Array>();
const REFERENCE_SENTENCE = 1;
const ADDRESS = 2;
const OTHER = 3;

/** Whether the words found only look like the term (see above); a name is asked apart. */
function notTheTerm(
  input: BlockInput,
  match: PhraseMatch<PhraseValue>,
  entry: GlossaryEntry,
): boolean {
  return (
    verbFormDescribing(input, match, entry) ||
    formOfAnotherWord(input, match, entry) ||
    verbFormOfDescribingWord(match, entry) ||
    shoutedShortForm(input, match) ||
    // 'used the words "assessed contribution"': the words talked about, not used.
    MENTION_BEFORE.test(input.text.text.slice(Math.max(0, match.start - 24), match.start)) ||
    listedAsWords(input, match.start) ||
    // 'We say "people who draw on care" rather than "service users"'.
    quotedAsWord(input, match.start, match.end)
  );
}

/** Whether the term's last word and the next word belong together ("on top of"). */
function splitsPhrase(place: Place): boolean {
  const { words, text } = place.input.text;
  const last = words[place.last];
  const next = words[place.last + 1];
  if (!last || !next || !/^\s+$/.test(text.slice(place.end, next.start))) return false;
  return KEPT_TOGETHER.has(`${last.text.toLowerCase()} ${next.text.toLowerCase()}`);
}
const KEPT_TOGETHER: ReadonlySet<string> = new Set(grammar.keptTogether);

/**
 * 'did not understand words like "eligible needs", "outcomes" or "personal
 * budget"', 'gave the example of "system flow"': words in quotation marks
 * after words that list them as words, in the same sentence; or quoted
 * words that the next sentence talks about as words ('Records said he was
 * "non-compliant". This language placed …').
 */
function listedAsWords(input: BlockInput, start: number): boolean {
  if (!inQuotes(input, start)) return false;
  const index = sentenceOf(input, wordAt(input.text.words, start));
  const sentence = input.text.sentences[index];
  const from = Math.max(sentence?.start ?? 0, start - 120);
  if (WORDS_LISTED.test(input.text.text.slice(from, start))) return true;
  const next = input.text.sentences[index + 1];
  return (
    next !== undefined &&
    WORDS_TALKED_ABOUT.test(input.text.text.slice(next.start, next.start + 40))
  );
}
const WORDS_TALKED_ABOUT =
  /^\s*(?:this|that|these|those|such)\s+(?:language|words?|wording|terms?|phrases?|labels?|phrasing)\b/i;

/**
 * "words like", "terms such as", "language such as", "the example of", then only other quoted
 * words and "or" or "and" up to the opening mark of these: a list of words
 * talked about ('words like "eligible needs", "outcomes" or "').
 */
const WORDS_LISTED =
  /\b(?:(?:words?|terms?|phrases?|jargon|expressions?|labels?|language|wording|sayings?)\s+(?:like|such\s+as)|the\s+examples?\s+of)\s+(?:["“‘'][^"“”‘’]{1,60}["”’'],?\s+(?:(?:or|and)\s+)?)*["“‘']$/i;

/** Whether the words found are part of a name ("the council's Brokerage Team"), not the term used. */
function partOfName(
  input: BlockInput,
  match: PhraseMatch<PhraseValue>,
  entry: GlossaryEntry,
  text: string,
  first: number,
): boolean {
  return (
    !isNameItself(entry, text) &&
    isPartOfName(input, match, text, first) &&
    !endsJobTitle(input, match, entry, text)
  );
}

/**
 * "the Brokerage Team": a term in a name is not flagged, but a team or service
 * named for care work is a sign that the text is about care (src/checker/topic.ts).
 */
function nameSignsCare(entry: GlossaryEntry): boolean {
  return entry.kind === 'term' && entry.match?.needsCareTopic !== true;
}

function entryFinding(entry: GlossaryEntry, base: Omit<RawFinding, 'entryId'>): RawFinding {
  // Written out, not spread: one of these is made for every glossary word found.
  const finding: RawFinding = {
    start: base.start,
    end: base.end,
    message: base.message,
    severity: base.severity,
    suggestions: base.suggestions,
    entryId: entry.id,
    definition: entry.definition,
  };
  if (base.category !== undefined) finding.category = base.category;
  if (entry.advice !== undefined) finding.advice = entry.advice;
  // Shared with the entry: findings are read-only.
  if (entry.easyRead.length > 0) finding.easyRead = entry.easyRead;
  if (entry.coProduced) finding.coProduced = true;
  return finding;
}

/** The message for a glossary finding; `first` is the best alternative, already fitted to the sentence. */
export function message(entry: GlossaryEntry, text: string, first: string | undefined): string {
  switch (entry.action) {
    case 'explain':
      return `Explain ${q(text)} the first time you use it: many readers will not know it.`;
    case 'rewrite':
      return first
        ? `${q(text)} is vague. Say what you mean, for example ${q(first)}.`
        : `${q(text)} is vague. Say what you actually mean.`;
    case 'respectful':
      return first
        ? `${q(text)} can sound disrespectful. Try ${q(first)}.`
        : `${q(text)} can sound disrespectful. ${entry.advice ?? 'Use words the person would choose.'}`;
    default:
      return first
        ? `${q(text)} is jargon. Try ${q(first)}.`
        : `${q(text)} is jargon. Explain it, or use a plainer word.`;
  }
}

/**
 * Whether a term of two words or more that the glossary writes in small
 * letters is written here with a capital on every word, inside a sentence:
 * the name of one service ("please phone the Community Equipment Service").
 */
function writtenAsName(place: Place, entry: GlossaryEntry, text: string): boolean {
  if (!/^\p{Ll}/u.test(entry.term)) return false;
  const words = text.split(/\s+/);
  if (words.length < 2 || !words.every((word) => /^\p{Lu}/u.test(word))) return false;
  return !startsSentence(place.input, place.first);
}

/** Whether an earlier word of the phrase was found through its 's ("the council's rate"). */
function ownerInside(input: BlockInput, match: PhraseMatch<PhraseValue>): boolean {
  if (match.inflectedAt === undefined) return false;
  const word = input.text.words[wordAt(input.text.words, match.inflectedAt)];
  if (word === undefined) return false;
  // "council's" holds its 's; "carers'" ends before its apostrophe.
  return /['’]s$/i.test(word.text) || /^['’]/.test(input.text.text.charAt(word.end));
}

/**
 * "Words we used" lists every term in the document that this paper's readers
 * or the public may not know, flagged or not (but not a word that may be in
 * its everyday sense): an easy read word such as "landlord" only in easy read.
 */
function forWordsWeUsed(entry: GlossaryEntry, profile: ProfileName): boolean {
  return (
    entry.kind === 'term' &&
    (entry.audiences.includes(profile) || entry.audiences.includes('public'))
  );
}

/**
 * Whether an alternative can describe the noun after it as the term did:
 * words with no small word among them ("care company staff", not "person we
 * support staff" or "place to live agreement").
 */
function canDescribe(alternative: string): boolean {
  return alternative
    .toLowerCase()
    .split(/\s+/)
    .every((word) => AND_OR.has(word) || (!SMALL_WORDS.has(word) && !PRONOUNS.has(word)));
}

/** Words that join two describing words ("county and district arrangements"). */
const AND_OR: ReadonlySet<string> = new Set(['and', 'or']);

/** Words that stand for someone or something: "them", "us", "it" ("we" and "you" are small words). */
const PRONOUNS: ReadonlySet<string> = new Set(grammar.objectPronouns);

/** An owner's 's at the end of the words matched. */
const OWNER_S = /['’]s$/;

/** The finding for a use of a term: its message, and the replacements that fit or an explanation. */
function termFinding(
  place: Place,
  match: PhraseMatch<PhraseValue>,
  value: Extract<PhraseValue, { kind: 'glossary' }>,
  text: string,
  sense: 'jargon' | 'doubtful',
): RawFinding {
  const { entry } = value;
  // Explained, never reworded: words in a quotation or in quotation marks, which
  // stay as they were said or named;
  // a service's name ("the Adult Social Care Front Door", "the Community Equipment
  // Service"), which the reader has to find by that name; and a phrase with an
  // owner inside it ("the council's rate" for "council rate"), whose 's is not a
  // plural and whose owner a swap would drop.
  const owner = ownerInside(place.input, match);
  // "a direct payment-funded assistant": the first half of a describing word
  // takes neither other words nor an explanation in brackets.
  const halfOfWord = /^[-‐‑]\p{L}/u.test(place.input.text.text.slice(place.end, place.end + 2));
  const keepWords =
    halfOfWord ||
    isQuotation(place.input) ||
    inQuotes(place.input, match.start) ||
    (isNameItself(entry, text) && isPartOfName(place.input, match, text, place.first)) ||
    writtenAsName(place, entry, text) ||
    // "Medication administration records (MARs)": the words its short form stands for.
    namesShortFormAfter(place.input, place.end) ||
    // "| Commissioning |" in a column of who leads: a label or a team's name.
    isCellName(place.input, place.start, place.end) ||
    owner;
  let here = keepWords
    ? []
    : alternativesHere(place.input, value.senses, entry.alternatives, place.first, place.last);
  // "the client group" is never "the person we support group": before the noun it
  // describes, a term takes only words that can describe it too ("alarm call centre
  // staff"), not a clause or a phrase with small words in it ("place to live").
  // (Only where the sentence has another verb: in "Community meals cost £5" or "The
  // care recipient lives alone" the word after is the verb, whatever the tagger says.)
  if (
    entry.pos === 'noun' &&
    here.some((a) => !canDescribe(a.text)) &&
    describesNounAfter(place) &&
    hasOtherVerb(place)
  ) {
    here = here.filter((a) => canDescribe(a.text));
  }
  const fitted = fittedSuggestions(place, here, entry.pos);
  const suggestions = fitted.suggestions;
  if (entry.omitOk && !keepWords && canRemove(place))
    suggestions.push({ kind: 'remove', text: '' });
  const replace = suggestions.find((s) => s.kind === 'replace');
  const finding = entryFinding(entry, {
    start: fitted.start,
    end: fitted.end,
    // Quoting the words replaced, with the "a" or "an" before them when it changes too.
    // (The term itself, not its owner's 's: "Explain “deputy”", not "“deputy's”".)
    message: message(
      entry,
      // (An explain message is about the term alone: "Explain “disregard”", not "“disregard it”".)
      replace && entry.action !== 'explain'
        ? place.input.text.text.slice(fitted.start, fitted.end)
        : text.replace(OWNER_S, ''),
      replace?.text,
    ),
    // Plainly is not sure of the sense: a suggestion, not a warning.
    severity: sense === 'doubtful' ? 'suggestion' : entry.severity,
    suggestions,
    category: entry.action === 'respectful' ? 'respectful' : 'jargon',
  });
  // Words that are everyday English too, or whose sense is not sure here, need the
  // rest of a longer text to be about care (src/checker/topic.ts).
  if (sense === 'doubtful' || entry.match?.needsCareTopic === true) finding.needsCareTopic = true;
  // "the service user's (what it means) plan" would break the sentence:
  // no explanation in brackets between an owner and what they own.
  const possessive = possessiveOf(text, place.input, place.end) !== undefined;
  // (What the entry asks first: the checks of the words around may tag the sentence.)
  if (
    (entry.action === 'explain' ||
      // Explaining a label that can hurt would keep it: its advice says what to write.
      (suggestions.length === 0 && entry.definition !== '' && entry.action !== 'respectful')) &&
    !possessive &&
    !halfOfWord &&
    !describesNounAfter(place) &&
    // "we co-produced (…) the strategy" would part the verb from its object.
    !verbBeforeObject(place) &&
    // "using on top (…) of the methadone" would split "on top of".
    !splitsPhrase(place)
  ) {
    // No plain word fits here: offer to explain it instead (after the closing
    // quotation mark of words in quotes: “reablement” (short-term help …)).
    if (keepWords) Object.assign(finding, withQuoteMarks(place.input, finding.start, finding.end));
    finding.suggestions = [
      // (An owner's 's or s' inside the phrase is not a plural: "carers' assessment".)
      {
        kind: 'explain',
        text: explanation(
          entry.definition,
          owner ? 'base' : place.inflection,
          oneOf(text, match, entry),
        ),
      },
      ...suggestions,
    ];
  }
  return finding;
}

export const glossaryTerm = defineRule<BlockData>({
  id: 'glossary-term',
  category: 'jargon',
  summary:
    'Social care jargon from the glossary, in any form (co-produced, commissioners, direct payments), in its jargon sense and for the readers it is jargon for, with plain alternatives that fit the sentence; terms with no good substitute are to be explained at first use.',
  source:
    'WCAG 2.2 SC 3.1.3 Unusual Words; GOV.UK content design; TLAP and LGA jargon lists (term choice)',
  examples: [
    {
      text: 'We met the commissioners in May.',
      findings: [
        {
          on: 'commissioners',
          message: '“commissioners” is jargon. Try “people who buy services”.',
          fixed: 'We met the people who buy services in May.',
        },
      ],
    },
    {
      text: 'We use co-production in all our work.',
      findings: [
        {
          on: 'co-production',
          message:
            'Explain “co-production” the first time you use it: many readers will not know it.',
          fixed:
            'We use co-production (people who draw on care, their families and staff plan and decide things together, as equals, from the start) in all our work.',
        },
      ],
    },
    {
      text: 'Your care provider will call you.',
      profile: 'public',
      findings: [
        {
          on: 'care provider',
          message: '“care provider” is jargon. Try “care company”.',
          fixed: 'Your care company will call you.',
        },
      ],
    },
    {
      text: 'The postman delivered a letter.',
      findings: [],
    },
    {
      text: 'The care provider will call you.',
      findings: [],
    },
  ],
  block(input, context) {
    const findings: RawFinding[] = [];
    const data: BlockData = {
      explains: [],
      replaces: [],
      everyday: [],
      avoided: [],
      headingAvoided: [],
    };
    const { explains, replaces, everyday } = data;
    const terms: string[] = [];
    const careSigns: string[] = [];
    const words = input.text.words;
    const profile = context.profile.name;
    const everydayFrom = everydayStarts(input);
    for (const found of matchesFor(input, profile)) {
      if (found.value.kind !== 'glossary') continue;
      const { value } = found;
      const { entry } = value;
      const match = asListed(input, found, entry);
      // "section 5(2)": a phrase's own closing bracket is part of what is found.
      const end = match.closedAfter ? match.end + 1 : match.end;
      const text = input.text.text.slice(match.start, end);
      const first = wordAt(words, match.start);
      const last = wordAt(words, match.end - 1);
      if (first === -1 || last === -1) continue;
      const inName = partOfName(input, match, entry, text, first);
      if (inName || notTheTerm(input, match, entry)) {
        // (A name counts no more than the term alone would for these readers.)
        // "the FA's Safeguarding Children course": a name that its words around show to
        // be the everyday sense, which a heading over it takes ("## Safeguarding").
        if (inName && inEverydaySense(input, value.senses, first, last)) everyday.push(entry.id);
        if (inName && nameSignsCare(entry) && forWordsWeUsed(entry, profile)) {
          careSigns.push(entry.id);
        }
        continue;
      }
      const { senses } = value;
      const sense = sameSenseAgain(input, value, everydayFrom, match.start, first, last)
        ? 'everyday'
        : jargonSense(input, senses, first, last, match.inflection, entry.pos);
      if (sense === 'everyday') {
        if (
          !everydayFrom.has(entry.id) &&
          (sameSenseInParagraph(entry) || inEverydaySense(input, senses, first, last))
        ) {
          everydayFrom.set(entry.id, { start: match.start, sentence: sentenceOf(input, first) });
        }
        everyday.push(entry.id);
        // "This is called a local review.": a wider sense, named on purpose, is
        // what the word means from here on ("To ask for a review, …").
        if (entry.action === 'replace' && namedWithWordBefore(input, profile, first, match.end)) {
          replaces.push({ entryId: entry.id, text, start: match.start });
        }
        continue;
      }
      if (sense === 'jargon' && forWordsWeUsed(entry, profile)) terms.push(entry.id);
      if (!entry.audiences.includes(profile)) continue;
      if (inNamesOrReference(input, first, text)) continue;
      const purpose = entry.action === 'replace' && broughtInOnPurpose(input, match, profile);
      if (purpose === 'named') {
        replaces.push({ entryId: entry.id, text, start: match.start });
        continue;
      }
      const finding = termFinding(
        {
          input,
          context,
          start: match.start,
          end,
          first,
          last,
          inflection: match.inflection,
          value: value,
        },
        match,
        value,
        text,
        sense,
      );
      const use = { entry, finding, start: match.start, end, text };
      if (!keepUse(input, profile, data, use, match, purpose)) findings.push(finding);
    }
    addStoppedUses(input, profile, explains);
    return { findings, data, terms, careSigns };
  },
  document(all) {
    // References and lists of links name other papers and pages: their titles are
    // not the writer's to change, and a term's first use is in the text itself.
    const titles = titleBlocks(all);
    const blocks = all.map((block, index) =>
      titles[index] ? { ...block, data: undefined } : block,
    );
    const shortFor = new ShortForms(blocks);
    const everydayBelow = everydayUnderHeadings(blocks);
    // (Not spread into `out`: a long paper has more findings than arguments fit on the stack.)
    const out = replaceFindings(blocks, shortFor, everydayBelow);
    // The last block with a use of each term in body text, found in one pass.
    const lastBodyUse = new Map<string, number>();
    blocks.forEach(({ data }, index) => {
      for (const use of data?.explains ?? []) if (use.body) lastBodyUse.set(use.entry.id, index);
    });
    /** Per term: explained, or its first unexplained use and the uses after it. */
    const state = new Map<string, 'explained' | Unexplained>();
    /** Each term's words, with its entry, from its first use on. */
    const termIds = new Map<string, string>();
    /** Entries used as another term and a plain noun, with that term's entry. */
    const builtOn = new Map<string, string>();
    blocks.forEach(({ data }, index) => {
      for (const use of data?.explains ?? []) {
        const seen = state.get(use.entry.id);
        if (seen === 'explained') continue;
        // "## Safeguarding" over a club's "Safeguarding Children course": a heading's
        // word means what the text under it means.
        if (!use.body && everydayBelow.get(index)?.has(use.entry.id) === true) continue;
        // "reablement workers" after "reablement": nothing new to explain once that
        // term is explained, in any of its words ("payroll service", then "payroll
        // provider").
        const shorter = builtOnEarlier(use, termIds) ?? builtOn.get(use.entry.id);
        if (shorter !== undefined) builtOn.set(use.entry.id, shorter);
        if (shorter !== undefined && state.get(shorter) === 'explained') {
          state.set(use.entry.id, 'explained');
          continue;
        }
        // "the reablement service (Home First)" once reablement is explained: a second
        // name for a thing the reader now knows.
        if (
          !isFlagged(use) ||
          (use.body && use.otherName !== undefined && state.get(use.otherName) === 'explained')
        ) {
          state.set(use.entry.id, 'explained');
          continue;
        }
        const here = blocks[index]?.input;
        if (
          shortFor.after(use.text, index, use.start, here) ||
          shortFor.headAfter(use, index, here)
        ) {
          // "… your Care Act assessment. An assessment is when we talk with you":
          // the longer term's word again, and what it means from here on.
          if (use.body && use.explained === true) state.set(use.entry.id, 'explained');
          continue;
        }
        const explained = resolvedExplained(use, blocks, index);
        // (A heading explains nothing, unless the text under it says what it names or
        // answers its question: "What are the Deprivation of Liberty Safeguards?")
        if (
          explained &&
          (use.body ||
            use.explained === 'defined-in-next-block' ||
            use.explained === 'answer-in-next-block' ||
            use.explained === 'in-cell')
        ) {
          // Explained from here on; uses before it stay flagged (nothing explains backwards).
          state.set(use.entry.id, 'explained');
          continue;
        }
        if (seen) {
          // Only uses in body text: a heading, label or contact line ("Ward phone: …")
          // says the word again, but nobody reads it as a new use to explain.
          if (use.body) seen.later.push({ block: index, use });
        } else if (use.body || (lastBodyUse.get(use.entry.id) ?? -1) <= index) {
          // A title or heading never explains, so the finding goes on the first use in body
          // text (or on the first use, when the term is only in titles).
          state.set(use.entry.id, { block: index, use, later: [] });
          out.push({ block: index, finding: use.finding });
        }
      }
    });
    for (const reminder of reminders(state.values())) out.push(reminder);
    return out.sort((a, b) => a.block - b.block || a.finding.start - b.finding.start);
  },
});

/** Per term, its first unexplained use and the uses in body text after it. */
type Unexplained = { block: number; use: FlaggedUse; later: { block: number; use: FlaggedUse }[] };

/** Later unexplained uses: one grouped reminder per term, with its count. */
function reminders(states: Iterable<'explained' | Unexplained>): DocumentFinding[] {
  const out: DocumentFinding[] = [];
  for (const value of states) {
    if (value === 'explained' || value.later.length === 0) continue;
    const [next] = value.later;
    if (!next) continue;
    const count = value.later.length;
    // (The term, not its owner's form: "“carer” is used again", not "“carer's”".)
    const said = next.use.text.replace(OWNER_S, '');
    // The explanation goes in at the first use, when it can; only where it
    // cannot ("our carers' group") does the reminder offer to put it here.
    const here = value.use.finding.suggestions.length === 0;
    // Another form of the same entry at first ("safeguarding enquiry", then "section 42 enquiry"): say so.
    const first = value.use.text.replace(OWNER_S, '');
    const same = sameWords(first, said) ? '' : `, the same as ${q(first)},`;
    const finding: RawFinding = {
      ...next.use.finding,
      severity: 'suggestion',
      message: `${q(said)}${same} is used ${count === 1 ? 'again' : `${count} more times`} without being explained. Explain it where you first use it${here ? ', or here' : ''}.`,
    };
    if (!here) finding.suggestions = [];
    out.push({ block: next.block, finding });
  }
  return out;
}

/**
 * Where each label that is everyday English too first appears in its everyday
 * sense in the paragraph, when a word before it says so ("student work
 * placements"). The loop over the matches adds those its patterns find, and
 * any other entry its words around it show to be everyday.
 */
function everydayStarts(input: BlockInput): Map<string, EverydayUse> {
  const out = new Map<string, EverydayUse>();
  for (const stopped of input.stoppedByWordBefore) {
    if (stopped.value.kind !== 'glossary' || !sameSenseInParagraph(stopped.value.entry)) continue;
    if (!out.has(stopped.value.entry.id)) out.set(stopped.value.entry.id, { start: stopped.start });
  }
  return out;
}

/**
 * Where an entry was first used in its everyday sense, and in which sentence
 * when its words around it showed that sense.
 */
interface EverydayUse {
  start: number;
  sentence?: number;
}

/**
 * Labels for people and where they live that are everyday English too
 * ("placement", "client", "customer"): used again in the same paragraph,
 * such a word keeps the sense it had ("The board heard about student work
 * placements. Placements last six weeks.").
 */
function sameSenseInParagraph(entry: GlossaryEntry): boolean {
  return entry.action === 'respectful' && entry.match?.needsCareTopic === true;
}

/**
 * Whether the paragraph used this entry in its everyday sense before
 * `start`, and so uses it so here: a word keeps one sense in one passage
 * ("In March we completed the commissioning of solar panels. Two further
 * sites will be commissioned next spring."). A label for people keeps it
 * whatever. Any other entry keeps it only in a later sentence than a use its
 * words around it showed to be everyday (a part of speech says nothing about
 * the next use), and only where no words of its own confirm the jargon sense.
 * In the same sentence the entry's patterns have seen both uses already, and
 * some of them tell a verb from the noun ("councils expect to overspend; the
 * forecast overspend is £48m").
 */
function sameSenseAgain(
  input: BlockInput,
  value: Extract<PhraseValue, { kind: 'glossary' }>,
  everydayFrom: ReadonlyMap<string, EverydayUse>,
  start: number,
  first: number,
  last: number,
): boolean {
  const from = everydayFrom.get(value.entry.id);
  if (from === undefined || from.start >= start) return false;
  if (sameSenseInParagraph(value.entry)) return true;
  return (
    from.sentence !== undefined &&
    from.sentence < sentenceOf(input, first) &&
    !confirmsJargon(input, value.senses, first, last)
  );
}

/**
 * Keeps a use for the document pass, by what its entry asks for: an
 * explanation (once, until explained), a replacement (until brought in on
 * purpose), or a word to avoid in a heading (which follows the text under
 * it). False for a finding that stands where it is.
 */
function keepUse(
  input: BlockInput,
  profile: ProfileName,
  data: BlockData,
  use: { entry: GlossaryEntry; finding: RawFinding; start: number; end: number; text: string },
  match: PhraseMatch<PhraseValue>,
  purpose: Explained,
): boolean {
  const { entry, finding, start, end, text } = use;
  if (entry.action === 'explain') {
    // "the Adult Social Care Workforce Data Set (ASC-WDS)": its short form, brought
    // in right after it, is not a second use.
    if (shortFormOfLast(input, data.explains.at(-1), entry, start, end)) return true;
    const explained =
      explainedAt(input, match.start, match.end, profile) ||
      explainedInCell(input, profile, match.start, match.end);
    const kept: ExplainUse = {
      entry,
      finding,
      start,
      text,
      explained,
      body: isBodyText(input, match.start, match.end),
    };
    const otherName = explained !== true && otherNameOf(input, profile, match.start, match.end);
    if (otherName) kept.otherName = otherName;
    data.explains.push(kept);
    return true;
  }
  if (entry.action === 'replace') {
    const replace: ReplaceUse = { entryId: entry.id, text, start, finding };
    if (entry.pos === 'verb') replace.verb = true;
    if (!isBodyText(input, match.start, match.end)) replace.heading = true;
    if (purpose !== false && purpose !== true) replace.explained = purpose;
    data.replaces.push(replace);
    return true;
  }
  // A word to avoid or a vague word ("### When we deliver" over "Our drivers deliver
  // Monday to Friday") in a heading means what the text under it means.
  if (entry.action !== 'respectful' && entry.action !== 'rewrite') return false;
  if (input.block.kind === 'heading') {
    data.headingAvoided.push({ entryId: entry.id, finding });
    return true;
  }
  data.avoided.push(entry.id);
  return false;
}

/**
 * For each heading, the entries its section (the blocks up to the next
 * heading) uses only in their everyday sense: the heading's word means what
 * the text under it means ("## Review meetings" over "We hold review meetings
 * with parents three times a year."). One pass over the blocks.
 */
function everydayUnderHeadings(
  blocks: readonly { input: BlockInput; data: BlockData | undefined }[],
): Map<number, Set<string>> {
  const out = new Map<number, Set<string>>();
  let heading = -1;
  let everyday = new Set<string>();
  let flagged = new Set<string>();
  const close = () => {
    if (heading === -1) return;
    for (const id of flagged) everyday.delete(id);
    if (everyday.size > 0) out.set(heading, everyday);
  };
  blocks.forEach(({ input, data }, index) => {
    if (input.block.kind === 'heading') {
      close();
      heading = index;
      everyday = new Set();
      flagged = new Set();
      return;
    }
    for (const id of data?.everyday ?? []) everyday.add(id);
    // (A word before it that says it is not the term: "student work placements".)
    for (const stopped of input.stoppedByWordBefore) {
      if (stopped.value.kind === 'glossary') everyday.add(stopped.value.entry.id);
    }
    for (const use of data?.replaces ?? []) if (use.finding) flagged.add(use.entryId);
    for (const use of data?.explains ?? []) flagged.add(use.entry.id);
    for (const id of data?.avoided ?? []) flagged.add(id);
  });
  close();
  return out;
}

/**
 * Terms with a plain word: every use, until the writer brings the term in on
 * purpose ("This is called a review.", or the next paragraph: "A review is a
 * meeting to check …"); from there on the reader knows it. A title or heading
 * uses the word its text brings in ("Your care home review", then "This is
 * called a review."): it is left alone too.
 */
function replaceFindings(
  blocks: readonly { input: BlockInput; data: BlockData | undefined }[],
  shortFor: ShortForms,
  everydayBelow: Map<number, Set<string>>,
): DocumentFinding[] {
  const out: DocumentFinding[] = [];
  const namedInText = new Set<string>();
  for (const { data } of blocks) {
    for (const use of data?.replaces ?? []) if (!use.finding) namedInText.add(use.entryId);
  }
  // "## New clients" over "Every new client's dog has a free check": a word to
  // avoid in a heading means what the text under it means.
  blocks.forEach(({ data }, index) => {
    for (const { entryId, finding } of data?.headingAvoided ?? []) {
      if (everydayBelow.get(index)?.has(entryId) !== true) out.push({ block: index, finding });
    }
  });
  const named = new Set<string>();
  // Per term with no plainer word that fits: later such uses, grouped.
  const noSwap = new Map<string, { block: number; use: ReplaceUse }[]>();
  blocks.forEach(({ data }, index) => {
    for (const use of data?.replaces ?? []) {
      if (!use.finding) named.add(use.entryId);
      else if (
        use.explained !== undefined &&
        resolvedExplained({ explained: use.explained, text: use.text }, blocks, index)
      ) {
        named.add(use.entryId);
      } else if (
        !named.has(use.entryId) &&
        !(use.heading === true && namedInText.has(use.entryId)) &&
        // "## Review meetings" over "We hold review meetings with parents …".
        !(use.heading === true && everydayBelow.get(index)?.has(use.entryId) === true) &&
        !shortFor.after(use.text, index, use.start, blocks[index]?.input, use.verb)
      ) {
        // A use no plainer word fits asks for the same as the first such use did.
        const swap = use.finding.suggestions.some((s) => s.kind === 'replace');
        const later = swap ? undefined : noSwap.get(use.entryId);
        if (later) later.push({ block: index, use });
        else out.push({ block: index, finding: use.finding });
        if (!swap && !later) noSwap.set(use.entryId, []);
      }
    }
  });
  for (const later of noSwap.values()) {
    const [next] = later;
    if (!next?.use.finding) continue;
    const said = next.use.text.replace(OWNER_S, '');
    const count = later.length;
    out.push({
      block: next.block,
      finding: {
        ...next.use.finding,
        severity: 'suggestion',
        suggestions: [],
        message: `${q(said)} is used ${count === 1 ? 'again' : `${count} more times`}. Say what it means where you first use it, or use a plainer word.`,
      },
    });
  }
  return out;
}

/** Whether two uses are the same words, whatever their capitals or plural: "Carer", "carers". */
function sameWords(a: string, b: string): boolean {
  const key = (text: string) =>
    text
      .toLowerCase()
      .replace(/\s+/g, ' ')
      .replace(/ies$/, 'y')
      .replace(/(?<![su])s$/, '');
  return key(a) === key(b);
}

/** Whether a use is explained, where that depends on the next block. */
function resolvedExplained(
  use: { explained: Explained; text: string },
  blocks: readonly { input: BlockInput }[],
  index: number,
): boolean {
  const explained = use.explained;
  if (
    explained === 'next-block' ||
    explained === 'next-block-not-it' ||
    explained === 'answer-in-next-block'
  ) {
    const next = blocks[index + 1]?.input;
    return (
      next !== undefined &&
      isBodyText(next, 0) &&
      !(explained === 'next-block-not-it' && opensWithIt(next.text.text.slice(0, 120))) &&
      explainsPrevious(next, use.text, explained === 'answer-in-next-block')
    );
  }
  if (explained === 'in-cell') return true;
  if (explained === 'defined-in-next-block') {
    // The term alone (a table's cell, a word in bold on its own line), then what it
    // is: "Someone who helps you …", or "This means …".
    const here = blocks[index]?.input;
    const next = blocks[index + 1]?.input;
    return (
      here !== undefined &&
      next !== undefined &&
      (definesWholeBlock(here, next) ||
        (isBodyText(next, 0) && explainsPrevious(next, use.text, false)))
    );
  }
  return explained;
}

/**
 * The phrases found in a block, where a phrase gives way to a longer one that
 * starts inside it and runs on: when it is not for this profile's readers
 * ("hospital discharge", for easy read only, before "discharge to assess"),
 * or when it is two words whose second starts the longer one ("hospital
 * discharge to assess" is a discharge to assess, and "leaving hospital to
 * assess" would not read). ("local land charge on your home" stays a local
 * land charge.)
 */
function matchesFor(input: BlockInput, profile: ProfileName): readonly PhraseMatch<PhraseValue>[] {
  if (input.runningOn.length === 0) return input.matches;
  const words = input.text.words;
  const wordsIn = (match: PhraseMatch<PhraseValue>) =>
    wordAt(words, match.end - 1) - wordAt(words, match.start) + 1;
  const out: PhraseMatch<PhraseValue>[] = [];
  // (A phrase found inside the longer one that took over is not read again: "assess".)
  let covered = -1;
  for (const match of input.matches) {
    if (match.start < covered) continue;
    const other =
      match.value.kind === 'glossary'
        ? input.runningOn.find(
            (next) => next.start > match.start && next.start < match.end && next.end > match.end,
          )
        : undefined;
    const forReaders =
      match.value.kind !== 'glossary' || match.value.entry.audiences.includes(profile);
    const chosen =
      other !== undefined && (!forReaders || (wordsIn(match) === 2 && wordsIn(other) > 2))
        ? other
        : match;
    out.push(chosen);
    covered = chosen.end;
  }
  return out;
}

/**
 * "An unpaid carer is anyone who looks after …": the term with a word before
 * it that makes it another phrase (its entry's `notAfter`), said what it is,
 * explains the term too; so does one with a word that makes it plain by
 * itself (`plainAfter`: "support for unpaid carers"). Such a use goes among the others in its place: what
 * comes before it is not explained by it.
 */
function addStoppedUses(input: BlockInput, profile: ProfileName, explains: ExplainUse[]): void {
  for (const stopped of input.stoppedByWordBefore) {
    if (stopped.value.kind !== 'glossary') continue;
    const entry = stopped.value.entry;
    if (entry.action !== 'explain' || !entry.audiences.includes(profile)) continue;
    if (explains.some((use) => use.entry === entry && use.start === stopped.start)) continue;
    // "unpaid carers" says what it is by itself (the entry's `plainAfter`).
    if (
      (stopped.plain === true ||
        explainedAt(input, stopped.start, stopped.end, profile) === true) &&
      isBodyText(input, stopped.start, stopped.end)
    ) {
      const text = input.text.text.slice(stopped.start, stopped.end);
      const at = explains.findIndex((use) => use.start > stopped.start);
      const use = { entry, start: stopped.start, text, explained: true, body: true } as const;
      explains.splice(at === -1 ? explains.length : at, 0, use);
    }
  }
}

/**
 * Which blocks hold titles of other papers and pages, or the name and job of
 * who wrote, not the writer's own words: everything after a "References"
 * heading; the short lines of links after a "Related pages" or "On this
 * page" heading, each up to the next heading; and the short lines after
 * "Yours sincerely" ("Occupational Therapist" under a name is a job title,
 * not the writer's to reword).
 */
function titleBlocks(blocks: readonly { input: BlockInput }[]): boolean[] {
  let inside: 'references' | 'links' | undefined;
  const writer = writerBlocks(blocks);
  return blocks.map(({ input }, index) => {
    const text = input.text.text;
    if (writer[index] || SIGN_OFF.test(text.split('\n')[0] as string)) return writer[index];
    const heading = input.block.kind === 'heading' || text.length < 40;
    if (heading && REFERENCES_HEADING.test(text)) {
      inside = 'references';
      return false;
    }
    if (heading && LINK_LIST_HEADING.test(text)) {
      inside = 'links';
      return false;
    }
    if (input.block.kind === 'heading') inside = undefined;
    if (inside === 'links') return text.length <= 100 && !ENDS_LIKE_SENTENCE.test(text);
    return inside === 'references';
  });
}

/** Small words before a short form ("the review", "of reviews", "their reviews"). */
const SMALL_BEFORE: ReadonlySet<string> = new Set([
  ...grammar.determiners,
  ...nounPhrases.prepositions,
  ...Object.keys(numberWords.numbers),
  'and',
  'or',
  'but',
  // "the new framework" after "practice framework": pointing back, not saying which.
  ...nounPhrases.pointBack,
]);

/** The last word of a term, not plural: "Safeguarding Adults Reviews" → "review", "enquiries" → "enquiry". */
function lastWordKey(text: string): string {
  const last = text.slice(text.search(/\S+$/)).toLowerCase();
  if (last.endsWith('ies')) return `${last.slice(0, -3)}y`;
  return last.endsWith('s') && !last.endsWith('ss') ? last.slice(0, -1) : last;
}

/**
 * The last words of longer terms to explain, where each is first used
 * ("section 42 enquiry" → "enquiry", "Safeguarding Adults Review" →
 * "review"): the same word alone after that means the longer term, already
 * flagged or explained, so it is not flagged again as a term of its own.
 */
class ShortForms {
  private readonly first = new Map<string, { block: number; start: number }>();
  /**
   * The heads of longer terms ("power of attorney" in "lasting power of
   * attorney for property and financial affairs"), where the longer term is
   * first used.
   */
  private readonly heads = new Map<string, { block: number; start: number; id: string }>();

  constructor(blocks: readonly { data: BlockData | undefined }[]) {
    blocks.forEach(({ data }, block) => {
      // Only terms to explain: a term with a plain word is swapped at every use, and
      // its short form is left for the reader unless it is swapped too.
      for (const use of data?.explains ?? []) {
        const { text, start } = use;
        if (use.finding === undefined || !/\s/.test(text.trim())) continue;
        const key = lastWordKey(text);
        const seen = this.first.get(key);
        if (!seen || (seen.block === block && start < seen.start))
          this.first.set(key, { block, start });
        // (From body text only: a title names a paper, it does not bring the term in.)
        if (!use.body) continue;
        for (const head of headsOf(text)) {
          const known = this.heads.get(head);
          if (!known || (known.block === block && start < known.start))
            this.heads.set(head, { block, start, id: use.entry.id });
        }
      }
    });
  }

  /**
   * Whether `text` (one word) comes after a longer term that ends with it,
   * standing alone or after a small word ("the review"), not after a word
   * of its own that says which ("bathroom adaptations", "the annual review").
   */
  after(
    text: string,
    block: number,
    start: number,
    input: BlockInput | undefined,
    verb = false,
  ): boolean {
    if (/\s/.test(text.trim())) return false;
    if (!this.comesAfter(this.first.get(lastWordKey(text)), block, start, input)) return false;
    if (!verb || !input) return true;
    // A doing word stands for the name only after "the" ("to the Commission"):
    // "1. Commission more extra care housing" after "the Care Quality
    // Commission" is the verb.
    const before = input.text.words[wordAt(input.text.words, start) - 1];
    return before !== undefined && DETERMINERS.has(before.text.toLowerCase());
  }

  /**
   * Whether a term to explain of two words or more comes after a longer one
   * whose head it is, in body text: "the power of attorney" after "lasting
   * power of attorney for property and financial affairs" (not "care plan"
   * after "care plan review").
   */
  headAfter(use: ExplainUse, block: number, input: BlockInput | undefined): boolean {
    if (!/\s/.test(use.text.trim())) return false;
    const longer = this.heads.get(phraseWords(use.text));
    // (Another form of the same entry is a use of it, counted in its reminder.)
    if (longer?.id === use.entry.id) return false;
    return this.comesAfter(longer, block, use.start, input);
  }

  private comesAfter(
    seen: { block: number; start: number } | undefined,
    block: number,
    start: number,
    input: BlockInput | undefined,
  ): boolean {
    if (
      seen === undefined ||
      !(seen.block < block || (seen.block === block && seen.start < start))
    ) {
      return false;
    }
    if (!input) return true;
    const { words } = input.text;
    const index = wordAt(words, start);
    const sentence = input.text.sentences[sentenceOf(input, index)];
    const before = words[index - 1];
    return (
      before === undefined ||
      sentence === undefined ||
      index === sentence.firstWord ||
      SMALL_BEFORE.has(before.text.toLowerCase()) ||
      /^\d+$/.test(before.text)
    );
  }
}

/**
 * The entry of a term to explain used before, when this use is that term
 * and a plain noun for who or what does it ("reablement workers" after
 * "reablement", "payroll service" after "payroll"); else undefined. Records
 * the use's own words for later uses.
 */
function builtOnEarlier(use: ExplainUse, termIds: Map<string, string>): string | undefined {
  const words = phraseWords(use.text.replace(OWNER_S, ''));
  if (!termIds.has(words)) termIds.set(words, use.entry.id);
  const space = words.lastIndexOf(' ');
  if (space === -1 || !PLAIN_HEADS.has(words.slice(space + 1))) return undefined;
  const shorter = termIds.get(words.slice(0, space));
  return shorter === use.entry.id ? undefined : shorter;
}
const PLAIN_HEADS: ReadonlySet<string> = new Set(nounPhrases.plainHeads);

/** A term's words in small letters, one space apart. */
function phraseWords(text: string): string {
  return text.toLowerCase().trim().split(/\s+/).join(' ');
}

/**
 * Words that may follow the head of a longer term: "lasting power of attorney
 * for property and financial affairs" has "lasting power of attorney" and
 * "power of attorney" as heads.
 */
const AFTER_HEAD: ReadonlySet<string> = new Set(['for', 'in', 'to', 'with', 'under', 'on']);

/**
 * The heads of a term of three words or more: its shorter runs of two words
 * or more that end where its head ends, before "for …" if it has one, else
 * at its end ("lasting power of attorney" and "power of attorney" in
 * "lasting power of attorney for property and financial affairs", "carer's
 * assessment" in "joint carer's assessment"; not "care plan" in "care plan
 * review", nor "financial affairs").
 */
function headsOf(text: string): string[] {
  const words = phraseWords(text).split(' ');
  if (words.length < 3) return [];
  let end = words.findIndex((word, i) => i >= 2 && AFTER_HEAD.has(word));
  if (end === -1) end = words.length;
  const heads: string[] = [];
  for (let from = 0; from <= end - 2; from++) {
    if (from === 0 && end === words.length) continue;
    // ("Mental Health Act" is no head of "section 2 of the Mental Health Act".)
    if (SMALL_BEFORE.has(words[from] as string) || SMALL_BEFORE.has(words[from - 1] ?? ''))
      continue;
    heads.push(words.slice(from, end).join(' '));
  }
  return heads;
}

/**
 * Whether a block's first sentence explains a use of `term` at the end of the
 * block before ("This means …", "A carer is a person who …").
 */
function explainsPrevious(input: BlockInput, term: string, answering: boolean): boolean {
  const first = input.text.sentences[0];
  return (
    first !== undefined &&
    explainsUse(input.text.text.slice(first.start, first.end), term, answering)
  );
}
