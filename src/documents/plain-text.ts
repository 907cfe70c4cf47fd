/**
 * How plain text splits into blocks, for every reader of plain text: the
 * engine checking a field or pasted text, and .txt files and standard input.
 *
 * Paragraphs are separated by blank lines. Inside a paragraph a line starts
 * a new block when it is a list item, or when the line before has no closing
 * punctuation and this one starts with a capital or digit (a heading, a
 * label, an agenda line), or starts with a short label and a colon ("HM:
 * chase Facilities"). After a line that leads into a list ("The
 * services we fund include:"), with or without a blank line between, each
 * line is an item of its own, unless it
 * starts with a small letter after a full line (an item too long for one
 * line, wrapped). Other line breaks are wrapped prose.
 */

export type PlainBlockKind = 'paragraph' | 'list-item';

export interface PlainBlock {
  kind: PlainBlockKind;
  /** Offsets in the text: from the block's first line's start to its last line's end. */
  start: number;
  end: number;
}

const LIST_MARKER = /^[ \t]*(?:[-*+•·‣–]|\(?\d{1,3}[.)]|\(?[a-z][.)])[ \t]+/;
/**
 * A line that starts a numbered or lettered item inside a paragraph of
 * Markdown ("(a) the report be noted;"), which Markdown does not read as
 * a list: the readers start a list item there.
 */
export const ITEM_LINE = /^[ \t]*(?:\(?\d{1,3}\)|\(?[a-z]\)|\([ivx]{1,4}\))[ \t]+/;
/**
 * A Markdown line that starts with a bold label ("**Provider:** Greenacre
 * Care Ltd", "**Date**: 18 November"): in a form's details or a meeting's
 * header each such line is an item of its own, not part of one sentence.
 */
export const LABEL_LINE = /^[ \t]*(?:\*\*|__)[^*_\n]{1,40}?(?::[ \t]*(?:\*\*|__)|(?:\*\*|__):)/;
const SENTENCE_END = /[.!?:;…"”’)]\s*$/;
/**
 * A line that starts with a short label and a colon ("HM: chase Facilities",
 * "All SWs: two extra cases", "Agreed: …"), as minutes' actions are written:
 * a new item, whatever the line before ends with.
 */
const LABEL_START = /^\s*\p{Lu}[\p{L}\p{N}/&'’ -]{0,24}:\s/u;
/** A line that leads into a list: "The services we fund include:". */
const LEADS_IN = /:\s*$/;
/**
 * A line this long may have been broken only because it was full: text
 * wrapped by hand or by an email program breaks at 65 to 80 characters.
 */
const FULL_LINE = 60;

/** The blocks of plain text, in order, in one pass. */
export function splitPlainText(input: string): PlainBlock[] {
  const blocks: PlainBlock[] = [];
  const lineRe = /\r\n|\r|\n/g;
  let blockStart = -1;
  let blockEnd = -1;
  let blockKind: PlainBlockKind = 'paragraph';
  let previousLine = '';
  // Whether the lines being read are the items after a line that leads into them.
  let inList = false;
  // The last line with words on it, across blank lines: "please send us:", a
  // blank line, then the list.
  let lastText = '';
  const flush = () => {
    if (blockStart !== -1 && input.slice(blockStart, blockEnd).trim() !== '') {
      blocks.push({ kind: blockKind, start: blockStart, end: blockEnd });
    }
    blockStart = -1;
  };
  let lineStart = 0;
  for (;;) {
    const match = lineRe.exec(input);
    const lineEnd = match ? match.index : input.length;
    const line = input.slice(lineStart, lineEnd);
    if (line.trim() === '') {
      flush();
      inList = false;
    } else {
      // The line before was broken where it was full, and this one goes on with it.
      const goesOn =
        previousLine.trimEnd().length >= FULL_LINE &&
        /^\s*\p{Ll}/u.test(line) &&
        !/[.!?;]\s*$/.test(previousLine);
      if (LEADS_IN.test(lastText) && !goesOn) inList = true;
      const isItem =
        LIST_MARKER.test(line) ||
        (inList && !goesOn) ||
        (blockStart !== -1 && LABEL_START.test(line));
      const startsNew =
        blockStart === -1 ||
        isItem ||
        (!SENTENCE_END.test(previousLine) && /^\s*[\p{Lu}\d]/u.test(line));
      if (startsNew) {
        flush();
        blockStart = lineStart;
        blockKind = isItem ? 'list-item' : 'paragraph';
      }
      blockEnd = lineEnd;
      lastText = line;
    }
    previousLine = line;
    if (!match) break;
    lineStart = match.index + match[0].length;
  }
  flush();
  return blocks;
}
