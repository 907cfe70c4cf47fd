/**
 * What every importer gives back: the document's prose as one plain string,
 * split into blocks separated by blank lines, plus the structure the
 * accessibility checks need (headings, lists, tables, links, images,
 * emphasis, formatting facts from the file).
 *
 * One plain string with blank lines between blocks means the engine can check
 * it as `text` and every finding's offsets point straight into `text`, which
 * the review page shows block by block. Pure data: it crosses the worker and
 * message boundaries as it is.
 */

export type DocumentKind = 'docx' | 'pdf' | 'html' | 'markdown' | 'text';

export type DocBlockKind = 'heading' | 'paragraph' | 'list-item' | 'table-cell' | 'quote';

export interface DocBlock {
  kind: DocBlockKind;
  /** 1–6 for headings. */
  level?: number;
  /** Offsets into `DocumentModel.text`; `text.slice(start, end)` is the block's prose. */
  start: number;
  end: number;
  /** 1-based page, for PDFs. */
  page?: number;
}

/** A range of `text` with something about it: a link, emphasis, small print. */
export interface Span {
  start: number;
  end: number;
}

export interface DocLink extends Span {
  href: string;
}

export interface DocImage {
  /** `null` when the image has no alt text at all; `''` when it is marked decorative. */
  alt: string | null;
  /** The image's file name when the file says it, to spot alt text that is only a file name. */
  fileName?: string;
  /** Offset in `text` of the block it sits in (images have no text of their own). */
  at: number;
  page?: number;
}

export interface DocTable {
  /** Offset in `text` where the table's first cell starts. */
  at: number;
  rows: number;
  /** Whether the first row is marked as a header row (`<th>`, or "repeat as header row" in Word). */
  hasHeaderRow: boolean;
}

export interface DocFormatting {
  /** Paragraphs set as justified (both edges straight), by the range of their text. */
  justified: Span[];
  /** Body text set under 12 point, with the size in points. */
  smallText: (Span & { points: number })[];
}

/**
 * A point where the document's text and its source file line up: the
 * character at `at` in `text` is at `offset` in the file, on `line`, at
 * `column` (both 1-based). Anchors come in order of `at`; between two, the
 * text and the file run side by side.
 */
export interface SourceAnchor {
  at: number;
  offset: number;
  line: number;
  column: number;
}

export interface DocumentModel {
  kind: DocumentKind;
  /** The file name the user gave, for the report. */
  name: string;
  /** The document's own title (Word's Title property, PDF's Title, HTML's <title>), if any. */
  title: string | null;
  /** The document's language, if it says (`en-GB`). */
  language: string | null;
  text: string;
  blocks: DocBlock[];
  links: DocLink[];
  images: DocImage[];
  tables: DocTable[];
  /** Italic (or `<em>`) text, which GOV.UK asks you not to use for emphasis. */
  italic: Span[];
  /** Underlined text that is not a link. */
  underline: Span[];
  /**
   * Code (Markdown's `inline code`, HTML's <code>, <pre> and the like): kept
   * in the text, but not prose, so the engine reads each span as one word it
   * does not check (`engineText`).
   */
  code?: Span[];
  /** Formatting facts from the file itself; `null` when the format cannot say (PDF, Markdown, text). */
  formatting: DocFormatting | null;
  /** Whether the format records structure (headings, lists), so missing structure means something. */
  hasStructure: boolean;
  /** Number of pages, for PDFs; estimated from the word count for other files. */
  pages: number;
  /**
   * For files that are text (.txt, .md, .html): where the text lines up with
   * the file, so findings can give the file's own lines and offsets.
   */
  sourceMap?: SourceAnchor[];
}

/** A place in the source file, for a finding. */
export interface SourcePlace {
  line: number;
  column: number;
  /** Offset in the source file, when the document is a text file. */
  offset?: number;
}

/**
 * Where an offset of the model's text is in the file: its line, column and
 * offset for text files; for Word and PDF files, which have no lines, the
 * paragraph's number (counted from 1) and the place in the paragraph.
 */
export function sourcePlace(model: DocumentModel, at: number): SourcePlace {
  const anchors = model.sourceMap;
  if (anchors && anchors.length > 0) {
    let low = 0;
    let high = anchors.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >>> 1;
      if ((anchors[mid] as SourceAnchor).at <= at) low = mid;
      else high = mid - 1;
    }
    const anchor = anchors[low] as SourceAnchor;
    const shift = Math.max(0, at - anchor.at);
    return { line: anchor.line, column: anchor.column + shift, offset: anchor.offset + shift };
  }
  let low = 0;
  let high = model.blocks.length - 1;
  let found = 0;
  while (low <= high) {
    const mid = (low + high) >>> 1;
    if ((model.blocks[mid] as DocBlock).start <= at) {
      found = mid;
      low = mid + 1;
    } else high = mid - 1;
  }
  const block = model.blocks[found];
  return { line: found + 1, column: at - (block?.start ?? 0) + 1 };
}

/**
 * Where the text ending at `end` (exclusive) of the model's text ends in the
 * file: just after its last character, so a finding on "**reablement**:"
 * ends before the closing marks, not after them.
 */
export function sourceEndPlace(model: DocumentModel, start: number, end: number): SourcePlace {
  if (end <= start) return sourcePlace(model, end);
  const last = sourcePlace(model, end - 1);
  return {
    line: last.line,
    column: last.column + 1,
    ...(last.offset !== undefined ? { offset: last.offset + 1 } : {}),
  };
}

/** The page a text offset is on, or undefined when the document has no pages. */
export function pageAt(model: DocumentModel, offset: number): number | undefined {
  if (model.kind !== 'pdf') return undefined;
  let low = 0;
  let high = model.blocks.length - 1;
  let found: DocBlock | undefined;
  while (low <= high) {
    const mid = (low + high) >>> 1;
    const block = model.blocks[mid] as DocBlock;
    if (block.start <= offset) {
      found = block;
      low = mid + 1;
    } else {
      high = mid - 1;
    }
  }
  return found?.page;
}

/**
 * The model's text as the engine reads it: each code span becomes one word of
 * zeros of the same length, as the engine's own Markdown and HTML readers
 * mask code, so the sentence around it stays whole and every offset still
 * points into `text`.
 */
export function engineText(model: DocumentModel): string {
  const spans = model.code;
  if (!spans || spans.length === 0) return model.text;
  // Spans close inside out (<pre><code>), so they are put in order first.
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  let out = '';
  let at = 0;
  for (const span of sorted) {
    const start = Math.max(at, span.start);
    if (span.end <= start) continue;
    out += model.text.slice(at, start) + '0'.repeat(span.end - start);
    at = span.end;
  }
  return out + model.text.slice(at);
}
