/**
 * Helpers that turn a list entry into suggestions that fit the sentence:
 * an alternative takes the matched word's inflection (`commissioners` →
 * `buyers`, `liaised` → `worked with`) and its capital letter.
 */
import type { PartOfSpeech } from '../../glossary/schema';
import { inflectWord, type Inflection } from '../../glossary/word-forms';
import type { Suggestion } from '../types';
import nounPhrases from '../../../dictionaries/noun-phrases.json';

// The word lists are data: dictionaries/noun-phrases.json.
const UNCOUNTABLE = new Set(nounPhrases.uncountable);
const PHRASE_BREAK = new Set(nounPhrases.phraseBreaks);
const AGREEMENT: Readonly<Record<string, string>> = nounPhrases.pluralVerbs;

/** Words that are not nouns and so never take a plural `s`. */
const NOT_NOUN = /(?:s|ed|ing|ly|ful|ous|ive|able|ible)$/i;

function inflectAt(words: string[], index: number, how: Inflection): string[] {
  const word = words[index];
  if (word === undefined || /^[\p{Lu}\d]/u.test(word)) return words;
  if (how === 'plural') {
    // "a worker", "where you live": not a noun phrase that can be made plural;
    // nor "working together", a phrase led by an -ing word.
    if (/^(?:a|an|one|where|when|how|what|who)$/i.test(words[0] ?? '')) return words;
    if (index > 0 && /ing$/i.test(words[0] ?? '')) return words;
    if (UNCOUNTABLE.has(word.toLowerCase()) || NOT_NOUN.test(word)) return words;
  }
  const copy = [...words];
  copy[index] = inflectWord(word, how);
  // "person who buys" → "people who buy"
  const verb = copy[index + 2];
  if (how === 'plural' && verb !== undefined && /^(?:who|that)$/i.test(copy[index + 1] ?? '')) {
    copy[index + 2] =
      AGREEMENT[verb] ??
      (/[^s]s$/.test(verb) ? verb.replace(/(?<=[^aeiou]e|[^e])s$/, '').replace(/ie$/, 'y') : verb);
  }
  return copy;
}

export function adaptAlternative(
  alternative: string,
  matched: string,
  how: Inflection,
  pos: PartOfSpeech | undefined,
): string {
  let text = alternative;
  if (how !== 'base') {
    const words = alternative.split(' ');
    if (pos === 'verb') {
      text = inflectAt(words, 0, how === 'plural' ? 'third-person' : how).join(' ');
    } else if (pos === 'noun' || (pos === undefined && how === 'plural')) {
      if (how === 'plural' || how === 'third-person') {
        const stop = words.findIndex((word, i) => i > 0 && PHRASE_BREAK.has(word.toLowerCase()));
        text = inflectAt(words, stop === -1 ? words.length - 1 : stop - 1, 'plural').join(' ');
      }
    }
  }
  return matchCapital(text, matched);
}

/** Gives `text` a capital first letter when `matched` starts with one (start of a sentence). */
export function matchCapital(text: string, matched: string): string {
  const first = matched.charAt(0);
  if (first !== first.toUpperCase() || first === first.toLowerCase()) return text;
  if (matched.length > 1 && matched === matched.toUpperCase()) return text;
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function replacements(
  alternatives: readonly string[],
  matched: string,
  how: Inflection,
  pos?: PartOfSpeech,
): Suggestion[] {
  const seen = new Set<string>();
  const out: Suggestion[] = [];
  for (const alternative of alternatives) {
    const text = adaptAlternative(alternative, matched, how, pos);
    if (seen.has(text)) continue;
    seen.add(text);
    out.push({ kind: 'replace', text });
  }
  return out;
}

/** The text to insert after a term to explain it: ` (what it means)`. */
export function explanation(definition: string): string {
  let text = definition.trim().replace(/[.!]+$/, '');
  // Lower-case the first letter unless it starts a name or an abbreviation (`NHS …`).
  if (/^\p{Lu}\p{Ll}/u.test(text)) text = text.charAt(0).toLowerCase() + text.slice(1);
  return ` (${text})`;
}

/** Quotes a piece of text in a message. */
export function q(text: string): string {
  return `“${text}”`;
}
