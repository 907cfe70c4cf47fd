/**
 * Which sense a glossary word or list phrase is used in, from its compiled
 * senses (patterns.ts): the words around it and, for entries that name
 * parts of speech, the tags of its sentence.
 */
import type { PartOfSpeech } from '../glossary/schema';
import type { Inflection } from '../glossary/word-forms';
import { sentenceOf, tagOf } from './context';
import type { BlockInput } from './input';
import { fitsPattern, type ContextPattern, type Senses } from './patterns';
import { partOfSpeech } from './tagger';
import grammar from '../../dictionaries/grammar.json';

/** "will", "can", "must": a word right after one is a verb ("we will scope a service"). */
const MODALS: ReadonlySet<string> = new Set(grammar.modals);

/**
 * Which sense a glossary word or list phrase is used in here: its jargon
 * sense, its everyday sense (not flagged), or doubtful (a suggestion rather
 * than a warning). The sentence is tagged only for entries that name parts
 * of speech.
 */
export type Sense = 'jargon' | 'doubtful' | 'everyday';

/** The word indices of the sentence that word `first` is in (`to` exclusive). */
function sentenceWords(input: BlockInput, first: number): { from: number; to: number } {
  const sentence = input.text.sentences[sentenceOf(input, first)];
  return { from: sentence?.firstWord ?? 0, to: sentence?.endWord ?? input.text.words.length };
}

/** Whether one of `patterns` fits around words `first` to `last`, in their sentence. */
function anyFits(
  patterns: readonly ContextPattern[],
  words: BlockInput['text']['words'],
  first: number,
  last: number,
  from: number,
  to: number,
): boolean {
  return patterns.some((pattern) => fitsPattern(pattern, words, first, last, from, to));
}

/** Whether one of `patterns` fits around words `first` to `last`, reading their sentence. */
function fitsInSentence(
  input: BlockInput,
  patterns: readonly ContextPattern[] | undefined,
  first: number,
  last: number,
): boolean {
  if (!patterns || patterns.length === 0) return false;
  const { from, to } = sentenceWords(input, first);
  return anyFits(patterns, input.text.words, first, last, from, to);
}

/** Whether one of the senses' `jargonWith` patterns fits around words `first` to `last`. */
export function confirmsJargon(
  input: BlockInput,
  senses: Senses | undefined,
  first: number,
  last: number,
): boolean {
  return fitsInSentence(input, senses?.jargonWith, first, last);
}

/** Whether one of the senses' everyday patterns fits around words `first` to `last`. */
export function inEverydaySense(
  input: BlockInput,
  senses: Senses | undefined,
  first: number,
  last: number,
): boolean {
  return fitsInSentence(input, senses?.everyday, first, last);
}

export function jargonSense(
  input: BlockInput,
  senses: Senses | undefined,
  first: number,
  last: number,
  inflection: Inflection,
  termPos: PartOfSpeech | undefined,
): Sense {
  if (!senses) return 'jargon';
  const words = input.text.words;
  const { from, to } = sentenceWords(input, first);
  if (anyFits(senses.everyday, words, first, last, from, to)) return 'everyday';
  // Words that confirm the jargon sense outweigh the tagger, which can take
  // a verb for a noun ("advice and signpost you to …").
  if (anyFits(senses.jargonWith, words, first, last, from, to)) return 'jargon';
  if (senses.pos) {
    const head = termPos === 'verb' ? first : last;
    // "the individual's plan": whatever its tag, a word that owns something is a noun.
    const owner = /['’]s$/.test(words[head]?.text ?? '');
    const afterModal =
      inflection === 'base' &&
      first > from &&
      MODALS.has(words[first - 1]?.text.toLowerCase() ?? '');
    const pos = owner ? 'noun' : afterModal ? 'verb' : partOfSpeech(tagOf(input, head));
    const verbForm = (inflection === 'past' || inflection === 'ing') && senses.pos.has('verb');
    // "personalised care", "commissioning is": forms of the verb, whatever their tag.
    if (!(verbForm && (pos === 'adjective' || pos === 'noun' || pos === 'verb'))) {
      if (pos === undefined) return 'doubtful';
      if (!senses.pos.has(pos)) return 'everyday';
    }
  }
  // A phrase of four words or more ("Section 3 of the Mental Health Act") says
  // which it is by itself: it needs no words around it to be sure.
  return senses.jargonWith.length > 0 && last - first < 3 ? 'doubtful' : 'jargon';
}

/**
 * The alternatives to offer at this place. An alternative named in the
 * entry's `match.alternativesWith` is offered only where one of its patterns
 * fits, and then instead of the others ("payment for the invoice", never
 * "payment about the invoice"); elsewhere the others are offered as they are.
 * One named in `match.alternativesNotWith` is left out where one of its
 * patterns fits ("rolled out to all staff" is never "started to all staff").
 */
export function alternativesHere<A extends { text: string }>(
  input: BlockInput,
  senses: Senses | undefined,
  alternatives: readonly A[],
  first: number,
  last: number,
): readonly A[] {
  const withContext = senses?.alternativesWith;
  const notWithContext = senses?.alternativesNotWith;
  if (!withContext && !notWithContext) return alternatives;
  const words = input.text.words;
  const { from, to } = sentenceWords(input, first);
  const fits = (patterns: readonly ContextPattern[] | undefined) =>
    patterns !== undefined &&
    patterns.some((pattern) => fitsPattern(pattern, words, first, last, from, to));
  const preferred: A[] = [];
  const others: A[] = [];
  for (const alternative of alternatives) {
    if (fits(notWithContext?.get(alternative.text))) continue;
    const patterns = withContext?.get(alternative.text);
    if (!patterns) others.push(alternative);
    else if (fits(patterns)) preferred.push(alternative);
  }
  return preferred.length === 0 ? others : preferred;
}
