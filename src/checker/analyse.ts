/**
 * Turns one block of prose into sentences and words with parse-latin (the
 * parser under retext-english), once per block; the result is cached by the
 * checker, so a keystroke only re-parses the paragraph it changed.
 *
 * parse-latin is run per block, not on the whole document: it merges tokens
 * with array splices, which makes whole-document parsing superlinear
 * (../shared/PERFORMANCE.md).
 */
import type { Sentence as NlcstSentence, Word as NlcstWord } from 'nlcst';
import { ParseLatin } from 'parse-latin';
import type { TextPart } from '../glossary/matcher';
import { spellingKey } from '../glossary/word-forms';

export interface Word {
  /** The word as written. */
  text: string;
  start: number;
  end: number;
  /** Index of its first piece in `parts`. */
  firstPart: number;
  lastPart: number;
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

const parser = new ParseLatin();
const HYPHENS = new Set(['-', '‐', '‑']);
const STRIPPED = /['’‘`.]/;
const STRIPPED_ALL = /['’‘`.]/g;
/** Whether text[from, to) is non-empty and only spaces, tabs, line breaks or no-break spaces. */
function isWhiteSpace(text: string, from: number, to: number): boolean {
  if (from >= to) return false;
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code !== 32 && code !== 9 && code !== 10 && code !== 13 && code !== 0xa0) return false;
  }
  return true;
}

export function analyseText(text: string): BlockText {
  const root = parser.parse(text);
  const words: Word[] = [];
  const parts: TextPart[] = [];
  const sentences: Sentence[] = [];
  for (const paragraph of root.children) {
    if (paragraph.type !== 'ParagraphNode') continue;
    for (const sentence of paragraph.children) {
      if (sentence.type !== 'SentenceNode') continue;
      addSentence(sentence, text, words, parts, sentences);
    }
  }
  return { text, words, parts, sentences };
}

function addSentence(
  sentence: NlcstSentence,
  text: string,
  words: Word[],
  parts: TextPart[],
  sentences: Sentence[],
): void {
  const firstWord = words.length;
  let previousWordEnd = -1;
  for (const node of sentence.children) {
    if (node.type !== 'WordNode') continue;
    const start = node.position?.start.offset ?? 0;
    const end = node.position?.end.offset ?? 0;
    // Parts join across words only when nothing but white space lies between.
    const lastPart = parts[parts.length - 1];
    if (lastPart && previousWordEnd !== -1) {
      lastPart.joinsNext = isWhiteSpace(text, previousWordEnd, start);
    }
    const firstPart = parts.length;
    addParts(node, parts);
    if (parts.length === firstPart) {
      parts.push(makePart(text.slice(start, end), start, end));
    }
    (parts[firstPart] as TextPart).wordStart = true;
    (parts[parts.length - 1] as TextPart).wordEnd = true;
    words.push({ text: text.slice(start, end), start, end, firstPart, lastPart: parts.length - 1 });
    previousWordEnd = end;
  }
  const lastPart = parts[parts.length - 1];
  if (lastPart) lastPart.joinsNext = false;
  if (words.length > firstWord) {
    sentences.push({
      start: sentence.position?.start.offset ?? 0,
      end: sentence.position?.end.offset ?? 0,
      firstWord,
      endWord: words.length,
    });
  }
}

function makePart(raw: string, start: number, end: number): TextPart {
  return {
    key: spellingKey(raw),
    raw: STRIPPED.test(raw) ? raw.replace(STRIPPED_ALL, '') : raw,
    start,
    end,
    wordStart: false,
    wordEnd: false,
    joinsNext: true,
  };
}

/** Splits a word at hyphens: `co-produced` → `co`, `produced`. */
function addParts(word: NlcstWord, parts: TextPart[]): void {
  let pieceStart = -1;
  let pieceEnd = -1;
  let raw = '';
  const flush = () => {
    if (pieceStart !== -1 && raw.replace(STRIPPED_ALL, '') !== '') {
      parts.push(makePart(raw, pieceStart, pieceEnd));
    }
    pieceStart = -1;
    raw = '';
  };
  for (const child of word.children) {
    const start = child.position?.start.offset ?? 0;
    const end = child.position?.end.offset ?? 0;
    const value = 'value' in child ? child.value : '';
    if (child.type === 'PunctuationNode' && HYPHENS.has(value)) {
      flush();
      continue;
    }
    if (pieceStart === -1) pieceStart = start;
    pieceEnd = end;
    raw += value;
  }
  flush();
}
