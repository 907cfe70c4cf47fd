/**
 * Suggestions that fit their sentence.
 *
 * 1. Choose: only alternatives whose part of speech is the one the term has
 *    here ("we commission care": verb → "buy"; "commissioning plans": noun
 *    → "buying"). The sentence is tagged only when the choice needs it.
 * 2. Fit: put each alternative in the flagged word's form (tense, person,
 *    number, -ing, past participle after "has been", possessive, a capital
 *    at the start of a sentence).
 * 3. Check: apply it to the sentence and read the result again. It must not
 *    be flagged itself, must keep the part of speech of the words it
 *    replaces, and must agree with a/an before it. Alternatives that fail
 *    are not offered.
 */
import grammar from '../../../dictionaries/grammar.json';
import nounPhrases from '../../../dictionaries/noun-phrases.json';
import passive from '../../../dictionaries/passive-voice.json';
import { wordKey } from '../../glossary/matcher';
import type { PartOfSpeech } from '../../glossary/schema';
import {
  inflectWord,
  isParticipleOnly,
  pastParticiple,
  type Inflection,
} from '../../glossary/word-forms';
import { analyseText, type BlockText, type Word } from '../analyse';
import { sentenceOf, startsSentence, tagOf, wordAt } from '../context';
import { closesQuote } from '../prose';
import { jargonSense } from '../senses';
import type { CompiledLists, PhraseValue } from '../lists';
import { partOfSpeech, tagWords, type Tag } from '../tagger';
import type { ProfileName, Suggestion } from '../types';
import type { BlockInput, RuleContext } from './rule';

// The word lists are data: dictionaries/noun-phrases.json and grammar.json.
const UNCOUNTABLE = new Set(nounPhrases.uncountable);
const PHRASE_BREAK = new Set(nounPhrases.phraseBreaks);
const AGREEMENT: Readonly<Record<string, string>> = nounPhrases.pluralVerbs;
const SINGULAR_VERBS: ReadonlySet<string> = new Set(Object.keys(AGREEMENT));
const PLURAL_VERBS: ReadonlySet<string> = new Set(Object.values(AGREEMENT));
const PLURAL_BEFORE: ReadonlySet<string> = new Set(nounPhrases.pluralBefore);
const SINGULAR_BEFORE: ReadonlySet<string> = new Set(nounPhrases.singularBefore);
const IRREGULAR_PLURALS: ReadonlySet<string> = new Set(nounPhrases.irregularPlurals);
const PREPOSITIONS: ReadonlySet<string> = new Set(nounPhrases.prepositions);
const PARTICIPLE_AFTER = new Set(grammar.participleAfter);
/** Small words that are never the noun a term describes ("advocacy for", "support that"). */
const NOT_A_NOUN_AFTER: ReadonlySet<string> = new Set([
  ...nounPhrases.prepositions,
  ...nounPhrases.phraseBreaks,
  ...grammar.determiners,
  ...grammar.participleAfter,
  ...grammar.beforeVerb,
  ...grammar.objectPronouns,
]);
/** Words that follow a plural noun as its verb: "calls are", "workers will". */
const VERB_AFTER_NOUN: ReadonlySet<string> = new Set([
  ...grammar.participleAfter,
  ...passive.modals.map((modal) => modal.split(' ')[0] as string),
]);
const BETWEEN = new Set(grammar.between);

/**
 * Words that cannot head a plural noun phrase: adverbs ("working together",
 * "help to get online") and words that are already plural ("services").
 */
const NOT_NOUN = /(?:[^su]s|ly)$/i;
const NOT_NOUN_WORDS = new Set(nounPhrases.notNouns);

/** The form an alternative is put in. */
export type Form = 'base' | 'plural' | 'third-person' | 'past' | 'participle' | 'ing';

/** An alternative before it is fitted; `pos` undefined means "used like the matched words". */
export interface Candidate {
  text: string;
  pos?: PartOfSpeech | undefined;
}

/** Where a term was found, and what it is. */
export interface Place {
  input: BlockInput;
  context: RuleContext;
  /** Offsets in the block. */
  start: number;
  end: number;
  /** Indices of the term's first and last words. */
  first: number;
  last: number;
  /** How the term's last word is inflected from the entry's form. */
  inflection: Inflection;
  /** The entry or list item found there, whose own words may not come back. */
  value: PhraseValue;
}

/** Words that start another noun phrase, whose "who" is its own. */
const OTHER_NOUN_START: ReadonlySet<string> = new Set(nounPhrases.otherNounStarts);

/**
 * A verb's form after a plural ("a worker who assesses" → "workers who
 * assess", "who reaches" → "who reach", "who carries" → "who carry").
 */
function pluralVerb(verb: string): string {
  if (!/[^s]s$/.test(verb)) return verb;
  if (/(?:ss|sh|ch|x|zz|[^aeiou]o)es$/.test(verb)) return verb.slice(0, -2);
  if (/[^aeiou]ies$/.test(verb)) return `${verb.slice(0, -3)}y`;
  return verb.slice(0, -1);
}

function inflectAt(words: string[], index: number, how: Form): string[] {
  const word = words[index];
  if (word === undefined || /^[\p{Lu}\d]/u.test(word)) return words;
  if (how === 'plural') {
    // "a worker", "where you live": not a noun phrase that can be made plural;
    // nor "working together", a phrase led by an -ing word.
    if (/^(?:a|an|one|where|when|how|what|who)$/i.test(words[0] ?? '')) return words;
    const lower = word.toLowerCase();
    if (UNCOUNTABLE.has(lower) || NOT_NOUN_WORDS.has(lower) || NOT_NOUN.test(word)) return words;
  }
  const copy = [...words];
  copy[index] =
    how === 'participle'
      ? pastParticiple(word)
      : inflectWord(word, how === 'base' ? 'base' : how === 'plural' ? 'plural' : how);
  // "person who buys" → "people who buy"; "person aged 18 or over who needs" →
  // "people aged 18 or over who need".
  if (how === 'plural') {
    for (let at = index + 1; at < Math.min(copy.length - 1, index + 7); at++) {
      const word = copy[at] ?? '';
      // "talks with the council, for someone who looks after": another noun's "who".
      if (word.endsWith(',') || OTHER_NOUN_START.has(word.toLowerCase())) break;
      if (!/^who$/i.test(word) && !(at === index + 1 && /^that$/i.test(word))) continue;
      // ("a plan that shows, step by step," keeps its comma.)
      const [, verb = '', mark = ''] = /^(.*?)([,;:]*)$/.exec(copy[at + 1] as string) ?? [];
      copy[at + 1] = (AGREEMENT[verb] ?? pluralVerb(verb)) + mark;
      break;
    }
  }
  return copy;
}

/** Puts an alternative of the given part of speech in a form. */
export function inflectAlternative(
  text: string,
  pos: PartOfSpeech,
  form: Form,
  /** Whether "and" or "or" may join two nouns that both take the plural (not in a name). */
  coordinated = true,
): string {
  if (form === 'base') return text;
  const words = text.split(' ');
  if (pos === 'verb') {
    // A phrasal verb inflects its first word: "work with" → "worked with".
    return inflectAt(words, 0, form === 'plural' ? 'third-person' : form).join(' ');
  }
  if (pos === 'noun' && (form === 'plural' || form === 'third-person')) {
    let head = headOf(words);
    const joined = /^(?:and|or)$/i.test(words[head + 1] ?? '') && head + 2 < words.length;
    const next = joined ? head + 2 + headOf(words.slice(head + 2)) : head;
    // In a name, the words before "and" describe the last one: "assessment
    // and treatment units"; so do the words of a list before it ("education,
    // health and care plans").
    const listBefore = joined && words.slice(0, head).some((word) => word.endsWith(','));
    if (!coordinated || listBefore) head = next;
    let plural = inflectAt(words, head, 'plural');
    // "doctor or nurse" → "doctors or nurses": the noun after "and" or "or" too.
    if (coordinated && joined && !listBefore) plural = inflectAt(plural, next, 'plural');
    return plural.join(' ');
  }
  return text;
}

/**
 * The index of a noun phrase's head: the word before "who", "to" … ("person
 * who buys"), past a participle that opens what follows it ("handle fixed
 * to the bed", "person being looked after"), or the last word.
 */
function headOf(words: readonly string[]): number {
  const stop = words.findIndex((word, i) => i > 0 && PHRASE_BREAK.has(word.toLowerCase()));
  if (stop === -1) return words.length - 1;
  let head = stop - 1;
  while (head > 0 && isParticiple((words[head] as string).toLowerCase())) head--;
  return head;
}

/** A past participle, or "being" or "been" before one ("fixed", "given", "being looked"); not "need". */
function isParticiple(word: string): boolean {
  return (
    (/..ed$/.test(word) && !/eed$/.test(word)) ||
    isParticipleOnly(word) ||
    word === 'being' ||
    word === 'been'
  );
}

/**
 * Gives `text` a capital first letter when `matched` starts with one (start
 * of a sentence), an abbreviation among them ("UTI treated" → "Urine
 * infection treated").
 */
export function matchCapital(text: string, matched: string): string {
  const first = matched.charAt(0);
  if (first !== first.toUpperCase() || first === first.toLowerCase()) return text;
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * The possessive ending of the matched words (which end at `end` in the
 * block): `'s` ("user's"), `'` ("users'": the apostrophe comes after the
 * match, unless it closes quotes, as in "the 'care packages'"), or none.
 */
export function possessiveOf(
  matched: string,
  input: BlockInput,
  end: number,
): { ending: string; plural: boolean } | undefined {
  const own = /(['’])s$/.exec(matched);
  if (own) return { ending: `${own[1] ?? "'"}s`, plural: false };
  const trailing = /^(['’])(?![\p{L}\p{N}])/u.exec(input.text.text.slice(end, end + 2));
  if (trailing && /s$/i.test(matched) && !closesQuote(input, end)) {
    return { ending: trailing[1] ?? "'", plural: true };
  }
  return undefined;
}

/** Pronouns as possessives: "service users' records" → "your records". */
const POSSESSIVE_PRONOUNS: Readonly<Record<string, string>> = {
  you: 'your',
  we: 'our',
  they: 'their',
  us: 'our',
  them: 'their',
};

/** Whether the verb needs its past participle: "has (already) been ___", "was ___". */
function wantsParticiple(words: readonly Word[], first: number): boolean {
  for (let i = first - 1; i >= 0 && i >= first - 4; i--) {
    const word = (words[i] as Word).text.toLowerCase();
    if (PARTICIPLE_AFTER.has(word)) return true;
    if (!BETWEEN.has(word) && !/ly$/.test(word)) return false;
  }
  return false;
}

/**
 * Whether a word in -ed (or an irregular past) is a participle by its own
 * form or the words next to it: "undertaken" is never a past tense, a past
 * tense never comes straight after "not" ("training not delivered"), and a
 * participle takes "by" ("the service delivered by the charity").
 */
function readsAsParticiple(place: Place): boolean {
  const { words } = place.input.text;
  const word = (words[place.last] as Word).text.toLowerCase();
  if (isParticipleOnly(word)) return true;
  const previous = words[place.first - 1]?.text.toLowerCase();
  if (previous === 'not' || previous === 'never') return true;
  return words[place.last + 1]?.text.toLowerCase() === 'by';
}

/** Whether `word` is said with a vowel sound first, so takes "an". */
export function takesAn(word: string): boolean {
  const lower = word.toLowerCase();
  if (/^[\p{Lu}\d]{2,}/u.test(word)) {
    // An abbreviation said letter by letter: "an NHS trust", "a GP".
    return /^[aefhilmnorsx8]/i.test(word);
  }
  if (grammar.anBefore.some((start) => lower.startsWith(start))) return true;
  if (grammar.aBefore.some((start) => lower.startsWith(start))) return false;
  return /^[aeiou]/.test(lower);
}

/** The part of speech of the term where it stands, from the sentence's tags. */
function usedAs(place: Place, termPos: PartOfSpeech | undefined): PartOfSpeech | undefined {
  // A verb phrase's head is its first word ("liaise with"), other phrases' their last.
  const head = termPos === 'verb' ? place.first : place.last;
  const tag = tagOf(place.input, head);
  const pos = partOfSpeech(tag);
  // Only verbs take -ed: "was utilised", "personalised services" are the
  // verb's participles, whatever the tag; so is "caring staff" (-ing as an
  // adjective). An -ing word read as a noun is a gerund ("commissioning is").
  if (place.inflection === 'past' && termPos !== 'noun') return 'verb';
  if (place.inflection === 'ing' && pos === 'adjective' && termPos !== 'noun') return 'verb';
  // "a multi-professional review", "an evidence-based model": a word before
  // a noun describes it, whatever its tag.
  if (termPos === 'adjective' && (pos === 'noun' || pos === 'verb')) {
    const next = partOfSpeech(tagOf(place.input, place.last + 1));
    if (next === 'noun') return 'adjective';
  }
  return pos;
}

/**
 * How the term is used here. The sentence is tagged (a cost) only when the
 * answer could change which alternatives fit or how: when the entry's
 * alternatives are of more than one part of speech, when the words found
 * are another form than the headword's (a variant such as "co-produce" of
 * "co-production", or an -ing word, which may be a noun), or when the part
 * of speech is not known. `tagged` says whether the tags decided.
 */
function howUsed(
  place: Place,
  candidates: readonly Candidate[],
  termPos: PartOfSpeech | undefined,
  matched: string,
): { used: PartOfSpeech | undefined; tagged: boolean } {
  if (termPos === 'phrase' || termPos === 'adverb' || termPos === 'preposition') {
    return { used: undefined, tagged: false };
  }
  // Only verbs take -ed: "was utilised", "personalised services".
  if (place.inflection === 'past' && termPos !== 'noun') return { used: 'verb', tagged: false };
  // "Commission the service in May.", "Review the plan.": an order to do it.
  // (Not re-tagged: the tagger reads an order's first word as a noun as often as not.)
  if (opensCommand(place) && takesVerb(place, termPos)) return { used: 'verb', tagged: false };
  const mixed = candidates.some((c) => c.pos !== undefined && c.pos !== termPos);
  const headword =
    place.value.kind === 'glossary' ? place.value.entry.term : place.value.item.phrases[0];
  const variant =
    place.inflection === 'base' && headword !== undefined && wordKey(matched) !== wordKey(headword);
  // "Step-down", "a roll-out": a verb of two words written with a hyphen is a noun.
  if (
    termPos === 'verb' &&
    headword?.includes(' ') === true &&
    /[-‐‑]/.test(matched) &&
    !/[-‐‑]/.test(headword)
  ) {
    return { used: 'noun', tagged: false };
  }
  // Cheap signs that a one-word term is used as another part of speech than
  // its headword's: "a safeguard" (a noun after "a"), "to review" (a verb after
  // "to"). Then the tags decide.
  const previous = wordBefore(place, 1) ?? '';
  const other =
    place.inflection === 'base' &&
    ((termPos === 'verb' && DETERMINERS.has(previous)) ||
      (termPos === 'noun' && VERB_BEFORE.has(previous)));
  // An adjective with a phrase for an alternative: whether it stands before a
  // noun decides whether the phrase fits.
  const phrasal = termPos === 'adjective' && candidates.some((c) => c.text.includes(' '));
  if (termPos !== undefined && !mixed && !variant && !other && place.inflection !== 'ing') {
    // Used as the entry says; an adjective's phrases are still checked where they go.
    return { used: termPos, tagged: phrasal };
  }
  // A phrase of several words is used as the entry says ("invitation to
  // tender" is a noun though its last word is a verb).
  if (termPos !== undefined && !mixed && place.last > place.first) {
    return { used: termPos, tagged: false };
  }
  // Alternatives of more than one part of speech ("purchase": buy, or a
  // purchase): the word before often says which, without tagging.
  // (For a term of several words too: "we will dip sample ten files".)
  if (mixed && !variant && place.inflection !== 'ing') {
    // (Not for an adjective, which comes after "a" too: "an evidence-based model".)
    if (DETERMINERS.has(previous) && termPos !== 'adjective')
      return { used: 'noun', tagged: false };
    // "an annual uplift": "a" or "an" one word back starts a noun phrase.
    const twoBack = wordBefore(place, 2);
    if ((twoBack === 'a' || twoBack === 'an') && termPos !== 'adjective') {
      return { used: 'noun', tagged: false };
    }
    const next = place.input.text.words[place.last + 1]?.text.toLowerCase();
    // "we endeavour to", "staff endeavour to": a verb before "to".
    if (place.inflection !== 'past' && (VERB_BEFORE.has(previous) || next === 'to')) {
      return { used: 'verb', tagged: false };
    }
    // "the council commissions care", "she commissions it": a verb, not a plural.
    if (
      (place.inflection === 'plural' || place.inflection === 'third-person') &&
      BEFORE_THIRD_PERSON.has(previous)
    ) {
      return { used: 'verb', tagged: false };
    }
  }
  return { used: usedAs(place, termPos) ?? termPos, tagged: true };
}

/**
 * The word `back` words before the term, in small letters, if it is in the
 * term's sentence ("a manager. Commission the service": no "a" before
 * "Commission").
 */
export function wordBefore(place: Place, back: number): string | undefined {
  const { input } = place;
  const sentence = input.text.sentences[sentenceOf(input, place.first)];
  const index = place.first - back;
  if (sentence === undefined || index < sentence.firstWord) return undefined;
  return input.text.words[index]?.text.toLowerCase();
}

/** "the", "our", "this": words that start a noun phrase. */
export const DETERMINERS: ReadonlySet<string> = new Set(grammar.determiners);
const VERB_BEFORE: ReadonlySet<string> = new Set(grammar.beforeVerb);
const BEFORE_THIRD_PERSON: ReadonlySet<string> = new Set(grammar.beforeThirdPerson);
const PARTICLES: ReadonlySet<string> = new Set(grammar.particles);
const OBJECT_PRONOUNS: ReadonlySet<string> = new Set(grammar.objectPronouns);

/** The form an alternative of part of speech `pos` takes in place of the term. */
function formFor(place: Place, pos: PartOfSpeech): Form | null {
  const how = place.inflection;
  if (pos === 'verb') {
    if (how === 'plural' || how === 'third-person') return 'third-person';
    if (how === 'past') {
      if (wantsParticiple(place.input.text.words, place.first)) return 'participle';
      if (readsAsParticiple(place)) return 'participle';
      // Most verbs' past tense is their participle; only for "began/begun"
      // does it matter whether "___ services" reads as an adjective.
      return tagOf(place.input, place.last) === 'ADJ' ? 'participle' : 'past';
    }
    if (how === 'ing') return 'ing';
    // A term that is itself an -ing word, used as a verb: "We are deprescribing
    // his statin" → "stopping", not "stop".
    const last = place.input.text.words[place.last]?.text ?? '';
    return how === 'base' && /\p{L}{3}ing$/iu.test(last) ? 'ing' : 'base';
  }
  if (pos === 'noun') {
    if (how === 'plural') return 'plural';
    // A noun cannot stand for a past tense ("was commissioned" → "was buying").
    if (how === 'past') return null;
    return 'base';
  }
  return 'base';
}

/** Whether an alternative of part of speech `pos` can stand where the term is used as `used`. */
function compatible(pos: PartOfSpeech, used: PartOfSpeech | undefined, how: Inflection): boolean {
  if (used === undefined || pos === 'phrase' || pos === used) return true;
  // "personalised services": a participle used as an adjective.
  if (pos === 'verb' && used === 'adjective') return how === 'past' || how === 'ing';
  // "commissioning is changing": an -ing form used as a noun.
  if (pos === 'verb' && used === 'noun') return how === 'ing';
  return false;
}

const NOUNISH = new Set(['NOUN', 'PROPN', 'PRON', 'NUM']);
/** Tags that make words a phrase rather than a word before a noun. */
/** Words that can stand before a noun to describe it. */
const DESCRIBING_TAGS: ReadonlySet<Tag> = new Set<Tag>(['NOUN', 'PROPN', 'ADJ']);
const PHRASE_TAGS = new Set(['ADP', 'PRON', 'AUX', 'SCONJ', 'PART', 'VERB']);
/** Tags that cannot start a noun phrase. */
const NOT_NOUN_START = new Set(['AUX', 'ADP', 'SCONJ', 'PART', 'CCONJ', 'ADV']);
const NOUN_PHRASE_START = new Set(['NOUN', 'PROPN', 'ADJ', 'NUM', 'ADV', 'VERB']);
const VERBISH = new Set(['VERB', 'AUX']);

/** Whether the words put in keep the part of speech of the words they replace. */
function keepsPart(
  tags: readonly Tag[],
  used: PartOfSpeech | undefined,
  form: Form,
  gerund: boolean,
): boolean {
  if (tags.length === 0 || used === undefined) return true;
  const first = tags[0] as Tag;
  switch (used) {
    case 'verb':
      // An -ing form may be read as a noun ("blacking out the records": a gerund).
      return (
        VERBISH.has(first) ||
        (form === 'participle' && first === 'ADJ') ||
        (form === 'ing' && (first === 'NOUN' || first === 'PROPN' || first === 'ADJ'))
      );
    case 'noun': {
      // A noun phrase ends with its noun ("tailored support", "joined-up care"),
      // starts with one ("help to get online"), or is an -ing phrase ("working together").
      // The tagger often reads a noun such as "help" as a verb, so only words
      // that cannot start a noun phrase rule one out ("to", "what", "is").
      if (first === 'VERB' && !gerund) {
        const last = tags[tags.length - 1] as Tag;
        return NOUNISH.has(last) || tags.length > 1;
      }
      return !NOT_NOUN_START.has(first);
    }
    case 'adjective':
      // "was without enough members": a phrase can stand after "was" (before
      // a noun it cannot: see `fits`).
      return first !== 'DET' && first !== 'PRON' && first !== 'AUX';
    default:
      return true;
  }
}

/** The value of a match, compared with `own`: the same entry or list item. */
function sameValue(a: PhraseValue, b: PhraseValue): boolean {
  if (a.kind === 'glossary' && b.kind === 'glossary') return a.entry.id === b.entry.id;
  if (a.kind !== 'glossary' && b.kind !== 'glossary') return a.item.id === b.item.id;
  return false;
}

/** Whether a match in a checked sentence would be reported in this profile. */
function reported(value: PhraseValue, profile: ProfileName): boolean {
  return value.kind !== 'glossary' || value.entry.audiences.includes(profile);
}

/** At most this many replacements are offered for one finding (checking each costs a reading). */
const MAX_SUGGESTIONS = 3;

/** Per compiled glossary: whether a replacement's own words could be flagged. */
const flaggable = new WeakMap<CompiledLists, Map<string, boolean>>();

/**
 * Whether the words of a replacement make a finding on their own. The same
 * alternatives come up again and again, so the answer is kept.
 */
function mayBeFlagged(lists: CompiledLists, replacement: string): boolean {
  let known = flaggable.get(lists);
  if (!known) {
    known = new Map();
    flaggable.set(lists, known);
  }
  let answer = known.get(replacement);
  if (answer === undefined) {
    answer = lists.matcher.match(analyseText(replacement).parts).length > 0;
    if (known.size > 50_000) known.clear();
    known.set(replacement, answer);
  }
  return answer;
}

/** Words either side of a replacement that are read again to check it. */
const WINDOW_WORDS = 5;

/**
 * Applies `replacement` and reads the words around it again: no word
 * Plainly would flag where it went in (nor the term itself again), the same
 * part of speech there, and a/an agreeing with it. Only a few words either
 * side are read, which is all a phrase or a tag there depends on.
 */
function fits(
  place: Place,
  replacement: string,
  used: PartOfSpeech | undefined,
  form: Form,
): boolean {
  if (replacement === '') return true;
  const { input } = place;
  const text = input.text.text;
  const words = input.text.words;
  const sentence = input.text.sentences[sentenceOf(input, place.first)];
  const firstWord = sentence?.firstWord ?? 0;
  const endWord = sentence?.endWord ?? words.length;
  const lo = Math.max(firstWord, place.first - WINDOW_WORDS);
  const hi = Math.min(endWord - 1, place.last + WINDOW_WORDS);
  const from = Math.min((words[lo] as Word).start, place.start);
  const to = Math.max((words[hi] as Word).end, place.end);
  const before = text.slice(from, place.start);
  const after = text.slice(place.end, to);
  const changed = before + replacement + after;
  const insertStart = before.length;
  const insertEnd = insertStart + replacement.length;
  if (!articleAgrees(before, replacement)) return false;
  if (phraseBeforeNoun(place, replacement)) return false;
  if (repeatsNearby(place, replacement)) return false;
  if (gerundBeforeOf(place, replacement)) return false;
  const suspect = mayMakeFinding(place, replacement, before, after);
  if (!suspect && used === undefined) return true;
  const parsed = analyseText(changed);
  if (suspect && flagsNewWords(place, parsed, insertStart, insertEnd)) return false;

  if (used === undefined) return true;
  const inserted: number[] = [];
  parsed.words.forEach((word, index) => {
    if (word.start >= insertStart && word.end <= insertEnd) inserted.push(index);
  });
  // "an evidence-based model" → "a proven model": the article that came in
  // with the replacement stands for the old one, not for the term.
  if (/^an?\s/i.test(text.slice(place.start, place.end)) && /^an?\s/i.test(replacement)) {
    inserted.shift();
  }
  if (inserted.length === 0) return true;
  const tags = tagWords(
    changed,
    parsed.words,
    0,
    parsed.words.length,
    0,
    changed.length,
    lo === firstWord,
  );
  const own = inserted.map((index) => tags[index] as Tag);
  const next = tags[(inserted[inserted.length - 1] as number) + 1];
  const previous = tags[(inserted[0] as number) - 1];
  return tagsFit(own, previous, next, before, replacement, used, form);
}

/** Whether the words of `replacement` stand elsewhere in the term's sentence, whole. */
function saidInSentence(place: Place, replacement: string): boolean {
  const { text } = place.input.text;
  const sentence = place.input.text.sentences[sentenceOf(place.input, place.first)];
  if (sentence === undefined) return false;
  const said = (part: string) => {
    const lower = part.toLowerCase();
    const at = lower.indexOf(replacement.toLowerCase());
    return (
      at !== -1 && !/\p{L}/u.test(lower.charAt(at - 1) + lower.charAt(at + replacement.length))
    );
  };
  return said(text.slice(sentence.start, place.start)) || said(text.slice(place.end, sentence.end));
}

/**
 * "Procurement of the service" → "Buying of the service": a verb's -ing form
 * takes its object without "of", unless "the" or another determiner makes
 * it a noun ("the buying of the service").
 */
function gerundBeforeOf(place: Place, replacement: string): boolean {
  const { words } = place.input.text;
  if (words[place.last + 1]?.text.toLowerCase() !== 'of') return false;
  if (!/^\p{L}{2,}ing$/u.test(replacement)) return false;
  return !DETERMINERS.has(words[place.first - 1]?.text.toLowerCase() ?? '');
}

/** Words that start a term's own phrase after it ("integration of", "contribution towards"). */
const COMPLEMENT_STARTS: ReadonlySet<string> = new Set(nounPhrases.complementStarts);

/** How many words after the term a replacement's own words may not come again. */
const REPEAT_WINDOW = 4;

/**
 * Whether the replacement says again a word beside it: the word before the
 * term at its start ("care care company"), or the term has a phrase of its
 * own after it ("integration of …",
 * "contribution towards …") that the replacement cannot take: one that
 * ends without its noun ("working together of services"), or one whose
 * words the phrase already holds ("joined-up care of health and social
 * care", "your share of the cost towards the cost of care"). Small words
 * do not count.
 */
function repeatsNearby(place: Place, replacement: string): boolean {
  const { words } = place.input.text;
  const next = words[place.last + 1]?.text.toLowerCase() ?? '';
  // "domiciliary care provider" is never "domiciliary care care company": the
  // word before the term said again at the replacement's start (in its sentence).
  const previous = wordBefore(place, 1);
  const first = /^[\p{L}'’-]+/u.exec(replacement)?.[0].toLowerCase();
  if (previous !== undefined && previous.length >= 3 && previous === first) return true;
  // "a personal alarm or telecare device, such as a pendant alarm" is never
  // "such as a personal alarm": the sentence has said those words already.
  if (replacement.includes(' ') && saidInSentence(place, replacement)) return true;
  // "our integrated commissioning plan" is never "our joint planning and
  // buying plan": the noun after the term is said again.
  // (A plural term describes no noun: "navigators work" is a verb after it.)
  if (
    place.inflection !== 'plural' &&
    next.length >= 4 &&
    !PREPOSITIONS.has(next) &&
    saysAgain(replacement, next) &&
    tagOf(place.input, place.last + 1) === 'NOUN'
  ) {
    return true;
  }
  // "acute and community hospitals" is never "hospital and community hospitals":
  // the noun the two words share is said again.
  if ((next === 'and' || next === 'or') && place.inflection !== 'plural') {
    for (let i = place.last + 2; i <= place.last + 4 && i < words.length; i++) {
      const word = (words[i] as Word).text.toLowerCase();
      if (word.length >= 4 && saysAgain(replacement, word) && tagOf(place.input, i) === 'NOUN') {
        return true;
      }
    }
  }
  if (!COMPLEMENT_STARTS.has(next)) return false;
  // "working together of services": a phrase that ends without its noun takes no "of".
  const last = replacement.toLowerCase().split(' ').pop() ?? '';
  if (replacement.includes(' ') && (NOT_NOUN_WORDS.has(last) || /ly$/.test(last))) return true;
  const own = new Set(
    replacement
      .toLowerCase()
      .split(/[^\p{L}]+/u)
      .filter((word) => word.length >= 4 && !PREPOSITIONS.has(word)),
  );
  if (own.size === 0) return false;
  const sentence = place.input.text.sentences[sentenceOf(place.input, place.first)];
  const to = Math.min(sentence?.endWord ?? words.length, place.last + 2 + REPEAT_WINDOW);
  for (let i = place.last + 2; i < to; i++) {
    if (own.has((words[i] as Word).text.toLowerCase())) return true;
  }
  return false;
}

/** Whether a word of the replacement is `word` or one of its forms ("planning", "plan"). */
function saysAgain(replacement: string, word: string): boolean {
  return replacement
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .some(
      (own) =>
        own.length >= 4 && !PREPOSITIONS.has(own) && (own.startsWith(word) || word.startsWith(own)),
    );
}

/** Words that make an alternative a phrase of its own ("help to speak up", "people who buy"). */
const CLAUSE_WORDS: ReadonlySet<string> = new Set(nounPhrases.clauseWords);
/** Nouns that cannot describe the noun after them: "the person group". */
const NOT_DESCRIBING: ReadonlySet<string> = new Set(nounPhrases.notDescribing);

/**
 * Whether a noun term describes the noun after it ("an advocacy service")
 * and the replacement is a phrase that cannot: "a help to speak up
 * service". The sentence is tagged only for such phrases.
 */
function phraseBeforeNoun(place: Place, replacement: string): boolean {
  const pos = posOf(place);
  // A phrase term after "our" or "the" is used as a noun too ("our
  // preparing for adulthood team").
  const previous = wordBefore(place, 1) ?? '';
  if (pos !== 'noun' && !(pos === 'phrase' && DETERMINERS.has(previous))) return false;
  if (!isPhraseOfItsOwn(replacement)) return false;
  if (place.inflection !== 'base') return false;
  const next = place.last + 1;
  const sentence = place.input.text.sentences[sentenceOf(place.input, place.first)];
  if (sentence === undefined || next >= sentence.endWord) return false;
  // Only a noun right after the term, with nothing between, can be one it
  // describes: small words and punctuation say no without tagging.
  const nextWord = place.input.text.words[next] as Word;
  const lower = nextWord.text.toLowerCase();
  if (!/^ $/.test(place.input.text.text.slice(place.end, nextWord.start))) return false;
  if (NOT_A_NOUN_AFTER.has(lower)) return false;
  // A word in -s may be a verb the tagger takes for a noun ("the care
  // recipient lives in"): it is a noun here only when the end of the
  // sentence, or a word such as "are" or "will", comes after it ("personal
  // care calls are"). Read from the words, not the tags: most sentences are
  // never tagged.
  if (/s$/i.test(place.input.text.words[next]?.text ?? '')) {
    const after = place.input.text.words[next + 1]?.text.toLowerCase();
    // At the end of a sentence it is the verb only where the term opens the
    // sentence, after "the" or "her" at most: "Her EHC plan lasts."
    if (after === undefined || next + 1 >= sentence.endWord) {
      return !opensSentence(place, sentence.firstWord);
    }
    if (VERB_AFTER_NOUN.has(after)) return true;
    // "lives in", "works with the": the word in -s is the verb.
    if (PREPOSITIONS.has(after) || DETERMINERS.has(after) || after === 'and' || after === 'or') {
      return false;
    }
    // "workers help people", "groups meet weekly": the tags say.
    const tag = tagOf(place.input, next + 1);
    return tagOf(place.input, next) === 'NOUN' && (tag === 'VERB' || tag === 'AUX');
  }
  return tagOf(place.input, next) === 'NOUN';
}

/** Whether only words such as "the" or "her" come before the term in its sentence. */
function opensSentence(place: Place, firstWord: number): boolean {
  const { words } = place.input.text;
  for (let index = firstWord; index < place.first; index++) {
    if (!DETERMINERS.has((words[index] as Word).text.toLowerCase())) return false;
  }
  return true;
}

/** Words that join a pair: "planning and buying". */
const PAIRED: ReadonlySet<string> = new Set(['and', 'or']);

/**
 * Whether an alternative is a phrase of its own, which cannot describe a
 * noun after it: one with a word such as "to", "who" or "we" ("help to
 * speak up", "person we support"), a list ("help with washing, dressing
 * and …"), a verb's -ing form with two or more words after it ("helping
 * people keep their homes"), an -ing word with its object after a noun
 * ("care using technology"), or a noun such as "person" that never
 * describes another ("the person group").
 */
function isPhraseOfItsOwn(replacement: string): boolean {
  const words = replacement.toLowerCase().split(' ');
  if (words.some((word) => CLAUSE_WORDS.has(word) || NOT_DESCRIBING.has(word))) return true;
  if (replacement.includes(',')) return true;
  if (words.length > 2 && /..ing$/.test(words[0] as string)) return true;
  // "care using technology": an -ing word with its own object after the noun
  // (not one of a pair: "joint planning and buying").
  return words.some(
    (word, i) =>
      i > 0 &&
      i < words.length - 1 &&
      /..ing$/.test(word) &&
      !DESCRIBING_ING.has(word) &&
      !PAIRED.has(words[i - 1] as string) &&
      !PAIRED.has(words[i + 1] as string),
  );
}

/**
 * Whether "a" or "an" just before agrees with the replacement (one that
 * starts with its own article took the old one in).
 */
function articleAgrees(before: string, replacement: string): boolean {
  const article = /\b(an?)\s+$/i.exec(before);
  if (article && !/^an?\s/i.test(replacement)) {
    const first = /^[\p{L}\p{N}]+/u.exec(replacement)?.[0] ?? '';
    if (first !== '' && (article[1]?.toLowerCase() === 'an') !== takesAn(first)) return false;
  }
  return true;
}

/**
 * Whether the new words could make a finding at all: their own words first
 * (cheap), and only then the words around them, for a phrase that starts
 * before the new words and runs into them ("co-ordinated care" + "plan"), or
 * starts in them and runs on into the next word.
 */
function mayMakeFinding(place: Place, replacement: string, before: string, after: string): boolean {
  const matcher = place.context.lists.matcher;
  const wordBefore = lastWordOf(before);
  const wordAfter = /^[\s,]*([\p{L}\p{N}'’-]+)/u.exec(after)?.[1];
  const newWords = replacement.split(/\s+/).filter((word) => word !== '');
  return (
    mayBeFlagged(place.context.lists, replacement) ||
    (wordBefore !== undefined &&
      newWords.length > 0 &&
      matcher.couldRunAcross([wordBefore, newWords[0] as string])) ||
    (wordAfter !== undefined &&
      newWords.some((_, i) => matcher.couldRunAcross([...newWords.slice(i), wordAfter])))
  );
}

/**
 * Whether the changed words (`parsed`) have a finding on the new words
 * (`insertStart`–`insertEnd`): the term itself again, or a word reported in
 * this profile and meant in its jargon sense there.
 */
function flagsNewWords(
  place: Place,
  parsed: BlockText,
  insertStart: number,
  insertEnd: number,
): boolean {
  // The words around, read as a little block of their own.
  const window: BlockInput = {
    block: place.input.block,
    text: parsed,
    matches: [],
    stoppedByWordBefore: [],
    runningOn: [],
    sentenceCounts: [],
    ageCache: [],
    tagCache: [],
    proseCache: [],
  };
  for (const match of place.context.lists.matcher.match(parsed.parts)) {
    if (match.end <= insertStart || match.start >= insertEnd) continue;
    if (sameValue(match.value, place.value)) return true;
    if (!reported(match.value, place.context.profile.name)) continue;
    // A word in its everyday sense there is fine ("additional needs"), and so
    // is one Plainly would only wonder about ("a review of the scheme").
    const first = wordAt(parsed.words, match.start);
    const last = wordAt(parsed.words, match.end - 1);
    const pos = match.value.kind === 'glossary' ? match.value.entry.pos : match.value.item.pos;
    if (jargonSense(window, match.value.senses, first, last, match.inflection, pos) === 'jargon') {
      return true;
    }
  }
  return false;
}

/**
 * Whether the new words' tags (`own`, between the tags `previous` and
 * `next`) fit where they go, used as `used`.
 */
function tagsFit(
  own: readonly Tag[],
  previous: Tag | undefined,
  next: Tag | undefined,
  before: string,
  replacement: string,
  used: PartOfSpeech,
  form: Form,
): boolean {
  // Before the noun it describes ("her demented mother"), or before another
  // word that describes it ("non-ambulant disabled residents"), an
  // adjective's place takes a word or two, not a phrase ("her living with
  // dementia mother", "unable to walk disabled residents"). Two words joined
  // by "and" or "or" still fit there ("the county and district arrangement").
  const pair =
    own.length === 3 &&
    own[1] === 'CCONJ' &&
    DESCRIBING_TAGS.has(own[0] as Tag) &&
    DESCRIBING_TAGS.has(own[2] as Tag);
  if (
    used === 'adjective' &&
    (next === 'NOUN' || next === 'PROPN' || next === 'ADJ') &&
    !pair &&
    !countsNoun(replacement) &&
    (own.length > 2 || own.some((tag) => PHRASE_TAGS.has(tag)))
  ) {
    return false;
  }
  const gerund = /^\p{L}+ing\b/iu.test(replacement);
  // "There are working together": an -ing phrase right after "are" reads as a verb.
  if (
    gerund &&
    used === 'noun' &&
    /\b(?:am|is|are|was|were|be|been|will|would|can|could)\s+$/i.test(before)
  ) {
    return false;
  }
  if (!keepsPart(own, used, form, gerund)) return false;
  // After "the", "better", "three": a noun phrase must go on with a noun or
  // an adjective ("better results", not "better what you want").
  return !(
    used === 'noun' &&
    (previous === 'DET' || previous === 'ADJ' || previous === 'NUM') &&
    !NOUN_PHRASE_START.has(own[0] as Tag)
  );
}

const NOT_QUANTIFIERS: ReadonlySet<string> = new Set(grammar.notQuantifiers);
const DESCRIBING_ING: ReadonlySet<string> = new Set(grammar.describingIng);

/** "not enough", "not many": counts the noun after it, as a determiner does, so it fits before one. */
function countsNoun(replacement: string): boolean {
  const [not, word, ...rest] = replacement.toLowerCase().split(/\s+/);
  return not === 'not' && rest.length === 0 && word !== undefined && NOT_QUANTIFIERS.has(word);
}

const WORD_CHAR = /[\p{L}\p{N}'’-]/u;

/**
 * The last word of `text` (letters, digits, apostrophes, hyphens), before
 * any white space at its end; read backwards, so it costs the word's length,
 * not the text's.
 */
function lastWordOf(text: string): string | undefined {
  let end = text.length;
  while (end > 0 && /\s/.test(text.charAt(end - 1))) end--;
  let start = end;
  while (start > 0 && isWordChar(text.charCodeAt(start - 1))) start--;
  return start < end ? text.slice(start, end) : undefined;
}

/** `WORD_CHAR` for one character, without the regular expression for plain ASCII letters and digits. */
function isWordChar(code: number): boolean {
  if ((code | 32) >= 97 && (code | 32) <= 122) return true;
  if (code >= 48 && code <= 57) return true;
  if (code < 128) return code === 39 || code === 45;
  return WORD_CHAR.test(String.fromCharCode(code));
}

/** What `fittedSuggestions` gives back. */
export interface Fitted {
  suggestions: Suggestion[];
  /**
   * Where the replacements start: the term, or the "a"/"an" before it when
   * an alternative needs the other one ("an individual" → "a person").
   */
  start: number;
  /** Where they end: the term, or the apostrophe after it ("service users'" → "people's"). */
  end: number;
}

/**
 * The suggestions to offer in place of a term: each alternative that fits
 * the way the term is used here, put in the term's form, and checked by
 * applying it to the sentence. `termPos` is the term's own part of speech.
 */
export function fittedSuggestions(
  place: Place,
  candidates: readonly Candidate[],
  termPos: PartOfSpeech | undefined,
): Fitted {
  const { input } = place;
  const text = input.text.text;
  const none: Fitted = { suggestions: [], start: place.start, end: place.end };
  if (candidates.length === 0) return none;
  const matched = text.slice(place.start, place.end);
  // The sentence is tagged (once, and kept with its paragraph) to choose
  // alternatives by part of speech and to check each one where it goes.
  const { used, tagged } = howUsed(place, candidates, termPos, matched);
  const possessive = possessiveOf(matched, input, place.end);
  const article = /(?:^|[\s(])(an?)(\s+)$/i.exec(
    text.slice(Math.max(0, place.start - 8), place.start),
  );
  // "escalate it": the object pronoun after the term, read once for both steps.
  const pronoun = objectPronounAfter(place);
  const object = withObject(
    place,
    formsToTry(place, candidates, used, matched, possessive, pronoun !== undefined),
    pronoun,
  );
  const made = object.made;
  // "an individual" → "a person": the replacement takes in the article.
  const start = article && article[1] ? articleStart(place, article, made) : place.start;
  const capital = start !== place.start && /^\p{Lu}/u.test(article?.[1] ?? '');
  // A plural possessive's apostrophe comes after the match: take it in.
  const end = possessive?.plural ? place.end + possessive.ending.length : object.end;
  const out: Suggestion[] = [];
  for (const { text: fittedText, form } of made) {
    if (out.length === MAX_SUGGESTIONS) break;
    const replacement = start === place.start ? fittedText : withArticle(fittedText, capital);
    if (breaksPair(place, fittedText)) continue;
    if (!fits({ ...place, start, end }, replacement, tagged ? used : undefined, form)) continue;
    out.push({ kind: 'replace', text: replacement });
  }
  return { suggestions: out, start, end };
}

/** Words that join two of a kind. */
const JOINS: ReadonlySet<string> = new Set(['and', 'or']);

/** A word without a plural s, to compare two words' heads. */
function head(word: string): string {
  return word.toLowerCase().replace(/(?<=[^s])s$/, '');
}

/**
 * Whether a replacement would break a pair the term is half of: "one-to-one or
 * two-to-one support" shares "support" with the word before "or", so
 * "support from two workers" there leaves "one-to-one or support from two
 * workers"; "promoting independence and wellbeing" shares "promoting" with
 * the word after "and", so "helping people do more for themselves and
 * wellbeing" breaks it. A replacement that keeps the term's last word where
 * it was (at its end) keeps the pair whole.
 */
function breaksPair(place: Place, replacement: string): boolean {
  if (place.last === place.first) return false;
  const { input } = place;
  const { words, text } = input.text;
  const firstWord = words[place.first] as Word;
  const lastWord = words[place.last] as Word;
  if (head(replacement.split(/\s+/).at(-1) ?? '') === head(lastWord.text)) return false;
  const only = (from: Word | undefined, to: Word | undefined) =>
    from !== undefined && to !== undefined && /^\s+$/.test(text.slice(from.end, to.start));
  // Before: a describing word, then "and" or "or", then the term.
  const join = words[place.first - 1];
  const other = words[place.first - 2];
  if (
    join &&
    other &&
    JOINS.has(join.text.toLowerCase()) &&
    only(other, join) &&
    only(join, firstWord) &&
    (/[-‐‑]/.test(other.text) || tagOf(input, place.first - 2) === 'ADJ')
  ) {
    return true;
  }
  // After: a term that starts with a verb, then "and" or "or", then a noun it also takes.
  const joinAfter = words[place.last + 1];
  const next = words[place.last + 2];
  return (
    joinAfter !== undefined &&
    next !== undefined &&
    JOINS.has(joinAfter.text.toLowerCase()) &&
    only(lastWord, joinAfter) &&
    only(joinAfter, next) &&
    /ing$/i.test(firstWord.text) &&
    !DETERMINERS.has(next.text.toLowerCase()) &&
    tagOf(input, place.last + 2) === 'NOUN'
  );
}

/**
 * Each alternative that can stand where the term is used, in the form it
 * takes there (possessive, and with a capital at the start of a sentence),
 * without repeats: the replacements to check, in the entry's order.
 */
function formsToTry(
  place: Place,
  candidates: readonly Candidate[],
  used: PartOfSpeech | undefined,
  matched: string,
  possessive: { ending: string; plural: boolean } | undefined,
  /** An object pronoun follows the term ("escalate it"). */
  pronounAfter: boolean,
): Made[] {
  const { input } = place;
  const text = input.text.text;
  // A capital at the start of a sentence, or where the writer gave one after a
  // label's colon or a dash ("Thursday: Provider confirmed" → "Care company").
  const atSentenceStart =
    input.text.words[place.first]?.start === place.start &&
    (startsSentence(input, place.first) ||
      /[:–—]\s*$/.test(text.slice(Math.max(0, place.start - 4), place.start)));
  const made: Made[] = [];
  const seen = new Set<string>();
  // Where the term is used as a noun and the entry has noun alternatives,
  // those are meant, not its verbs made into -ing nouns.
  const nounsGiven = used === 'noun' && candidates.some((c) => c.pos === 'noun');
  // Worked out only for an alternative whose number differs from the term's
  // (it may tag the sentence).
  let number: 'plural' | 'singular' | 'unknown' | undefined;
  for (const candidate of candidates) {
    const pos = candidate.pos ?? used ?? 'phrase';
    if (!compatible(pos, used, place.inflection)) continue;
    if (nounsGiven && pos === 'verb') continue;
    let form = formFor(place, pos);
    if (form === null) continue;
    // An -ing term whose alternatives are written in -ing already ("dealing with").
    if (form === 'ing' && place.inflection === 'base' && /^\p{L}+ing\b/iu.test(candidate.text)) {
      form = 'base';
    }
    // "escalate it" is never "pass on it", "implement it" never "put in place it":
    // such a verb takes the pronoun inside it, if every alternative is a verb.
    const split = pos === 'verb' && pronounAfter && splitsAroundObject(candidate.text);
    // A verb's -ing noun has no plural: "commissions" is never "buyings".
    if (form === 'plural' && pos === 'noun' && isGerundOf(candidate.text, candidates)) continue;
    let fitted: string;
    if (possessive) {
      const pronoun = POSSESSIVE_PRONOUNS[candidate.text.toLowerCase()];
      // "the service user's name" → "the your name" would keep "the": not offered.
      if (
        pronoun &&
        DETERMINER_BEFORE.test(text.slice(Math.max(0, place.start - 8), place.start))
      ) {
        continue;
      }
      if (pronoun) {
        fitted = pronoun;
      } else {
        // "the service user's plan" → "the person's plan"; a phrase with a clause cannot
        // take 's, nor one whose noun is not its last word ("person being looked after's",
        // "person being supported's").
        const words = candidate.text.split(' ');
        if (
          pos !== 'noun' ||
          /\s(?:who|that|which|we|you|they)\s/.test(` ${candidate.text} `) ||
          headOf(words) !== words.length - 1 ||
          words.slice(1).some((word) => /\p{L}ing$/iu.test(word))
        ) {
          continue;
        }
        form = possessive.plural ? 'plural' : 'base';
        fitted = inflectAlternative(candidate.text, pos, form);
        // "users'" → "people's": a plural without a final s takes 's too.
        fitted +=
          possessive.plural && !fitted.endsWith('s') ? `${possessive.ending}s` : possessive.ending;
      }
    } else {
      fitted = inflectAlternative(candidate.text, pos, form);
      // "Their care packages are" is never "their care are", nor "a respite stay" "a breaks …".
      const plural = pos === 'noun' && isPluralPhrase(fitted);
      if (pos === 'noun' && plural !== (place.inflection === 'plural')) {
        number ??= numberAround(place) ?? 'unknown';
        if (number !== 'unknown' && plural !== (number === 'plural')) continue;
      }
    }
    // A capital only where the sentence or a label's text starts ("GP surgery" mid-sentence stays as it is).
    if (atSentenceStart) fitted = matchCapital(fitted, matched);
    if (seen.has(fitted)) continue;
    seen.add(fitted);
    made.push({ text: fitted, form, verb: pos === 'verb', split });
  }
  return made;
}

/**
 * The object pronoun right after the term ("escalate it", "escalate her to
 * the team"), if there is one. "Her", "this" and "that" before a noun own
 * it or point to it ("escalate her concerns", "this concern"): then they are
 * not the object, and "pass on her concerns" is right.
 */
function objectPronounAfter(place: Place): Word | undefined {
  const { words, text } = place.input.text;
  const next = words[place.last + 1];
  if (next === undefined || !OBJECT_PRONOUNS.has(next.text.toLowerCase())) return undefined;
  if (!/^\s+$/.test(text.slice(place.end, next.start))) return undefined;
  if (!ALSO_DETERMINERS.has(next.text.toLowerCase())) return next;
  const after = words[place.last + 2];
  if (after === undefined || !/^\s+$/.test(text.slice(next.end, after.start))) return next;
  return OWNED_TAGS.has(tagOf(place.input, place.last + 2) as Tag) ? undefined : next;
}

/** Object pronouns that may stand before a noun as well ("her", "this", "that"). */
const ALSO_DETERMINERS: ReadonlySet<string> = new Set(
  grammar.objectPronouns.filter((word) => grammar.determiners.includes(word)),
);
/** Tags of a word that "her", "this" or "that" owns or points to. */
const OWNED_TAGS: ReadonlySet<Tag> = new Set(['NOUN', 'PROPN', 'ADJ', 'NUM']);

/**
 * Whether the term is a verb here with its object right after it ("we
 * co-produced the strategy", "we will disregard it", "reviewing packages of
 * care", "trained in safeguarding adults"): an explanation in brackets
 * there would stand between the verb and its object. The sentence is
 * tagged only when a pronoun or a determiner comes next, or a word that
 * may be a noun after a term that may be a verb.
 */
export function verbBeforeObject(place: Place): boolean {
  const next = place.input.text.words[place.last + 1];
  if (next === undefined) return false;
  if (!/^\s+$/.test(place.input.text.text.slice(place.end, next.start))) return false;
  const word = next.text.toLowerCase();
  if (OBJECT_PRONOUNS.has(word) || DETERMINERS.has(word)) {
    return (
      (opensCommand(place) && takesVerb(place, posOf(place))) ||
      tagOf(place.input, place.last) === 'VERB'
    );
  }
  if (!/^\p{Ll}/u.test(next.text) || NOT_A_NOUN_AFTER.has(word)) return false;
  if (sentenceOf(place.input, place.last + 1) !== sentenceOf(place.input, place.last)) return false;
  const last = (place.input.text.words[place.last] as Word).text;
  // A noun that no verb form could be ("reablement") is not tagged.
  if (place.inflection === 'base' && !/ing$/i.test(last) && !takesVerb(place, posOf(place))) {
    return false;
  }
  return (
    tagOf(place.input, place.last) === 'VERB' &&
    OWNED_TAGS.has(tagOf(place.input, place.last + 1) as Tag)
  );
}

/** The part of speech of the entry or word-list item matched. */
export function posOf(place: Place): PartOfSpeech | undefined {
  return place.value.kind === 'glossary' ? place.value.entry.pos : place.value.item.pos;
}

/** Whether the entry is a verb or has a verb among its alternatives ("review": "check"). */
function takesVerb(place: Place, termPos: PartOfSpeech | undefined): boolean {
  if (termPos === 'verb') return true;
  const alternatives =
    place.value.kind === 'glossary'
      ? place.value.entry.alternatives
      : place.value.item.alternatives;
  return alternatives.some((alternative) => alternative.pos === 'verb');
}

/**
 * "Commission the service in May.", "Sign off the plan.", "Review it.": a
 * sentence that opens with the term as written in the glossary, then "the",
 * "a" or "it", tells the reader to do it. The term is a verb there, though
 * the tagger, seeing a capital, often reads a noun.
 */
function opensCommand(place: Place): boolean {
  if (place.inflection !== 'base' || !startsSentence(place.input, place.first)) return false;
  const next = place.input.text.words[place.last + 1];
  if (next === undefined || !/^\s+$/.test(place.input.text.text.slice(place.end, next.start))) {
    return false;
  }
  const word = next.text.toLowerCase();
  return DETERMINERS.has(word) || OBJECT_PRONOUNS.has(word);
}

/** An alternative in the form it takes in place of the term. */
interface Made {
  text: string;
  form: Form;
  verb: boolean;
  /** A verb that puts the pronoun after the term inside it ("pass it on"). */
  split: boolean;
}

/**
 * "escalate it" → "pass it on", "disregard it" → "leave it out": where a verb
 * of several words must take the pronoun after the term inside it, the
 * replacements take in that pronoun, each alternative with it in its place
 * ("refer it", "pass it on"). Only where every alternative is a verb;
 * otherwise such verbs are not offered there.
 */
function withObject(
  place: Place,
  made: readonly Made[],
  pronoun: Word | undefined,
): { made: Made[]; end: number } {
  const takesIn = pronoun !== undefined && made.some((m) => m.split) && made.every((m) => m.verb);
  if (!takesIn) return { made: made.filter((m) => !m.split), end: place.end };
  const { words } = place.input.text;
  const after = words[place.last + 2]?.text.toLowerCase();
  return {
    // "bring it in in May" says "in" twice.
    made: made
      .filter((m) => !m.split || m.text.split(' ').at(-1)?.toLowerCase() !== after)
      .map((m) => {
        const space = m.text.indexOf(' ');
        const inside = m.split && space > 0;
        return {
          ...m,
          text: inside
            ? `${m.text.slice(0, space)} ${pronoun.text}${m.text.slice(space)}`
            : `${m.text} ${pronoun.text}`,
        };
      }),
    end: pronoun.end,
  };
}

/**
 * The number the words next to a noun term give it, when they say:
 * plural ("these packages", "packages are") or one ("a respite stay",
 * "respite is"). An alternative must then have the same.
 */
function numberAround(place: Place): 'plural' | 'singular' | undefined {
  const words = place.input.text.words;
  const before = words[place.first - 1]?.text.toLowerCase() ?? '';
  // "uptake of telecare has": the verb agrees with another word.
  const after = PREPOSITIONS.has(before) ? '' : (words[place.last + 1]?.text.toLowerCase() ?? '');
  if (place.inflection === 'plural') {
    if (PLURAL_VERBS.has(after) || PLURAL_BEFORE.has(before) || /^(?:[2-9]|\d{2,})$/.test(before)) {
      return 'plural';
    }
  } else if (place.inflection === 'base') {
    if (SINGULAR_VERBS.has(after) || SINGULAR_BEFORE.has(before)) return 'singular';
    // "Respite gives carers a break": a verb in -s after it (the sentence is tagged only then).
    if (/[^s]s$/.test(after) && tagOf(place.input, place.last + 1) === 'VERB') return 'singular';
  }
  return undefined;
}

/**
 * Whether a noun phrase is plural: its head is ("breaks" in "breaks from
 * caring", "people"), and it is not an -ing phrase ("taking many medicines").
 */
function isPluralPhrase(phrase: string): boolean {
  const words = phrase.toLowerCase().split(' ');
  // "taking many medicines": an -ing phrase is one thing; "turning records" is
  // not such a phrase ("turning" describes the records).
  if (/ing$/.test(words[0] ?? '') && !DESCRIBING_ING.has(words[0] ?? '')) return false;
  const head = words[headOf(words)] ?? '';
  if (IRREGULAR_PLURALS.has(head)) return true;
  // "diagnosis", "basis", "crisis": a word in -is is one thing.
  return /[^sui]s$/.test(head) && !UNCOUNTABLE.has(head) && !NOT_NOUN_WORDS.has(head);
}

/**
 * Whether a verb of several words puts a pronoun inside it: one that ends in
 * a particle ("pass it on", "set it up"), or of three words or more not
 * ending in a preposition ("put it in place"). "Look after them" and "get in
 * touch with them" take it after.
 */
function splitsAroundObject(text: string): boolean {
  const words = text.toLowerCase().split(' ');
  const last = words[words.length - 1] ?? '';
  if (words.length < 2) return false;
  if (PARTICLES.has(last)) return true;
  return words.length > 2 && !PREPOSITIONS.has(last);
}

/** Whether `text` is one word, the -ing form of a verb also offered ("buying" beside "buy"). */
function isGerundOf(text: string, candidates: readonly Candidate[]): boolean {
  if (!/^\p{L}+ing$/iu.test(text)) return false;
  return candidates.some(
    (other) => other.pos === 'verb' && inflectWord(other.text, 'ing') === text.toLowerCase(),
  );
}

/**
 * Where the replacements start: at the "a" or "an" before the term when an
 * alternative needs the other one ("an individual" → "a person"), or else
 * at the term.
 */
function articleStart(
  place: Place,
  article: RegExpExecArray,
  made: readonly { text: string }[],
): number {
  const said = article[1] ?? '';
  const an = said.toLowerCase() === 'an';
  const needsOther = made.some(({ text: t }) => {
    const first = /^[\p{L}\p{N}]+/u.exec(t)?.[0];
    return first !== undefined && takesAn(first) !== an && !POSSESSIVE_VALUES.has(t);
  });
  return needsOther ? place.start - (article[2] ?? ' ').length - said.length : place.start;
}

/** A replacement with the article it takes, "a" or "an", before it (capitalised when the old one was). */
function withArticle(fittedText: string, capital: boolean): string {
  const first = /^[\p{L}\p{N}]+/u.exec(fittedText)?.[0] ?? '';
  const word = takesAn(first) ? 'an' : 'a';
  const lowered = capital ? fittedText.charAt(0).toLowerCase() + fittedText.slice(1) : fittedText;
  return `${capital ? word.charAt(0).toUpperCase() + word.slice(1) : word} ${lowered}`;
}

const POSSESSIVE_VALUES = new Set(Object.values(POSSESSIVE_PRONOUNS));
const DETERMINER_BEFORE =
  /\b(?:the|a|an|this|that|these|those|our|their|your|his|her|its|my|each|every)\s+$/i;

/**
 * Whether deleting the words (and the space before them) leaves a good
 * sentence: not at the start of a sentence or next to a comma ("Going
 * forward, we will …" would leave ", we will …").
 */
export function canRemove(place: Place): boolean {
  const { text, sentences } = place.input.text;
  if (sentences.some((s) => s.start === place.start)) return false;
  const before = text.slice(Math.max(0, place.start - 2), place.start);
  const after = text.slice(place.end, place.end + 1);
  return /\s$/.test(before) && !/,\s*$/.test(before) && after !== ',';
}

/** The end of a definition's first sentence (not after a short abbreviation such as "St."). */
const FIRST_SENTENCE_END = /(?<!\b\p{Lu}\p{Ll}{0,2})[.!?]\s+(?=\p{Lu})/u;

/** Words after "who" or "that" that stay as they are when the noun is made plural ("who can"). */
const MODALS: ReadonlySet<string> = new Set(
  grammar.beforeVerb.filter((word) => !/^(?:i|we|you|they|to)$/.test(word)),
);
/** "who", "that" or "which" and the word after it. */
const RELATIVE_VERB = /\b(?:who|that|which)\s+([\p{L}'’-]+)/giu;
/** "and" or "or" before a word that may be a verb with -s ("who gets and manages"). */
const JOINED_S_VERB = /\b(?:and|or)\s+\p{Ll}+[^s\s]s\b/u;

/** A verb that agrees with one person or thing ("lives", "is"). */
function singularVerb(word: string): boolean {
  const lower = word.toLowerCase();
  return /[^s]s$/.test(lower) || SINGULAR_VERBS.has(lower);
}

/**
 * Whether a definition made plural ("A person who lives …" → "people who
 * live …") still agrees: no "who", "that" or "which" is left with a verb
 * for one ("workers at a clinic who gives"), the verb right after the
 * definition's own "who" or "that" could be made plural (not "a decision
 * that staff can show was reasonable"), and no second verb hangs on it
 * ("someone who gets and manages"). Otherwise the definition keeps its own
 * words, which read as well after a plural.
 */
function agreesInPlural(singular: string, plural: string, connector: string): boolean {
  // ("… for someone who looks after": that "who" is someone's.)
  const left = [...plural.matchAll(RELATIVE_VERB)].filter(
    (m) =>
      !/\b(?:someone|somebody|anyone|anybody|everyone|everybody)\s+$/i.test(
        plural.slice(0, m.index),
      ),
  );
  if (left.some((m) => singularVerb(m[1] ?? ''))) return false;
  // ("A check of income, savings and costs": "and costs" joins nouns, not verbs.)
  const joined = JOINED_S_VERB.test(singular);
  if (!/^(?:who|that|which)$/i.test(connector)) return !(joined && /\bwho\b/i.test(singular));
  const verb = [...singular.matchAll(RELATIVE_VERB)][0]?.[1] ?? '';
  return (singularVerb(verb) || MODALS.has(verb.toLowerCase())) && !joined;
}

/**
 * The text to insert after a term to explain it: ` (what it means)`. After a
 * plural ("her carers"), a definition that starts "A person who …" is made
 * plural too: "(people who …)". Where that would not agree, and the
 * definition speaks of one ("a machine with a seat that lifts …"), it says
 * which one it means: "Hoists (a hoist is a machine …)".
 */
export function explanation(
  definition: string,
  inflection: Inflection = 'base',
  /** The term as the glossary writes it, for one. */
  term?: string,
): string {
  // In brackets inside the writer's sentence, only the definition's first
  // sentence: the rest ("Councils and the NHS do this.") is for the card.
  let text = definition.trim();
  const end = FIRST_SENTENCE_END.exec(text);
  if (end) text = text.slice(0, end.index);
  text = text.replace(/[.!]+$/, '');
  const single =
    /^an?\s+([\p{L}'’-]+)\s+(who|that|which|with|in|of|from|at|aged|under|over|living)\s/iu.exec(
      text,
    );
  if (inflection === 'plural' && single) {
    const plural = inflectAt(text.split(' ').slice(1), 0, 'plural').join(' ');
    if (agreesInPlural(text, plural, single[2] ?? '')) text = plural;
  } else if (
    inflection === 'plural' &&
    /^(?:someone|somebody|anyone|anybody)\s+who\s/i.test(text)
  ) {
    // "carers (someone who looks after …)" → "(people who look after …)".
    const plural = inflectAt(['person', ...text.split(' ').slice(1)], 0, 'plural').join(' ');
    if (agreesInPlural(text, plural, 'who')) text = plural;
  }
  // Lower-case the first letter unless it starts a name or an abbreviation (`NHS …`).
  if (/^\p{Lu}(?:\p{Ll}|\s)/u.test(text)) text = text.charAt(0).toLowerCase() + text.slice(1);
  if (inflection === 'plural' && term !== undefined && SPEAKS_OF_ONE.test(text)) {
    const first = /^[\p{L}\p{N}]+/u.exec(term)?.[0] ?? '';
    return ` (${takesAn(first) ? 'an' : 'a'} ${term} is ${text})`;
  }
  return ` (${text})`;
}

/** A definition of one thing or person: "a machine …", "an amount …", "someone who …". */
const SPEAKS_OF_ONE = /^(?:an?|someone|somebody)\s/i;

/** Quotes a piece of text in a message. */
export function q(text: string): string {
  return `“${text}”`;
}
