/**
 * passive-voice: "it was agreed", "the plan will be reviewed" hide who
 * decided or who will act. A suggestion only, and only where the missing
 * actor matters: a decision, an action or a responsibility (verbs in
 * dictionaries/passive-voice.json `actorMatters`, and "it … that").
 * Everyday passives where nobody needs to
 * know who acted are left alone ("was born", "is entitled to", "the road was
 * closed after the storm"), and so are those that say who acted ("was
 * completed by the team"). A paragraph gets at most one finding.
 */
import acronyms from '../../../dictionaries/acronyms.json';
import grammar from '../../../dictionaries/grammar.json';
import passive from '../../../dictionaries/passive-voice.json';
import {
  baseCandidates,
  inflectionOf,
  inflectWord,
  isIrregularParticiple,
  pastParticiple,
} from '../../glossary/word-forms';
import type { Sentence, Word } from '../analyse';
import { inQuotes, isProse, isTimeWord } from '../prose';
import { tagOf } from '../context';
import { jargonSense } from '../senses';
import type { BlockInput, RawFinding } from './rule';
import { defineRule } from './rule';
import { q } from './suggest';

const BE = new Set(passive.beVerbs);
const BETWEEN = new Set(passive.between);
const NOT_PARTICIPLES = new Set(passive.notParticiples);
const IDIOMS = new Set(passive.idioms);
const EED_PARTICIPLES = new Set(passive.eedParticiples);
const ACTOR_MATTERS = new Set(passive.actorMatters);
const MODALS = passive.modals.map((modal) => modal.split(' '));
const PERSON_SUBJECTS: Readonly<Record<string, string>> = passive.personSubjects;
const TITLES: ReadonlySet<string> = new Set(acronyms.titles);
const BY_TIME = new Set(passive.byTime);
const ASK_READER = new Set(passive.askReader);
const ACTOR_ADVERBS: ReadonlySet<string> = new Set(passive.actorAdverbs);
const PERSON_NOUNS: ReadonlySet<string> = new Set(passive.personNouns);
const PARTICLES: ReadonlySet<string> = new Set(passive.particles);
const FORMULAS = passive.formulas.map((formula) => formula.split(' '));
const RECOMMENDATION_VERBS: ReadonlySet<string> = new Set(passive.recommendationVerbs);
const RECOMMENDATIONS = passive.recommendations.map((phrase) => phrase.split(' '));
const RESOLUTIONS: ReadonlySet<string> = new Set(passive.resolutions);
const PAST_BE: ReadonlySet<string> = new Set(['was', 'were']);
const MEETING_VERBS: ReadonlySet<string> = new Set(passive.meetingVerbs);
const TAKE_OBJECT: ReadonlySet<string> = new Set(passive.takeObject);

/** Whether one of `phrases` starts at word `after` (and ends by `end`). */
function phraseAt(
  phrases: readonly string[][],
  words: readonly Word[],
  after: number,
  end: number,
): boolean {
  return phrases.some(
    (phrase) =>
      after + phrase.length <= end &&
      phrase.every((part, i) => (words[after + i] as Word).text.toLowerCase() === part),
  );
}

/**
 * Whether the words from `after` make a set phrase of minutes ("as a correct
 * record"), or the participle and they a report's recommendation ("is asked
 * to note", or "is asked to:" before a list).
 */
function isFormula(
  words: readonly Word[],
  participle: string,
  after: number,
  end: number,
): boolean {
  if (phraseAt(FORMULAS, words, after, end)) return true;
  if (!RECOMMENDATION_VERBS.has(participle)) return false;
  // "The Board is asked to:" and then a list of recommendations.
  if (after + 1 === end && words[after]?.text.toLowerCase() === 'to') return true;
  return phraseAt(RECOMMENDATIONS, words, after, end);
}
/**
 * Determiners: passed over between "by" and a time ("by the end of May");
 * before a capitalised name they make it a thing ("the Work Programme").
 */
const DETERMINERS: ReadonlySet<string> = new Set(grammar.determiners);
/** The writer, as the subject of a passive: "we" would then act on "us". */
const WRITER: ReadonlySet<string> = new Set(passive.writers);
/** Subjects whose passives nobody needs an actor for: food and drink at a meeting, and what minutes record as a matter of form. */
const LEFT_ALONE_SUBJECTS: ReadonlySet<string> = new Set([
  ...passive.hospitality,
  ...passive.minutesSubjects,
  ...passive.indefiniteSubjects,
]);
/** How many words after the verb "by" may come and still say who acted. */
const BY_REACH = 6;

/**
 * Whether the glossary or a word list finds the verb at word `index` and
 * reads it in its everyday sense there ("the parcel was delivered", "milk
 * is delivered on Tuesdays"): then nobody needs to know who did it.
 */
function everydaySense(input: BlockInput, index: number): boolean {
  const word = input.text.words[index] as Word;
  for (const match of input.matches) {
    if (match.start > word.start || match.end < word.end) continue;
    const pos = match.value.kind === 'glossary' ? match.value.entry.pos : match.value.item.pos;
    return (
      jargonSense(input, match.value.senses, index, index, match.inflection, pos) === 'everyday'
    );
  }
  return false;
}

/**
 * Whether the participle at `index` describes the noun right after it
 * ("jobs are planned work", "these are funded places"), where its verb takes
 * no object of its own in the passive ("she was given money" does).
 */
/**
 * Whether the participle at `index` is no verb here: it describes the noun
 * after it ("Some jobs are planned work"), or starts a name ("are also
 * Approved Mental Health Professionals").
 */
function describesOrNames(input: BlockInput, index: number, verb: string | undefined): boolean {
  const word = input.text.words[index] as Word;
  if (
    /^\p{Lu}/u.test(word.text) &&
    /^\s+\p{Lu}/u.test(input.text.text.slice(word.end, word.end + 3))
  ) {
    return true;
  }
  return participleDescribesNoun(input, index, verb);
}

function participleDescribesNoun(
  input: BlockInput,
  index: number,
  verb: string | undefined,
): boolean {
  if (verb === undefined || TAKE_OBJECT.has(verb)) return false;
  const { words, text } = input.text;
  const next = words[index + 1];
  if (next === undefined || !/^\s+$/.test(text.slice((words[index] as Word).end, next.start))) {
    return false;
  }
  // ("was approved today", "was commissioned years ago": a time, not what it describes.)
  if (PARTICLES.has(next.text.toLowerCase()) || isTimeWord(next.text)) return false;
  return tagOf(input, index + 1) === 'NOUN';
}

/** Whether a word before `end` in the sentence asks the reader to act ("please"). */
function asksReader(words: readonly Word[], from: number, end: number): boolean {
  for (let index = from; index < end; index++) {
    if (ASK_READER.has((words[index] as Word).text.toLowerCase())) return true;
  }
  return false;
}

/**
 * Whether "by" after the verb names who acted ("was completed by the team"),
 * or a word right after it says who acts (`actorAdverbs`): then nothing is
 * hidden. "by March", "by the end of May", "by 5 June" give a time instead.
 */
function actorGiven(words: readonly Word[], after: number, end: number): boolean {
  // "is decided nationally", "is paid automatically": the word after says who acts, or that nobody does.
  if (after < end && ACTOR_ADVERBS.has((words[after] as Word).text.toLowerCase())) return true;
  // "are not offered on the NHS": a few words on, a phrase that says who acts.
  if (phraseWithin(words, after, end, ACTOR_PHRASES)) return true;
  // "approved by the council", or a few words on: "approved for a late licence by the council".
  let by = after;
  while (by < end && by - after < BY_REACH && (words[by] as Word).text.toLowerCase() !== 'by') by++;
  if (by >= end || by - after >= BY_REACH) return false;
  let next = by + 1;
  if (next < end && DETERMINERS.has((words[next] as Word).text.toLowerCase())) next++;
  if (next >= end) return false;
  const word = (words[next] as Word).text.toLowerCase();
  if (!/^\d/.test(word)) return !BY_TIME.has(word);
  // A number gives a time or an amount ("by 28 March", "by 2025", "by 10 per
  // cent"), unless who or what it counts comes next ("by 28 agencies").
  const counted = words[next + 1]?.text.toLowerCase();
  return (
    counted !== undefined &&
    next + 1 < end &&
    /^\p{L}/u.test(counted) &&
    !BY_TIME.has(counted) &&
    !BY_AMOUNT.has(counted)
  );
}

/** Phrases after the verb that say who acts without "by", as lists of words. */
const ACTOR_PHRASES: readonly (readonly string[])[] = passive.actorPhrases.map((phrase) =>
  phrase.split(' '),
);

/** Whether one of `phrases` starts within `BY_REACH` words from `after`, in the sentence. */
function phraseWithin(
  words: readonly Word[],
  after: number,
  end: number,
  phrases: readonly (readonly string[])[],
): boolean {
  for (let at = after; at < end && at - after < BY_REACH; at++) {
    for (const phrase of phrases) {
      if (at + phrase.length > end) continue;
      if (phrase.every((word, k) => (words[at + k] as Word).text.toLowerCase() === word))
        return true;
    }
  }
  return false;
}

/** Words after "by" and a number that make it an amount or a time, not who acted. */
const BY_AMOUNT: ReadonlySet<string> = new Set(passive.byAmount);

export function isParticiple(word: string): boolean {
  const lower = word.toLowerCase();
  if (NOT_PARTICIPLES.has(lower)) return false;
  if (isIrregularParticiple(lower) || EED_PARTICIPLES.has(lower)) return true;
  return lower.length > 4 && lower.endsWith('ed') && !lower.endsWith('eed');
}

/** The base form of a participle, when it is one of the verbs that matter: `agreed` → `agree`. */
function actorVerb(participle: string): string | undefined {
  const lower = participle.toLowerCase();
  for (const base of baseCandidates(lower)) {
    if (ACTOR_MATTERS.has(base) && (base === lower || inflectionOf(lower, base) === 'past')) {
      return base;
    }
  }
  return undefined;
}

/**
 * The modal just before `be` that makes it a responsibility ("will be",
 * "needs to be"), as the index of its first word, or -1.
 */
function modalBefore(words: readonly Word[], be: number, from: number): number {
  for (const modal of MODALS) {
    const start = be - modal.length;
    if (start < from) continue;
    if (modal.every((part, i) => (words[start + i] as Word).text.toLowerCase() === part)) {
      // "may need to be sent": a modal of one word before one that ends in "to" is part of it.
      const before = words[start - 1]?.text.toLowerCase();
      if (modal.length > 1 && start - 1 >= from && before !== undefined && ONE_WORD.has(before)) {
        return start - 1;
      }
      return start;
    }
  }
  return -1;
}
const ONE_WORD: ReadonlySet<string> = new Set(
  MODALS.filter((modal) => modal.length === 1).map(([word]) => word as string),
);

/**
 * A modal said after "who", which takes the verb of one: "need to" → "needs
 * to", "have to" → "has to", "are to" → "is to" ("Say who needs to send
 * them"). After a modal of one word it stays: "who may need to send them".
 */
const AFTER_WHO: Readonly<Record<string, string>> = {
  'need to': 'needs to',
  'have to': 'has to',
  'are to': 'is to',
};

/** Words before a modal that are not a plural subject, though they end in "s". */
const HAVE = new Set(['has', 'have', 'had']);

const NOT_PLURAL = new Set(['this', 'its', 'his', 'is', 'was', 'has', 'us', 'as', 'yes']);

/**
 * A passive verb as written: where its words start (`first`: the modal,
 * "has" before "been", or the form of "to be"), the form of "to be"
 * (`be`), the modal's words, "has"/"have"/"had", and the words between
 * them ("not", "never", "already"; "being" marks "is being reviewed").
 */
interface Chain {
  first: number;
  be: number;
  modal: string | undefined;
  have: string | undefined;
  between: string[];
  progressive: boolean;
  /** A word that goes with the verb right after it ("sent off"), or ''. */
  particle: string;
}

/** The passive verb that ends with `participle`, its form of "to be" at `be`. */
function chainOf(words: readonly Word[], be: number, participle: number, from: number): Chain {
  const lower = (index: number) => (words[index] as Word).text.toLowerCase();
  let k = be;
  while (k - 1 >= from && BETWEEN.has(lower(k - 1))) k--;
  const before = k - 1 >= from ? lower(k - 1) : '';
  const hasBeen = lower(be) === 'been' && HAVE.has(before);
  // Only "be" follows a modal: "in May was arranged" has none.
  const modal = hasBeen || lower(be) !== 'be' ? -1 : modalBefore(words, k, from);
  // Words before "to be" belong to the verb only after a modal or "has".
  if (!hasBeen && modal === -1) k = be;
  const first = hasBeen ? k - 1 : modal !== -1 ? modal : k;
  const between: string[] = [];
  let progressive = false;
  for (let index = k; index < participle; index++) {
    if (index === be) continue;
    const word = lower(index);
    if (word === 'being') progressive = true;
    else between.push(word);
  }
  const after = words[participle + 1]?.text.toLowerCase() ?? '';
  // "offered up to six weeks": "up to" is "at most", and "completed, up 9% on
  // quarter 1" a change in a number: not a particle of the verb.
  const following = words[participle + 2]?.text.toLowerCase() ?? '';
  // ("contacted out of hours": "out of" starts a phrase of its own, no particle.)
  const noParticle =
    (after === 'up' && following === 'to') ||
    ((after === 'up' || after === 'down') && /^\d/.test(following)) ||
    (after === 'out' && following === 'of');
  return {
    particle: PARTICLES.has(after) && !noParticle ? after : '',
    first,
    be,
    modal:
      modal === -1
        ? undefined
        : words
            .slice(modal, k)
            .map((w) => w.text.toLowerCase())
            .join(' '),
    have: hasBeen ? before : undefined,
    between,
    progressive,
  };
}

/**
 * The same action said actively, with "who" for the one who acts: "is
 * agreed" → "who agrees it", "were sent" → "who sent them", "has been
 * allocated" → "who has allocated it", "should be asked" → "who should ask
 * them", "are often not asked" → "who often does not ask them". Plainly
 * cannot know who acts (the writer, a doctor, the bidders), so it names
 * nobody. The tense, the number and words such as "not" and "already"
 * follow the words as written; a person is "him", "her" or "them", never
 * "it".
 */
function activeWords(
  words: readonly Word[],
  chain: Chain,
  verb: string,
  person: string | undefined,
  start = chain.first,
): string {
  const form = (words[chain.be] as Word).text.toLowerCase();
  const not = chain.between.indexOf('not');
  const negative = not !== -1;
  // Words before "not" stay before it, and those after it after it: "are often not
  // asked" → "often does not ask", "was not properly assessed" → "did not properly assess".
  const beforeNot = chain.between.slice(0, Math.max(0, not)).join(' ');
  const afterNot = chain.between.slice(not + 1).join(' ');
  const between = chain.between.join(' ');
  const say = (...parts: string[]) =>
    ['who', ...parts, chain.particle].filter((part) => part !== '').join(' ');
  // Where the verb does not say the number ("will", "had"), the word before it does.
  const subject = words[start - 1]?.text.toLowerCase() ?? '';
  // "plans" is plural; "progress", "focus" and "basis" are not.
  const plural =
    subject === 'they' ||
    (/[^su]s$/.test(subject) && !/is$/.test(subject) && !NOT_PLURAL.has(subject));
  if (chain.modal !== undefined) {
    const modal = AFTER_WHO[chain.modal] ?? chain.modal;
    return say(modal, between, verb, person ?? (plural ? 'them' : 'it'));
  }
  if (chain.have !== undefined) {
    const have = chain.have === 'had' ? 'had' : 'has';
    const many = chain.have === 'have' || (chain.have === 'had' && plural);
    return say(have, between, pastParticiple(verb), person ?? (many ? 'them' : 'it'));
  }
  const object = person ?? (form === 'are' || form === 'were' ? 'them' : 'it');
  const past = form === 'was' || form === 'were';
  if (chain.progressive) return say(past ? 'was' : 'is', between, inflectWord(verb, 'ing'), object);
  // "was not assessed" → "who did not assess it"; "are often not asked" →
  // "who often does not ask them"; "was not properly assessed" → "who did not properly assess it".
  if (negative) return say(beforeNot, past ? 'did not' : 'does not', afterNot, verb, object);
  return say(between, inflectWord(verb, past ? 'past' : 'third-person'), object);
}

/**
 * Where the subject of a passive joined by "and", "or" or "but" to a verb
 * before it ends: "Advisers live on site and can be contacted" is about the
 * advisers, and "a co-worker, who can help and will be offered" about who,
 * so the first verb of that clause stands for where the passive starts. Else
 * `first`.
 */
function sharedSubjectEnd(input: BlockInput, first: number, from: number): number {
  const { words, text } = input.text;
  if (!JOINING.has(words[first - 1]?.text.toLowerCase() ?? '')) return first;
  let start = first;
  for (let index = first - 2; index > from; index--) {
    const word = words[index] as Word;
    // (The clause starts after a comma, or at "who", "which" or "that".)
    if (/[,;:]/.test(text.slice(word.end, (words[index + 1] as Word).start))) break;
    const tag = tagOf(input, index);
    if (tag === 'VERB' || tag === 'AUX') start = index;
    else if (start !== first) break;
    if (CLAUSE_STARTS.has(word.text.toLowerCase())) break;
  }
  return start;
}
const JOINING: ReadonlySet<string> = new Set(['and', 'or', 'but']);
const CLAUSE_STARTS: ReadonlySet<string> = new Set(['who', 'which', 'that']);

/**
 * The word for the person the action was done to, when the words before the
 * passive name one: "he was assessed" → "him", "Mr K was assessed" and
 * "in May, David was assessed" → "them". Undefined for a thing ("the plan").
 */
/** The word before a passive's first word ("the plan" in "the plan will be reviewed"), past "also", "not" and the like, or -1. */
function subjectBefore(words: readonly Word[], first: number, from: number): number {
  let subject = first - 1;
  while (subject >= from && BETWEEN.has((words[subject] as Word).text.toLowerCase())) subject--;
  return subject < from ? -1 : subject;
}

/**
 * "Liam Doyle, 38, of no fixed abode, was sent": when an aside set off by
 * commas ends right before the verb, the subject is the word before the
 * aside's first comma, among the sentence's first four words; otherwise -1.
 */
function subjectBeforeAside(input: BlockInput, first: number, from: number): number {
  const { words, text } = input.text;
  const previous = words[first - 1];
  const verb = words[first];
  if (
    !previous ||
    !verb ||
    first - 1 <= from ||
    !/^,\s+$/.test(text.slice(previous.end, verb.start))
  )
    return -1;
  for (let k = from; k < first - 2 && k < from + 4; k++) {
    if (/^,\s/.test(text.slice((words[k] as Word).end, (words[k + 1] as Word).start))) return k;
  }
  return -1;
}

function personObject(input: BlockInput, first: number, from: number): string | undefined {
  const { words } = input.text;
  const aside = subjectBeforeAside(input, first, from);
  const subject = aside >= 0 ? aside : subjectBefore(words, first, from);
  if (subject < 0) return undefined;
  const word = (words[subject] as Word).text;
  const pronoun = PERSON_SUBJECTS[word.toLowerCase()];
  if (pronoun !== undefined) return pronoun;
  // "the carer was told", "the goalkeeper was sent off": a person, so "them".
  if (PERSON_NOUNS.has(word.toLowerCase())) return 'them';
  const before = subject > from ? (words[subject - 1] as Word).text : '';
  if (TITLES.has(before.toLowerCase().replace(/\.$/, ''))) return 'them';
  // A name: a capital inside the sentence, or one the tagger reads as a name.
  // (At the start of a sentence the tagger reads most names as nouns, and a
  // capital there says nothing: "David was assessed" keeps "it".)
  // A name is written with a capital and small letters: "CTO" is not a
  // person, nor is a month or a day ("the coach trip in July was arranged").
  if (!/^\p{Lu}\p{Ll}/u.test(word) || BY_TIME.has(word.toLowerCase())) return undefined;
  // "the Work Programme was updated": a thing with a name, not a person.
  let name = subject;
  const wordBefore = (index: number) => (words[index - 1] as Word).text;
  while (
    name > from &&
    /^\p{Lu}/u.test(wordBefore(name)) &&
    !DETERMINERS.has(wordBefore(name).toLowerCase())
  ) {
    name--;
  }
  if (name > from && DETERMINERS.has(wordBefore(name).toLowerCase())) return undefined;
  return subject > from || tagOf(input, subject) === 'PROPN' ? 'them' : undefined;
}

/**
 * Whether the participle at `participle`, after the form of "to be" at
 * `be`, makes an idiom of one word ("was born") or two ("was sent off",
 * "was fully booked").
 */
function isIdiom(words: readonly Word[], be: number, participle: number, lower: string): boolean {
  const after = words[participle + 1]?.text.toLowerCase();
  const before = participle - 1 > be ? words[participle - 1]?.text.toLowerCase() : undefined;
  return (
    IDIOMS.has(lower) ||
    (after !== undefined && IDIOMS.has(`${lower} ${after}`)) ||
    (before !== undefined && IDIOMS.has(`${before} ${lower}`))
  );
}

/** Words that start what was given to a person ("offered a place", "sent the letter"). */
const THING_STARTS: ReadonlySet<string> = new Set(passive.thingStarts);
const THING_TAGS = new Set(['NOUN', 'ADJ', 'NUM']);
/** Words that end it ("a short stay in a care home"). */
const THING_ENDS: ReadonlySet<string> = new Set(passive.thingEnds);

/**
 * After a passive whose subject is a person, the thing they were given, as
 * written ("You might be offered a short stay in a care home" → " a short
 * stay"), with a space before it, or '' when none follows: "Say who might
 * offer you" alone would not be a whole thought.
 */
function thingGiven(input: BlockInput, from: number, end: number): string {
  const { words, text } = input.text;
  const start = words[from];
  if (!start || from >= end) return '';
  const opens = THING_STARTS.has(start.text.toLowerCase());
  // "offered help", "asked questions": a noun with no word before it.
  if (
    !opens &&
    (THING_ENDS.has(start.text.toLowerCase()) || !THING_TAGS.has(tagOf(input, from) ?? ''))
  )
    return '';
  if (!/^\s+$/.test(text.slice((words[from - 1] as Word).end, start.start))) return '';
  let last = from;
  for (let k = from + 1; k < end && k < from + 5; k++) {
    const word = words[k] as Word;
    if (THING_ENDS.has(word.text.toLowerCase())) break;
    if (!/^\s+$/.test(text.slice((words[k - 1] as Word).end, word.start))) break;
    last = k;
  }
  // Cut short by the word limit: not on a word that starts another thing ("a place and a").
  while (last > from && THING_STARTS.has((words[last] as Word).text.toLowerCase())) last--;
  if (opens && last === from) return '';
  return ` ${text.slice(start.start, (words[last] as Word).end)}`;
}

/** "it was agreed that", as written. */
function itThatText(words: readonly Word[], be: number, participle: number, text: string): string {
  const it = words[be - 1]?.text.toLowerCase() === 'it' ? be - 1 : be - 2;
  const from = (words[it] as Word).start;
  const to = (words[participle + 1] as Word).end;
  return text.slice(from, to).replace(/^It\b/, 'it');
}

export const passiveVoice = defineRule({
  id: 'passive-voice',
  category: 'plain-english',
  summary:
    'Passive sentences that hide who decided or who will act (“it was agreed”, “the plan will be reviewed”); everyday passives such as “was born” are left alone.',
  source:
    'Plain English Campaign "How to write in plain English" (active verbs); GOV.UK easy read (active, not passive); write-good',
  examples: [
    {
      text: 'It was agreed that the plan will be reviewed.',
      findings: [
        {
          on: 'was agreed',
          message: 'Say who agreed this, rather than “it was agreed that …”.',
        },
      ],
    },
    {
      text: 'She was born in Leeds.',
      findings: [],
    },
  ],
  block(input, context) {
    const { words, sentences } = input.text;
    const findings: RawFinding[] = [];
    for (let index = 0; index < sentences.length; index++) {
      const sentence = sentences[index] as Sentence;
      if (findings.length > 0) break;
      if (!isProse(input, index)) continue;
      for (let i = sentence.firstWord; i < sentence.endWord - 1; i++) {
        const be = words[i];
        // The forms of "to be" are short: skip longer words before lower-casing.
        if (!be || be.text.length > 5 || !BE.has(be.text.toLowerCase())) continue;
        let j = i + 1;
        while (j < sentence.endWord - 1 && BETWEEN.has((words[j]?.text ?? '').toLowerCase())) j++;
        const participle = words[j];
        if (!participle || !isParticiple(participle.text)) continue;
        const lower = participle.text.toLowerCase();
        if (isIdiom(words, i, j, lower)) continue;
        const verb = actorVerb(lower);
        const itThat =
          (words[i - 1]?.text.toLowerCase() === 'it' ||
            words[i - 2]?.text.toLowerCase() === 'it') &&
          words[j + 1]?.text.toLowerCase() === 'that';
        // "It was agreed that …" hides who decided, whatever the verb; other
        // passives only when the verb is a decision, an action or a duty.
        if (!verb && !itThat) continue;
        if (actorGiven(words, j + 1, sentence.endWord)) continue;
        if (isFormula(words, lower, j + 1, sentence.endWord)) continue;
        // "The parcel was delivered": the glossary knows the everyday sense.
        if (everydaySense(input, j)) continue;
        // "Please ensure the form is completed": the reader is asked to act.
        if (!itThat && asksReader(words, sentence.firstWord, i)) continue;
        // "RESOLVED – That the work programme be updated": what the meeting decided.
        if (RESOLUTIONS.has((words[sentence.firstWord] as Word).text.toLowerCase())) continue;
        // Quoted from the modal, or from "has" in "has been", as written.
        const chain = chainOf(words, i, j, sentence.firstWord);
        const { first } = chain;
        // "We were offered a place", "I have been asked": the writer is the one
        // acted on, so "we offered them" would turn the meaning round.
        if (WRITER.has(words[first - 1]?.text.toLowerCase() ?? '')) continue;
        // "Lunch will be provided", "Apologies were noted": nobody needs to know who acted.
        const subject = subjectBefore(words, first, sentence.firstWord);
        if (
          !itThat &&
          subject >= 0 &&
          LEFT_ALONE_SUBJECTS.has((words[subject] as Word).text.toLowerCase())
        )
          continue;
        // "To be assessed, you must …": an infinitive has nobody to turn into the object.
        if (
          chain.modal === undefined &&
          chain.have === undefined &&
          words[first - 1]?.text.toLowerCase() === 'to'
        ) {
          continue;
        }
        // "The draft plan was discussed": in the simple past, what a meeting
        // does with an item was done by the meeting ("will be discussed" is not).
        if (
          !itThat &&
          MEETING_VERBS.has(verb as string) &&
          chain.modal === undefined &&
          chain.have === undefined &&
          !chain.progressive &&
          PAST_BE.has((words[i] as Word).text.toLowerCase())
        ) {
          continue;
        }
        // "(1) the report be noted;", "recommends that the fee be increased": "be" with
        // no modal is the set form of a resolution or recommendation, made by the meeting.
        if (chain.modal === undefined && (words[i] as Word).text.toLowerCase() === 'be') continue;
        // In a quoted title ("our leaflet “Choosing how your care is arranged”"): not the writer's to reword.
        if (inQuotes(input, be.start)) continue;
        if (describesOrNames(input, j, verb)) continue;
        const from = (words[first] as Word).start;
        const shown = q(input.text.text.slice(from, participle.end));
        // (Only the active version names a person; "it was agreed that" does not.)
        // "Advisers live on site and can be contacted …": the sentence's subject.
        const start = itThat ? first : sharedSubjectEnd(input, first, sentence.firstWord);
        const person = itThat ? undefined : personObject(input, start, sentence.firstWord);
        // "You might be offered a short stay" → "who might offer you a short stay".
        const thing =
          person !== undefined && chain.particle === ''
            ? thingGiven(input, j + 1, sentence.endWord)
            : '';
        findings.push({
          start: be.start,
          end: participle.end,
          message: itThat
            ? `Say who ${lower} this, rather than “${itThatText(words, i, j, input.text.text)} …”.`
            : `Say ${activeWords(words, chain, verb as string, person, start)}${thing}, rather than ${shown}.`,
          severity: context.severity,
          suggestions: [],
        });
        break;
      }
    }
    return { findings };
  },
});
