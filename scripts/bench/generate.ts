/**
 * Seeded generators for the benchmark (`npm run bench`): care-writing prose
 * of an exact number of words, and glossaries of an exact number of entries.
 *
 * Everything comes from one small pseudo-random generator (mulberry32), so
 * the same seed gives the same text and glossary in every process: the
 * engine and the peer each generate the document in their own child process
 * and still check the same text.
 */
import { phraseKey } from '../../src/glossary/matcher';
import { CATEGORIES, type GlossaryEntry } from '../../src/glossary/schema';

export interface Random {
  /** A number in [0, 1). */
  next(): number;
  /** A whole number from `min` to `max`, both included. */
  int(min: number, max: number): number;
  pick<T>(items: readonly T[]): T;
  chance(probability: number): boolean;
}

/** mulberry32: small, fast and good enough to make test data. */
export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    pick: <T>(items: readonly T[]): T => {
      if (items.length === 0) throw new Error('pick from an empty list');
      return items[Math.floor(next() * items.length)] as T;
    },
    chance: (probability) => next() < probability,
  };
}

// ------------------------------------------------------------------ prose

const SUBJECTS = [
  'we',
  'you',
  'the care team',
  'the social worker',
  'your family',
  'the council',
  'our staff',
  'the person',
  'her daughter',
  'his son',
  'the nurse',
  'their carer',
  'the manager',
  'the support worker',
  'the doctor',
  'the home care agency',
  'the panel',
  'everyone at the meeting',
];

const VERBS = [
  'will visit',
  'talked about',
  'agreed',
  'can help with',
  'will look at',
  'asked about',
  'checked',
  'wanted to change',
  'started',
  'needed help with',
  'will write down',
  'will be given',
  'will be told about',
  'will be asked about',
  'made sure of',
  'will explain',
  'chose',
  'shared',
  'may stop',
  'should plan',
  'felt worried about',
  'will pay for',
];

const OBJECTS = [
  'the support plan',
  'money for care',
  'the daily visits',
  'her medicines',
  'the meeting notes',
  'a new home',
  'what matters to them',
  'the next review',
  'their choices',
  'help with washing',
  'meals at home',
  'the weekly budget',
  'short breaks',
  'the care home',
  'his own front door',
  'a letter about the bill',
  'the hospital discharge',
  'time with friends',
  'the garden',
  'a lift to the shops',
  'the phone call',
  'their rights',
];

const MODIFIERS = [
  'every week',
  'at home',
  'this month',
  'with the family',
  'before the meeting',
  'after the visit',
  'in the morning',
  'if needed',
  'as soon as we can',
  'each day',
  'together',
  'on Monday',
  'in writing',
  'over the phone',
  'for a short time',
  'when it suits them',
  'again next year',
];

const CONNECTORS = ['and', 'so that', 'because', 'but', 'then', 'while', 'when', 'or'];

/** Phrases the plain-words list (retext-simplify's) flags, so that rule has work too. */
const PLAIN_WORDS_PHRASES = [
  'in order to help',
  'prior to the visit',
  'approximately once a week',
  'with additional support',
  'to assist the family',
  'regarding the care plan',
  'for a number of carers',
  'to commence the review',
  'to facilitate the meeting',
  'to demonstrate progress',
  'to purchase equipment',
  'with sufficient time',
  'in addition',
  'and endeavour to call back',
];

/** Endings of exactly 1 to 6 words, to finish a sentence at its length. */
const ENDINGS: readonly (readonly string[])[] = [
  [],
  ['today', 'again', 'soon', 'too', 'later', 'now'],
  ['each day', 'at home', 'this week', 'next month', 'if needed', 'in writing'],
  ['with the family', 'in the morning', 'before the meeting', 'after the visit', 'every two weeks'],
  ['as soon as possible', 'at the next review', 'for a short time', 'when it suits them'],
  ['at the end of March', 'before the next panel meeting', 'with help from the family'],
  ['by the end of the month', 'when the person feels ready again'],
];

/** Care abbreviations used whatever the glossary holds. */
const ABBREVIATIONS = ['NHS', 'CQC', 'GP', 'DoLS', 'MCA', 'ICB', 'LPS', 'OT', 'CHC', 'EHCP'];

const UNITS = ['hours', 'people', 'visits', 'days', 'weeks', 'staff', 'homes'];

/** Phrases whose words the engine counts one by one: letters and digits, joined only by hyphens or apostrophes. */
const SIMPLE_WORD = /^[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*$/u;

function isSimplePhrase(phrase: string): boolean {
  const words = phrase.trim().split(/\s+/);
  return words.length > 0 && words.every((word) => SIMPLE_WORD.test(word));
}

/** The glossary phrases and abbreviations a document may use. */
interface TermPool {
  terms: string[];
  abbreviations: string[];
}

function termPool(glossary: readonly GlossaryEntry[]): TermPool {
  const terms: string[] = [];
  const abbreviations: string[] = [];
  for (const entry of glossary) {
    if (entry.status !== 'approved') continue;
    if (entry.action !== 'expand') {
      for (const phrase of [entry.term, ...entry.variants]) {
        if (isSimplePhrase(phrase)) terms.push(phrase.trim().replace(/\s+/g, ' '));
      }
    }
    for (const short of entry.abbreviations ?? []) {
      if (SIMPLE_WORD.test(short)) abbreviations.push(short);
    }
  }
  return { terms, abbreviations: [...abbreviations, ...ABBREVIATIONS] };
}

function words(phrase: string): string[] {
  return phrase.split(' ');
}

/** What a clause is about: an everyday object, a glossary term, an abbreviation or a number. */
function objectPhrase(random: Random, pool: TermPool): string[] {
  const roll = random.next();
  if (roll < 0.3 && pool.terms.length > 0) {
    const term = words(random.pick(pool.terms));
    // Sometimes a plural, so the matcher's inflections are used too.
    const last = term[term.length - 1] as string;
    if (random.chance(0.15) && /[a-rt-z]$/.test(last)) term[term.length - 1] = `${last}s`;
    return random.chance(0.5) ? ['the', ...term] : term;
  }
  if (roll < 0.38) return ['the', random.pick(pool.abbreviations)];
  if (roll < 0.5) {
    switch (random.int(0, 3)) {
      case 0:
        return [String(random.int(2, 60)), random.pick(UNITS)];
      case 1:
        return [`£${random.int(10, 900)}`, 'a', 'week'];
      case 2:
        return ['the', 'plan', 'for', String(random.int(2015, 2030))];
      default:
        return [`${random.int(5, 95)}%`, 'of', 'people'];
    }
  }
  return words(random.pick(OBJECTS));
}

/**
 * A sentence of exactly `length` words (at least 1): clauses of subject,
 * verb, object and sometimes a modifier, joined by connectors; the last
 * words are an ending of the right length.
 */
function sentence(random: Random, pool: TermPool, length: number): string {
  const out: string[] = [];
  /** Adds a chunk if it fits; otherwise finishes the sentence and returns false. */
  const add = (chunk: readonly string[]): boolean => {
    const left = length - out.length;
    if (chunk.length <= left) {
      out.push(...chunk);
      return out.length < length;
    }
    const ending = ENDINGS[left];
    out.push(...(ending ? words(random.pick(ending)) : chunk.slice(0, left)));
    return false;
  };
  let first = true;
  for (;;) {
    if (!first) {
      // A comma now and then, attached to the word before (it is not a word).
      if (random.chance(0.3)) out[out.length - 1] += ',';
      if (!add(words(random.pick(CONNECTORS)))) break;
    }
    first = false;
    if (!add(words(random.pick(SUBJECTS)))) break;
    if (!add(words(random.pick(VERBS)))) break;
    if (!add(objectPhrase(random, pool))) break;
    let more = true;
    while (more && random.chance(0.4)) {
      more = add(words(random.pick(random.chance(0.7) ? MODIFIERS : PLAIN_WORDS_PHRASES)));
    }
    if (!more) break;
  }
  const last = (out[length - 1] as string).replace(/,$/, '');
  out[length - 1] = `${last}.`;
  const head = out[0] as string;
  out[0] = head.charAt(0).toUpperCase() + head.slice(1);
  return out.join(' ');
}

export interface DocumentOptions {
  /** Exact number of words, as the engine counts them. */
  words: number;
  seed: number;
  /** Terms and abbreviations are drawn from this glossary, so matches really happen. */
  glossary: readonly GlossaryEntry[];
}

const MIN_SENTENCE = 8;
const MAX_SENTENCE = 30;

/** Sentence lengths of 8–30 words adding up to exactly `total`. */
function sentenceLengths(random: Random, total: number): number[] {
  const lengths: number[] = [];
  let left = total;
  while (left > 0) {
    if (left <= MAX_SENTENCE) {
      lengths.push(left);
      break;
    }
    let length = random.int(MIN_SENTENCE, MAX_SENTENCE);
    // Never leave a tail shorter than a sentence.
    if (left - length < MIN_SENTENCE) length = left - MIN_SENTENCE;
    lengths.push(length);
    left -= length;
  }
  return lengths;
}

/**
 * Care-writing prose in plain text: paragraphs of 3–8 sentences of 8–30
 * words, one blank line between paragraphs, `words` words in all.
 */
export function generateDocument(options: DocumentOptions): string {
  const random = createRandom(options.seed);
  const pool = termPool(options.glossary);
  const lengths = sentenceLengths(random, options.words);
  const paragraphs: string[] = [];
  let index = 0;
  while (index < lengths.length) {
    const rest = lengths.length - index;
    let count = random.int(3, 8);
    // Do not leave one or two sentences over for a short last paragraph.
    if (rest - count < 3) count = rest <= 8 ? rest : rest - 3;
    const sentences = lengths
      .slice(index, index + count)
      .map((length) => sentence(random, pool, length));
    paragraphs.push(sentences.join(' '));
    index += count;
  }
  return paragraphs.join('\n\n') + '\n';
}

/** A new paragraph in the same style, for editing a document. */
export function generateParagraph(random: Random, glossary: readonly GlossaryEntry[]): string {
  const pool = termPool(glossary);
  const count = random.int(3, 8);
  const sentences: string[] = [];
  for (let i = 0; i < count; i++) {
    sentences.push(sentence(random, pool, random.int(MIN_SENTENCE, MAX_SENTENCE)));
  }
  return sentences.join(' ');
}

// ------------------------------------------------------------------ glossaries

const ONSETS = [
  'b',
  'br',
  'd',
  'dr',
  'f',
  'g',
  'gl',
  'k',
  'l',
  'm',
  'n',
  'p',
  'pl',
  'r',
  's',
  'st',
  't',
  'tr',
  'v',
  'z',
];
const VOWELS = ['a', 'e', 'i', 'o', 'u', 'ai', 'oa', 'ou'];
const CODAS = ['', '', '', 'n', 'r', 'l', 'm', 'x', 'sk'];

function pseudoWord(random: Random): string {
  const syllables = random.int(2, 4);
  let word = '';
  for (let i = 0; i < syllables; i++) {
    word += random.pick(ONSETS) + random.pick(VOWELS) + random.pick(CODAS);
  }
  return word;
}

function pseudoPhrase(random: Random): string {
  const count = random.pick([1, 1, 1, 2, 2, 3]);
  const out: string[] = [];
  for (let i = 0; i < count; i++) out.push(pseudoWord(random));
  return out.join(' ');
}

const ALTERNATIVES = [
  'help at home',
  'money for care',
  'a meeting',
  'support',
  'a plan',
  'a check',
  'a short break',
  'the people who pay for care',
  'a review',
  'your rights',
  'a new home',
  'help to stay safe',
];

/** Words of the generated prose: synthetic terms must not be one of them. */
const PROSE_WORDS = [
  ...SUBJECTS,
  ...VERBS,
  ...OBJECTS,
  ...MODIFIERS,
  ...CONNECTORS,
  ...PLAIN_WORDS_PHRASES,
  ...ENDINGS.flat(),
  ...ALTERNATIVES,
  ...UNITS,
].flatMap((phrase) => phrase.split(' '));

export interface GlossaryOptions {
  /** Number of entries in all. */
  size: number;
  seed: number;
  /** Real entries to start from (the built-in glossary); synthetic ones fill up to `size`. */
  base?: readonly GlossaryEntry[];
}

/**
 * The base entries (at most `size` of them) plus synthetic, schema-valid
 * entries: pseudo-words from syllables, 1–3 words each, some with a variant
 * or an abbreviation, all approved with a `replace` action and one alternative.
 */
export function generateGlossary(options: GlossaryOptions): GlossaryEntry[] {
  const random = createRandom(options.seed);
  const entries: GlossaryEntry[] = (options.base ?? []).slice(0, options.size);
  const taken = new Set<string>(PROSE_WORDS.map(phraseKey));
  const ids = new Set<string>();
  for (const entry of entries) {
    ids.add(entry.id);
    for (const phrase of [entry.term, ...entry.variants]) taken.add(phraseKey(phrase));
  }
  const fresh = (): string => {
    for (;;) {
      const phrase = pseudoPhrase(random);
      const key = phraseKey(phrase);
      if (key !== '' && !taken.has(key)) {
        taken.add(key);
        return phrase;
      }
    }
  };
  while (entries.length < options.size) {
    const term = fresh();
    const id = `bench-${term.replace(/ /g, '-')}`;
    if (ids.has(id)) continue;
    ids.add(id);
    const entry: GlossaryEntry = {
      id,
      term,
      variants: random.chance(0.3) ? [fresh()] : [],
      kind: 'term',
      action: 'replace',
      alternatives: [{ text: random.pick(ALTERNATIVES), pos: 'phrase' }],
      definition: `A made-up term for the benchmark: it means ${random.pick(ALTERNATIVES)}.`,
      easyRead: [],
      audiences: ['plain', 'public', 'easy-read'],
      category: random.pick(CATEGORIES),
      severity: random.pick(['warning', 'suggestion'] as const),
      status: 'approved',
      sources: ['Synthetic benchmark entry (scripts/bench/generate.ts)'],
      pos: 'phrase',
    };
    if (random.chance(0.05)) {
      const initials = term
        .split(' ')
        .map((word) => word.charAt(0).toUpperCase())
        .join('');
      entry.abbreviations = [
        initials.length > 1 ? initials : `${initials}${random.pick(['X', 'Q', 'Z'])}`,
      ];
    }
    entries.push(entry);
  }
  return entries;
}
