/**
 * Parts of speech for the words of a sentence, from wink-nlp and
 * its small English web model (see docs/decisions.md, "Parts of speech", for
 * why this library). Rules ask for them only where they need them (a
 * glossary entry with senses, a suggestion to fit), and the checker caches
 * the answer with the sentence's paragraph, so most text is never tagged.
 *
 * The model is read when it is first needed, not when the engine loads.
 */
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { PartOfSpeech } from '../glossary/schema';
import type { Word } from './analyse';

/** A universal part-of-speech tag (NOUN, VERB, ADJ, AUX, PROPN, …). */
export type Tag = string;

type Nlp = ReturnType<typeof winkNLP>;
let nlp: Nlp | undefined;

function instance(): Nlp {
  nlp ??= winkNLP(model, ['pos']);
  return nlp;
}

const TITLE_CASE = /^\p{Lu}\p{Ll}/u;

/**
 * The tag of each word of `words[from, to)`, which lie inside
 * `text[start, end)` (one sentence). Words that wink splits (`carer's`,
 * `care-and-support`) take the tag of their last piece that is not
 * punctuation.
 */
export function tagWords(
  text: string,
  words: readonly Word[],
  from: number,
  to: number,
  start: number,
  end: number,
  sentenceStart = true,
): Tag[] {
  let sentence = text.slice(start, end);
  // The model reads a capital at the start of a sentence as a name ("Key
  // issues" → PROPN); in lower case it reads the word for what it is.
  const first = words[from];
  if (sentenceStart && first && first.start === start && TITLE_CASE.test(first.text)) {
    sentence = sentence.charAt(0).toLowerCase() + sentence.slice(1);
  }
  const { its } = instance();
  const tokens = instance().readDoc(sentence).tokens();
  const values = tokens.out(its.value) as string[];
  const tags = tokens.out(its.pos) as string[];
  const out: Tag[] = new Array<Tag>(to - from).fill('X');
  let at = 0;
  let word = from;
  for (let i = 0; i < values.length && word < to; i++) {
    const value = values[i] as string;
    const found = sentence.indexOf(value, at);
    if (found === -1) continue;
    at = found + value.length;
    const offset = start + found;
    while (word < to && (words[word] as Word).end <= offset) word++;
    const current = words[word];
    if (!current || current.start > offset) continue;
    const tag = tags[i] as string;
    const previous = out[word - from] as Tag;
    // A word's head is its last content piece ("care-and-support" → support,
    // "user's" → user), otherwise its first piece that is not punctuation.
    if (CONTENT.has(tag) ? true : previous === 'X' || (previous === 'PUNCT' && tag !== 'PUNCT')) {
      out[word - from] = tag;
    }
  }
  // "an individual at the hub": a word read as an adjective right after "a"
  // or "the" with no noun after it is a noun.
  for (let i = 1; i < out.length; i++) {
    const next = out[i + 1];
    if (
      out[i] === 'ADJ' &&
      out[i - 1] === 'DET' &&
      (next === undefined || !NOUN_FOLLOWS.has(next))
    ) {
      out[i] = 'NOUN';
    }
  }
  return out;
}

/** Tags that can follow an adjective inside a noun phrase. */
const NOUN_FOLLOWS = new Set(['NOUN', 'PROPN', 'ADJ', 'NUM', 'CCONJ', 'PUNCT', 'X']);

const CONTENT = new Set(['NOUN', 'PROPN', 'VERB', 'ADJ', 'ADV', 'NUM']);

/** The glossary's part of speech for a tag, where there is one. */
export function partOfSpeech(tag: Tag | undefined): PartOfSpeech | undefined {
  switch (tag) {
    case 'NOUN':
    case 'PROPN':
      return 'noun';
    case 'VERB':
      return 'verb';
    case 'ADJ':
      return 'adjective';
    case 'ADV':
      return 'adverb';
    case 'ADP':
      return 'preposition';
    default:
      return undefined;
  }
}
