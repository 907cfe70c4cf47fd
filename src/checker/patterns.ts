/**
 * Context patterns: when a glossary word is used in its everyday sense ("the
 * postman delivered a letter") or surely in its jargon sense ("deliver
 * services"). An entry lists them as data (`match.everyday`,
 * `match.jargonWith`); see the README's "Senses".
 *
 * A pattern is words in order with `~` for the term and `|` between words
 * that may stand in one place: `~ letter|parcel`, `out of ~`. Each word
 * matches any form of itself ("letters", "delivered"), and up to
 * `MAX_GAP` other words may come between two words of a pattern, within the
 * sentence; a place written with `=` first must be right next to its
 * neighbour on the term's side (`~ =of` is "lots of", not "lot 3 of").
 * Checking a pattern costs a few look-ups per word near the term.
 */
import { wordKey } from '../glossary/matcher';
import type { MatchOptions, PartOfSpeech } from '../glossary/schema';
import { baseCandidates, inflectionOf, remembered } from '../glossary/word-forms';
import type { Word } from './analyse';

/** Other words allowed between two words of a pattern. */
export const MAX_GAP = 3;

/**
 * One place in a pattern: the keys of the words that may stand there, and
 * whether it must be right next to its neighbour on the term's side (a
 * place written with `=` first: `~ =of` is "lots of", not "lot 3 of").
 */
interface Slot {
  words: ReadonlySet<string>;
  adjacent: boolean;
}

export interface ContextPattern {
  /** Places before the term, nearest first. */
  before: Slot[];
  /** Places after the term, nearest first. */
  after: Slot[];
}

/**
 * A pattern compiled: its places, nearest the term first. The same patterns
 * come up in every glossary compiled (the built-in entries' among them), so
 * each is compiled once and shared; a compiled pattern is never changed.
 */
export const compilePattern: (pattern: string) => ContextPattern = remembered(compileNew, 20_000);

function compileNew(pattern: string): ContextPattern {
  const slots = pattern.trim().split(/\s+/);
  const at = slots.indexOf('~');
  const toSlot = (slot: string): Slot => {
    const adjacent = slot.startsWith('=');
    const words = new Set(
      (adjacent ? slot.slice(1) : slot)
        .split('|')
        .filter((word) => word !== '')
        .map(wordKey),
    );
    return { words, adjacent };
  };
  return {
    before: slots.slice(0, Math.max(0, at)).reverse().map(toSlot),
    after: slots.slice(at + 1).map(toSlot),
  };
}

/**
 * Every key a word of the text can fill a place with: its own key, the base
 * forms it is an inflection of ("delivered" → "deliver"), and the same for
 * it without an owner's 's ("the company's" fills "company"; its key,
 * "companys", is no form of it). Patterns test the same few words near a
 * term against many places, so each spelling's keys are worked out once.
 */
const formsOf: (text: string) => readonly string[] = remembered(computeForms, 50_000);

function computeForms(text: string): readonly string[] {
  const forms: string[] = [];
  addForms(wordKey(text), forms);
  if (OWNER_S.test(text)) addForms(wordKey(text.slice(0, -2)), forms);
  return forms;
}

function addForms(key: string, forms: string[]): void {
  if (!forms.includes(key)) forms.push(key);
  for (const base of baseCandidates(key)) {
    if (base !== key && !forms.includes(base) && inflectionOf(key, base) !== undefined) {
      forms.push(base);
    }
  }
}

/** An owner's 's: "the company's" fills "company" (its key, "companys", is no form of it). */
const OWNER_S = /\p{L}['’]s$/u;

/** Whether a word of the text is one of a slot's words, in any form. */
function fills(slot: Slot, word: Word): boolean {
  const words = slot.words;
  for (const form of formsOf(word.text)) if (words.has(form)) return true;
  return false;
}

/**
 * Whether the words around a term fit a pattern. `first` and `last` are the
 * indices in `words` of the term's first and last words; `from` and `to`
 * bound the sentence (word indices, `to` exclusive).
 */
export function fitsPattern(
  pattern: ContextPattern,
  words: readonly Word[],
  first: number,
  last: number,
  from: number,
  to: number,
): boolean {
  let at = first;
  for (const slot of pattern.before) {
    let found = -1;
    const gap = slot.adjacent ? 0 : MAX_GAP;
    for (let i = at - 1; i >= from && i >= at - 1 - gap; i--) {
      if (fills(slot, words[i] as Word)) {
        found = i;
        break;
      }
    }
    if (found === -1) return false;
    at = found;
  }
  at = last;
  for (const slot of pattern.after) {
    let found = -1;
    const gap = slot.adjacent ? 0 : MAX_GAP;
    for (let i = at + 1; i < to && i <= at + 1 + gap; i++) {
      if (fills(slot, words[i] as Word)) {
        found = i;
        break;
      }
    }
    if (found === -1) return false;
    at = found;
  }
  return true;
}

/** An entry's senses, compiled: when a match is the everyday sense, and when it is surely jargon. */
export interface Senses {
  /** The parts of speech of the jargon sense. */
  pos?: ReadonlySet<PartOfSpeech>;
  everyday: readonly ContextPattern[];
  jargonWith: readonly ContextPattern[];
  /** Alternatives offered only where one of their patterns fits, by their text. */
  alternativesWith?: ReadonlyMap<string, readonly ContextPattern[]>;
  /** Alternatives left out where one of their patterns fits, by their text. */
  alternativesNotWith?: ReadonlyMap<string, readonly ContextPattern[]>;
}

/** Whether an entry or list item gives senses in its `match`: parts of speech or patterns. */
export function givesSenses(match: MatchOptions | undefined): match is MatchOptions {
  return (
    match !== undefined &&
    (Boolean(match.pos?.length) ||
      Boolean(match.everyday?.length) ||
      Boolean(match.jargonWith?.length) ||
      Object.keys(match.alternativesWith ?? {}).length > 0 ||
      Object.keys(match.alternativesNotWith ?? {}).length > 0)
  );
}

/** The senses an entry or list item gives in its `match`, compiled once; none when it gives none. */
export function compileSenses(match: MatchOptions | undefined): Senses | undefined {
  if (!givesSenses(match)) return undefined;
  const withContext = Object.entries(match.alternativesWith ?? {});
  const notWithContext = Object.entries(match.alternativesNotWith ?? {});
  const senses: Senses = {
    everyday: (match.everyday ?? []).map(compilePattern),
    jargonWith: (match.jargonWith ?? []).map(compilePattern),
  };
  if (match.pos?.length) senses.pos = new Set(match.pos);
  if (withContext.length > 0) {
    senses.alternativesWith = new Map(
      withContext.map(([text, patterns]) => [text, patterns.map(compilePattern)]),
    );
  }
  if (notWithContext.length > 0) {
    senses.alternativesNotWith = new Map(
      notWithContext.map(([text, patterns]) => [text, patterns.map(compilePattern)]),
    );
  }
  return senses;
}
