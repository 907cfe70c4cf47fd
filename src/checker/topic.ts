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
 * The figures were set on papers written to test Plainly, 64 about care and
 * 60 not (docs/decisions.md, "The rest of the page decides").
 */
import careTopic from '../../dictionaries/care-topic.json';
import type { GlossaryEntry } from '../glossary/schema';
import type { Word } from './analyse';

/**
 * Below this many words a text is judged by its own sentences: a form field,
 * a case note, an email. Short care texts often have only one or two care
 * words besides the ones in question; pages where everyday words were taken
 * for care jargon were longer.
 */
export const TOPIC_MIN_WORDS = 250;

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

/**
 * Names of other things that hold a care phrase ("education health and care
 * plan", "pet care plan"), by the care phrase inside them: each with its
 * words and where the phrase starts among them.
 */
const LONGER = new Map<string, { words: string[]; at: number }[]>();
for (const name of careTopic.longerNames) {
  const words = name.split(' ');
  for (const phrase of careTopic.phrases) {
    const inner = phrase.split(' ');
    for (let at = 0; at + inner.length <= words.length; at++) {
      if (inner.every((word, k) => words[at + k] === word)) {
        const list = LONGER.get(phrase) ?? [];
        list.push({ words, at });
        LONGER.set(phrase, list);
      }
    }
  }
}

/** Whether the care phrase at word `first` is part of one of the longer names. */
function insideLongerName(
  words: readonly Pick<Word, 'text'>[],
  first: number,
  phrase: string,
): boolean {
  return (LONGER.get(phrase) ?? []).some(({ words: name, at }) => {
    const start = first - at;
    if (start < 0 || start + name.length > words.length) return false;
    return name.every((wanted, k) => {
      const word = plainForm((words[start + k] as Word).text);
      return k === name.length - 1 ? lastWordFits(word, wanted) : word === wanted;
    });
  });
}

/** A word as the phrases are written: lower case, without an owner's 's or s'. */
function plainForm(text: string): string {
  return text.toLowerCase().replace(/['’]s?$/, '');
}

/** Whether the text's word is the phrase's last word, or its plural. */
function lastWordFits(word: string, wanted: string): boolean {
  return word === wanted || word === `${wanted}s`;
}

/** A care phrase used in a text, and the glossary term it is part of there, if any. */
export interface CarePhrase {
  phrase: string;
  /** The id of the glossary entry whose words take it in ("mental health team" in "community mental health team"). */
  within?: string;
}

/**
 * The care phrases used in a block's words, each once for each glossary term
 * it sits in ("social worker", "care home"). `taken` is where the glossary's
 * phrases were found, in order of where they start: a phrase inside a term
 * that counts as a sign is not a second sign (`isAboutCare`).
 */
export function carePhrases(
  words: readonly Pick<Word, 'text' | 'start' | 'end'>[],
  taken: readonly { start: number; end: number; id: string }[] = [],
): CarePhrase[] {
  const found = new Map<string, CarePhrase>();
  let next = 0;
  for (let i = 0; i < words.length; i++) {
    const first = plainForm((words[i] as Word).text);
    const candidates = PHRASES.get(first) ?? PHRASES.get(first.replace(/s$/, ''));
    if (!candidates) continue;
    for (const phrase of candidates) {
      if (i + phrase.length > words.length) continue;
      // The first word was found by its own form, or without a last -s ("meets her needs").
      let fits = phrase.length > 1 || lastWordFits(first, phrase[0] as string);
      for (let k = 1; k < phrase.length && fits; k++) {
        const word = plainForm((words[i + k] as Word).text);
        const wanted = phrase[k] as string;
        fits = k === phrase.length - 1 ? lastWordFits(word, wanted) : word === wanted;
      }
      if (!fits) continue;
      const text = phrase.join(' ');
      // "education, health and care plan", a vet's "pet care plan": another thing's name.
      if (insideLongerName(words, i, text)) continue;
      const start = (words[i] as Word).start;
      const end = (words[i + phrase.length - 1] as Word).end;
      while (next < taken.length && (taken[next] as { end: number }).end <= start) next++;
      // Sorted by start, so only the next few can overlap.
      let within: string | undefined;
      for (let t = next; t < taken.length && within === undefined; t++) {
        const span = taken[t] as { start: number; end: number; id: string };
        if (span.start >= end) break;
        if (span.end > start) within = span.id;
      }
      const key = `${text}|${within ?? ''}`;
      if (!found.has(key))
        found.set(key, within === undefined ? { phrase: text } : { phrase: text, within });
    }
  }
  return [...found.values()];
}

/**
 * Glossary terms other kinds of page use in the same sense (a bank's page on
 * powers of attorney, a theatre's hearing loop, a rugby club's safeguarding
 * officer): never signs of care.
 */
const SHARED_TERMS: ReadonlySet<string> = new Set(careTopic.sharedTerms);

/** Whether an entry's word needs the text to be about care before it is flagged in a longer text. */
export function needsCareTopic(entry: GlossaryEntry | undefined): boolean {
  return entry?.match?.needsCareTopic === true;
}

/**
 * Whether findings that need a care topic stand: the text is short, or it
 * shows enough signs of care. Each counts once: a glossary term in its
 * jargon sense (`terms`, by id), `careSigns` (a term in a name: "the
 * Brokerage Team"), and a care phrase (read only when the terms are not
 * enough). Entries that are everyday words themselves (`needsCareTopic`) and
 * terms other pages share (`sharedTerms`) never count, even where the words
 * around them show their care sense.
 */
export function isAboutCare(
  words: number,
  terms: Iterable<string>,
  careSigns: ReadonlySet<string>,
  entries: ReadonlyMap<string, GlossaryEntry>,
  phrases: () => Iterable<CarePhrase>,
): boolean {
  if (words < TOPIC_MIN_WORDS) return true;
  // Everyday words cannot vouch for a page ("your current package" and "review
  // your package" on a broadband letter), nor can terms other pages share
  // ("lasting power of attorney" on a bank's page, a hearing loop on a
  // cinema's): only the other signs count.
  const lesser = (id: string) => needsCareTopic(entries.get(id)) || SHARED_TERMS.has(id);
  const counted = new Set<string>();
  // Every term found, counted or not: a phrase inside one is not a sign of its own.
  const found = new Set<string>(careSigns);
  const enough = () => counted.size >= TOPIC_MIN_SIGNS;
  for (const id of careSigns) if (!lesser(id)) counted.add(id);
  if (enough()) return true;
  for (const id of terms) {
    found.add(id);
    if (lesser(id)) continue;
    counted.add(id);
    if (enough()) return true;
  }
  const seen = new Set<string>();
  for (const { phrase, within } of phrases()) {
    // Inside a term: that term's sign or none, not a second one.
    if (seen.has(phrase) || (within !== undefined && found.has(within))) continue;
    seen.add(phrase);
    counted.add(`phrase:${phrase}`);
    if (enough()) return true;
  }
  return false;
}
