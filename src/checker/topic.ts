/**
 * Whether a text is about care, for words that are everyday English as well
 * as care jargon. "Our packages" on a restaurant's page and "her package" in
 * a social worker's letter read the same a few words either side; the rest
 * of the page tells them apart. A finding marked `needsCareTopic` (a
 * glossary word whose sentence does not make its sense sure, or an entry
 * with `match.needsCareTopic`) stands in a longer text only when the text
 * shows it is about care: it uses glossary terms, or the phrases in
 * dictionaries/care-topic.json ("social worker", "care home").
 *
 * The figures were set on 80 whole papers written to test Plainly, 40 about
 * care and 40 not (docs/decisions.md, "The rest of the page decides").
 */
import careTopic from '../../dictionaries/care-topic.json';
import type { GlossaryEntry } from '../glossary/schema';
import type { Word } from './analyse';

/** Below this many words a text is judged by its own sentences: a form field, a note, one paragraph. */
export const TOPIC_MIN_WORDS = 100;

/**
 * A longer text is about care when it uses at least this many glossary terms
 * and care phrases between them, each counted once.
 */
export const TOPIC_MIN_SIGNS = 2;

/** The care phrases, as lists of words, by their first word. */
const PHRASES = new Map<string, string[][]>();
for (const phrase of careTopic.phrases) {
  const words = phrase.split(' ');
  const first = words[0] as string;
  const list = PHRASES.get(first) ?? [];
  list.push(words);
  PHRASES.set(first, list);
}

/** A word as the phrases are written: lower case, without an owner's 's or s'. */
function plainForm(text: string): string {
  return text.toLowerCase().replace(/['’]s?$/, '');
}

/** Whether the text's word is the phrase's last word, or its plural. */
function lastWordFits(word: string, wanted: string): boolean {
  return word === wanted || word === `${wanted}s`;
}

/** The care phrases used in a block's words, each once ("social worker", "carer"). */
export function carePhrases(words: readonly Pick<Word, 'text'>[]): string[] {
  const found = new Set<string>();
  for (let i = 0; i < words.length; i++) {
    const first = plainForm((words[i] as Word).text);
    const candidates = PHRASES.get(first) ?? PHRASES.get(first.replace(/s$/, ''));
    if (!candidates) continue;
    for (const phrase of candidates) {
      if (i + phrase.length > words.length) continue;
      let fits = true;
      for (let k = 0; k < phrase.length && fits; k++) {
        const word = plainForm((words[i + k] as Word).text);
        const wanted = phrase[k] as string;
        fits = k === phrase.length - 1 ? lastWordFits(word, wanted) : word === wanted;
      }
      if (fits) found.add(phrase.join(' '));
    }
  }
  return [...found];
}

/** Whether an entry's word needs the text to be about care before it is flagged in a longer text. */
export function needsCareTopic(entry: GlossaryEntry | undefined): boolean {
  return entry?.match?.needsCareTopic === true;
}

/**
 * Whether findings that need a care topic stand: the text is short, or it
 * uses enough glossary terms in their jargon sense (`terms`, by id; not
 * those that are everyday words themselves) and care phrases (read only
 * when the terms are not enough).
 */
export function isAboutCare(
  words: number,
  terms: Iterable<string>,
  entries: ReadonlyMap<string, GlossaryEntry>,
  phrases: () => Iterable<string>,
): boolean {
  if (words < TOPIC_MIN_WORDS) return true;
  let found = 0;
  for (const id of terms) {
    if (needsCareTopic(entries.get(id))) continue;
    found += 1;
    if (found >= TOPIC_MIN_SIGNS) return true;
  }
  const seen = new Set<string>();
  for (const phrase of phrases()) {
    if (seen.has(phrase)) continue;
    seen.add(phrase);
    found += 1;
    if (found >= TOPIC_MIN_SIGNS) return true;
  }
  return false;
}
