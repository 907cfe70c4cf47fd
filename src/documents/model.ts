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
  /** Formatting facts from the file itself; `null` when the format cannot say (PDF, Markdown, text). */
  formatting: DocFormatting | null;
  /** Whether the format records structure (headings, lists), so missing structure means something. */
  hasStructure: boolean;
  /** Number of pages, for PDFs; estimated from the word count for other files. */
  pages: number;
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
