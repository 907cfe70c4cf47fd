/**
 * Turns one block of prose into sentences, words and word pieces, once per
 * block; the checker caches the result, so a keystroke only re-reads the
 * paragraph it changed.
 *
 * Why our own tokenizer rather than parse-latin (retext's parser): parse-latin
 * builds a full syntax tree and then rewrites it with a dozen plugins; on our
 * benchmark it and the garbage it leaves took about a third of a whole check,
 * which kept the engine short of its speed target (docs/decisions.md, `npm run bench`).
 * We only need word and sentence boundaries, which one regular expression and
 * one pass find. test/checker/analyse.test.ts runs parse-latin beside this code
 * on every sentence of the built-in glossary and the sample paper and asserts
 * the same words and the same sentences, apart from the cases listed there
 * where parse-latin is wrong for our purpose ("Dr. Smith" is one sentence).
 */
import sentenceBreaks from '../../dictionaries/sentence-breaks.json';
import type { TextPart } from '../glossary/matcher';
import { spellingKey } from '../glossary/word-forms';

export interface Word {
  /** The word as written. */
  text: string;
  start: number;
  end: number;
}

export interface Sentence {
  start: number;
  end: number;
  /** Range of the sentence's words in `words` (end exclusive). */
  firstWord: number;
  endWord: number;
}

export interface BlockText {
  text: string;
  words: Word[];
  parts: TextPart[];
  sentences: Sentence[];
}

/**
 * A block's text as rules read it: without the word pieces, which only the
 * phrase matcher reads. A paragraph's analysis is kept between checks, and
 * its pieces were a third of what it held (docs/decisions.md, "Engine speed").
 */
export type ReadText = Omit<BlockText, 'parts'>;

/**
 * A word: letters, digits and combining marks, joined inside by apostrophes
 * (carer's), hyphens (co-production), and dots, commas or colons between
 * digits (2.5, 1,000, 2:1, 10:30). Abbreviations written with dots (e.g., p.m., U.K.) are one word
 * with their final dot, as in parse-latin.
 */
const WORD =
  /(?:[\p{L}\p{N}]\.){2,}(?![\p{L}\p{N}])|[\p{L}\p{N}][\p{L}\p{N}\p{M}]*(?:['’‘`][\p{L}\p{N}\p{M}]+|[-‐‑][\p{L}\p{N}\p{M}]+|(?<=\p{N})[.,:]\p{N}+)*/uy;
/** A letter or digit: every word starts with one. */
const WORD_START = /[\p{L}\p{N}]/uy;
const HYPHEN = /[-‐‑]/;
const STRIPPED = /['’‘`.]/;
const STRIPPED_ALL = /['’‘`.]/g;

/**
 * Titles and other short words that a full stop follows without ending the
 * sentence. The list is data: dictionaries/sentence-breaks.json.
 */
const NO_BREAK_AFTER: ReadonlySet<string> = new Set(sentenceBreaks.noBreakAfter);
const BEFORE_NUMBER: ReadonlySet<string> = new Set(sentenceBreaks.beforeNumber);
const LETTERED_AFTER: ReadonlySet<string> = new Set(sentenceBreaks.letteredAfter);
const NAMED_BY_LETTER_AFTER: ReadonlySet<string> = new Set(sentenceBreaks.namedByLetterAfter);
const SENTENCE_OPENERS: ReadonlySet<string> = new Set(sentenceBreaks.sentenceOpeners);

function isDigitCode(code: number): boolean {
  return code >= 48 && code <= 57;
}

function isWhiteSpaceCode(code: number): boolean {
  return (
    code === 32 || code === 9 || code === 10 || code === 13 || code === 0xa0 || code === 0x2028
  );
}

function isTerminator(code: number): boolean {
  // . ! ? …
  return code === 46 || code === 33 || code === 63 || code === 0x2026;
}

function isCloser(code: number): boolean {
  // ) ] " ' ” ’ »
  return (
    code === 41 ||
    code === 93 ||
    code === 34 ||
    code === 39 ||
    code === 0x201d ||
    code === 0x2019 ||
    code === 0xbb
  );
}

function isOpener(code: number): boolean {
  // ( [ " ' “ ‘ «
  return (
    code === 40 ||
    code === 91 ||
    code === 34 ||
    code === 39 ||
    code === 0x201c ||
    code === 0x2018 ||
    code === 0xab
  );
}

/** % ° ) ] and closing quotes, which can stand between a word and its full stop. */
function isTrailingSymbol(code: number): boolean {
  return code === 37 || code === 0xb0 || isCloser(code);
}

/**
 * Where a sentence that ends without a full stop ends: after the symbols and
 * closing brackets that follow its last word ("… support (£0.9m);").
 */
function closedAfter(text: string, end: number): number {
  let i = end;
  while (i < text.length && isTrailingSymbol(text.charCodeAt(i))) i++;
  return i;
}

function isApostrophe(code: number): boolean {
  return code === 39 || code === 0x2019;
}

/** Whether text[from, to) is non-empty and only white space. */
function isWhiteSpace(text: string, from: number, to: number): boolean {
  if (from >= to) return false;
  for (let i = from; i < to; i++) if (!isWhiteSpaceCode(text.charCodeAt(i))) return false;
  return true;
}

/**
 * The brackets, commas and slashes between two words when nothing else but
 * white space is there, or '': a phrase may have them inside it ("section
 * 5(2)", "information, advice and guidance", "section 47/49").
 */
function bracketsBetween(text: string, from: number, to: number): string {
  let brackets = '';
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    // ( ) [ ] , /
    if (code === 40 || code === 41 || code === 91 || code === 93 || code === 44 || code === 47)
      brackets += text.charAt(i);
    else if (!isWhiteSpaceCode(code)) return '';
  }
  return brackets;
}

/**
 * Where the sentence that contains `word` ends, if the gap after it ends one:
 * the offset just after the closing punctuation, or -1.
 */
function sentenceEndAfter(
  text: string,
  word: Word,
  next: Word | undefined,
  isFirstWord: boolean,
  previous: Word | undefined,
): number {
  let i = word.end;
  let terminated = text.charCodeAt(i - 1) === 46 && word.text.length > 2 && word.text.includes('.');
  // Symbols between the word and its full stop: "21%.", "(see below)."
  while (i < text.length && isTrailingSymbol(text.charCodeAt(i))) i++;
  while (i < text.length && isTerminator(text.charCodeAt(i))) {
    terminated = true;
    i++;
  }
  if (!terminated) return -1;
  while (i < text.length && isCloser(text.charCodeAt(i))) i++;
  if (next === undefined) return i;
  // The stop must be followed by white space (not "3.5" or "a.b").
  if (i < text.length && !isWhiteSpaceCode(text.charCodeAt(i))) return -1;
  // "Dr. Smith", "J. Smith": a title or an initial does not end a sentence,
  // and neither does the number of a numbered heading ("1. Matters arising").
  // A letter that names something does ("attached at Appendix B. The …").
  const single = text.charCodeAt(word.end) === 46 && word.end + 1 === i;
  if (single) {
    const bare = word.text.toLowerCase();
    if (NO_BREAK_AFTER.has(bare)) return -1;
    // "No. 4", but "They can say no. Then …".
    if (BEFORE_NUMBER.has(bare) && isDigitCode(text.charCodeAt(next.start))) return -1;
    if (/^\p{Lu}$/u.test(word.text) && !letterEnds(previous, next)) return -1;
    if (isFirstWord && /^\d+$/.test(word.text)) return -1;
  }
  // The next sentence must not start with a small letter: "e.g. fruit" goes on.
  const first = text.charAt(next.start);
  if (first.toLowerCase() === first && first.toUpperCase() !== first) return -1;
  return i;
}

/**
 * Whether a single capital letter before a full stop ends the sentence: it
 * names a lettered thing ("Appendix B. The …"), or a person kept private
 * ("… to Mr C and Mrs B. The Council …"), where a small word that is no name
 * comes next ("Mr J. Smith" goes on).
 */
function letterEnds(previous: Word | undefined, next: Word): boolean {
  if (!previous) return false;
  const before = previous.text.toLowerCase();
  if (LETTERED_AFTER.has(before)) return true;
  return NAMED_BY_LETTER_AFTER.has(before) && SENTENCE_OPENERS.has(next.text.toLowerCase());
}

/** Where the next word starts, at or after `from`: the next letter or digit, or -1. */
function nextWordStart(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 128) {
      // ASCII, most of any text: a digit or a letter.
      if (isDigitCode(code) || ((code | 32) >= 97 && (code | 32) <= 122)) return i;
      continue;
    }
    WORD_START.lastIndex = i;
    if (WORD_START.test(text)) return i;
  }
  return -1;
}

export function analyseText(text: string): BlockText {
  const words: Word[] = [];
  const parts: TextPart[] = [];
  /** Each word's last piece in `parts`: read below, not kept with the word. */
  const lastParts: number[] = [];
  // Each word starts at the next letter or digit, and WORD, tried there,
  // always matches: as a global search would find it, without making an
  // array for each match.
  for (let start = nextWordStart(text, 0); start !== -1;) {
    WORD.lastIndex = start;
    WORD.test(text);
    const end = WORD.lastIndex;
    const value = text.slice(start, end);
    const firstPart = parts.length;
    if (HYPHEN.test(value)) {
      let pieceStart = start;
      for (const piece of value.split(HYPHEN)) {
        if (piece !== '') parts.push(makePart(piece, pieceStart, pieceStart + piece.length));
        pieceStart += piece.length + 1;
      }
    } else {
      parts.push(makePart(value, start, end));
    }
    (parts[firstPart] as TextPart).wordStart = true;
    (parts[parts.length - 1] as TextPart).wordEnd = true;
    words.push({ text: value, start, end });
    lastParts.push(parts.length - 1);
    start = nextWordStart(text, end);
  }

  const sentences: Sentence[] = [];
  let sentenceFirst = 0;
  const close = (endWord: number, end: number) => {
    const first = words[sentenceFirst] as Word;
    let start = first.start;
    while (start > 0 && isOpener(text.charCodeAt(start - 1))) start--;
    sentences.push({ start, end, firstWord: sentenceFirst, endWord });
    sentenceFirst = endWord;
  };
  let previous: Word | undefined;
  for (let index = 0; index < words.length; index++) {
    const word = words[index] as Word;
    const next = words[index + 1];
    const lastPart = parts[lastParts[index] as number] as TextPart;
    const end = sentenceEndAfter(text, word, next, index === sentenceFirst, previous);
    previous = word;
    if (end !== -1 || next === undefined) {
      lastPart.joinsNext = false;
      close(index + 1, end !== -1 ? end : closedAfter(text, word.end));
    } else {
      // Pieces join across words only when nothing but white space lies
      // between, or a plural's apostrophe ("managers' hearing").
      // So do numbers with an en dash between, as a range is written: "0–25".
      lastPart.joinsNext =
        isWhiteSpace(text, word.end, next.start) ||
        (isApostrophe(text.charCodeAt(word.end)) &&
          /s$/i.test(word.text) &&
          isWhiteSpace(text, word.end + 1, next.start)) ||
        (next.start === word.end + 1 &&
          text.charCodeAt(word.end) === 0x2013 &&
          isDigitCode(text.charCodeAt(word.end - 1)) &&
          isDigitCode(text.charCodeAt(next.start)));
      // "5(2)", "Care (Education) and", "information, advice", "47/49":
      // brackets, commas and slashes a phrase may have inside it.
      if (!lastPart.joinsNext) lastPart.bracketsNext = bracketsBetween(text, word.end, next.start);
    }
    const after = text.charCodeAt(word.end);
    if (after === 41 || after === 93) lastPart.closedAfter = true;
  }
  return { text, words, parts, sentences };
}

/** The spelling keys of a word's pieces, as `analyseText` splits it at hyphens. */
export function pieceKeys(word: string): string[] {
  if (!HYPHEN.test(word)) return [spellingKey(word)];
  return word
    .split(HYPHEN)
    .filter((piece) => piece !== '')
    .map((piece) => spellingKey(piece));
}

/**
 * The text a word with an owner's 's is keyed by: its plural, as the
 * matcher reads "appointee's" ("appointees"), so a phrase with an owner
 * inside it is found as written ("carer's assessment"). Where the plural is
 * not the word and s, the plural it really has: "deputy's" → "deputies",
 * "coach's" → "coaches"; "pass's" → "pass" (its own key). (Read by
 * character codes first: this runs for every word.)
 */
function ownerKeyText(raw: string): string {
  const n = raw.length;
  if (n < 4) return raw;
  const last = raw.charCodeAt(n - 1) | 32;
  const mark = raw.charCodeAt(n - 2);
  if (last !== 115 || (mark !== 39 && mark !== 0x2019)) return raw;
  const word = raw.slice(0, -2);
  if (/s$/i.test(word)) return word;
  if (/[^aeiou]y$/i.test(word)) return `${word.slice(0, -1)}ies`;
  if (/(?:ch|sh|x|z)$/i.test(word)) return `${word}es`;
  return raw;
}

function makePart(raw: string, start: number, end: number): TextPart {
  return {
    key: spellingKey(ownerKeyText(raw)),
    raw: STRIPPED.test(raw) ? raw.replace(STRIPPED_ALL, '') : raw,
    start,
    end,
    wordStart: false,
    wordEnd: false,
    joinsNext: true,
    bracketsNext: '',
    closedAfter: false,
  };
}
