/**
 * Builds a `DocumentModel` block by block. Importers walk their own trees and
 * call `startBlock`, `addText`, `open`/`close` marks and `endBlock`; the
 * builder collapses white space and keeps every offset right.
 *
 * The text is kept as a list of pieces joined once at the end, and whether it
 * ends in a space is remembered rather than looked up: asking a string that
 * grows by `+=` about its end makes JavaScript copy the whole of it, so a
 * file of 100,000 paragraphs would take the square of the work. Past
 * `MAX_TEXT_CHARACTERS` the builder stops with a plain message, so no reader
 * builds more text than one check can take.
 */
import type {
  DocBlockKind,
  DocImage,
  DocTable,
  DocumentKind,
  DocumentModel,
  DocFormatting,
  SourceAnchor,
  Span,
} from './model';

/** Where a piece of text starts in the source file (offset, and 1-based line and column). */
export interface SourcePoint {
  offset: number;
  line: number;
  column: number;
}
import { DocumentError, MAX_TEXT_CHARACTERS, MESSAGES } from './errors';

/** GOV.UK easy read asks for 24 pages or fewer; a page of a typical paper holds about 500 words. */
export const WORDS_PER_PAGE = 500;

export type MarkKind = 'italic' | 'underline' | 'link' | 'code';

const BLOCK_GAP = '\n\n';

export class ModelBuilder {
  private readonly pieces: string[] = [];
  private textLength = 0;
  /** Whether the text so far ends with a space (there is never more than one). */
  private endsWithSpace = false;
  private readonly model: Omit<DocumentModel, 'text' | 'pages'>;
  private blockStart = -1;
  private blockKind: DocBlockKind = 'paragraph';
  private blockLevel: number | undefined;
  private blockPage: number | undefined;
  private readonly openMarks: { kind: MarkKind; start: number; href: string }[] = [];
  private readonly anchors: SourceAnchor[] = [];

  constructor(kind: DocumentKind, name: string) {
    this.model = {
      kind,
      name,
      title: null,
      language: null,
      blocks: [],
      links: [],
      images: [],
      tables: [],
      italic: [],
      underline: [],
      code: [],
      formatting: null,
      hasStructure: kind !== 'text' && kind !== 'pdf',
    };
  }

  get length(): number {
    return this.textLength;
  }

  private append(piece: string): void {
    if (piece === '') return;
    this.textLength += piece.length;
    if (this.textLength > MAX_TEXT_CHARACTERS) {
      throw new DocumentError('too-big', MESSAGES.tooMuchText());
    }
    this.pieces.push(piece);
    this.endsWithSpace = piece.endsWith(' ');
  }

  setTitle(title: string | null): void {
    const clean = title?.replace(/\s+/g, ' ').trim() ?? '';
    this.model.title = clean === '' ? null : clean;
  }

  setLanguage(language: string | null): void {
    this.model.language = language === null || language.trim() === '' ? null : language.trim();
  }

  /** Whether the file records structure (a tagged PDF does; an untagged one does not). */
  setHasStructure(value: boolean): void {
    this.model.hasStructure = value;
  }

  setFormatting(formatting: DocFormatting): void {
    this.model.formatting = formatting;
  }

  /** Starts a block; any block still open is ended first. */
  startBlock(kind: DocBlockKind, level?: number, page?: number): void {
    this.endBlock();
    this.blockKind = kind;
    this.blockLevel = level;
    this.blockPage = page;
    this.blockStart = -1;
  }

  /** The kind of the block being built. */
  get kind(): DocBlockKind {
    return this.blockKind;
  }

  /** Where the next character of prose will go, for images and tables. */
  here(): number {
    if (this.blockStart !== -1) return this.textLength;
    return this.textLength === 0 ? 0 : this.textLength + BLOCK_GAP.length;
  }

  /**
   * Adds prose. `from`, when given, is where `value` starts in the source
   * file: the builder then notes where the text and the file line up again
   * after each run of white space it collapses, so every offset can be
   * traced back to the file's own line, column and offset.
   */
  addText(value: string, from?: SourcePoint): void {
    if (from) {
      this.addTraced(value, from);
      return;
    }
    // White space collapses as it does in a browser; line breaks inside a
    // block become spaces, because blank lines are what separate blocks.
    let piece = value.replace(/[\s\u00a0]+/g, ' ');
    if (this.blockStart === -1) {
      piece = piece.replace(/^ /, '');
      if (piece === '') return;
      if (this.textLength > 0) this.append(BLOCK_GAP);
      this.blockStart = this.textLength;
      // Marks opened before the block's first character start here.
      for (const mark of this.openMarks) mark.start = Math.max(mark.start, this.blockStart);
    } else if (this.endsWithSpace) {
      piece = piece.replace(/^ /, '');
    }
    this.append(piece);
  }

  /**
   * `addText` for text from a source file. A single space between two words
   * is kept as it is, so the text and the file stay in step across it; the
   * text is added in stretches between the other runs of white space (those
   * that collapse, or hold a line break), and each stretch notes where it
   * starts in the file unless it is still in step with the last note.
   */
  private addTraced(value: string, from: SourcePoint): void {
    let line = from.line;
    let column = from.column;
    let stretchStart = 0;
    const SPACE = /[\s\u00a0]+/g;
    for (let match = SPACE.exec(value); ; match = SPACE.exec(value)) {
      const end = match ? match.index : value.length;
      if (match && match[0] === ' ' && end > 0 && end + 1 < value.length) continue;
      if (end > stretchStart) {
        this.addStretch(value.slice(stretchStart, end), from.offset + stretchStart, line, column);
        column += end - stretchStart;
      }
      if (!match) return;
      const run = match[0];
      this.addText(' ');
      for (let i = 0; i < run.length; i++) {
        if (run[i] === '\n' || (run[i] === '\r' && run[i + 1] !== '\n')) {
          line++;
          column = 1;
        } else {
          column++;
        }
      }
      stretchStart = end + run.length;
    }
  }

  /** Adds words with single spaces between them, noting where they start in the file. */
  private addStretch(stretch: string, offset: number, line: number, column: number): void {
    this.addText(stretch);
    // The stretch starts where the text now ends, less its own length.
    const at = this.textLength - stretch.length;
    const last = this.anchors[this.anchors.length - 1];
    const inStep =
      last !== undefined &&
      last.line === line &&
      at - last.at === offset - last.offset &&
      column - last.column === offset - last.offset;
    if (!inStep) this.anchors.push({ at, offset, line, column });
  }

  endBlock(): void {
    if (this.blockStart === -1) return;
    // Trailing space is dropped so the block ends at its last character.
    if (this.endsWithSpace) {
      const last = this.pieces.pop() as string;
      this.pieces.push(last.slice(0, -1));
      this.textLength--;
      this.endsWithSpace = false;
    }
    const block: DocumentModel['blocks'][number] = {
      kind: this.blockKind,
      start: this.blockStart,
      end: this.textLength,
    };
    if (this.blockLevel !== undefined) block.level = this.blockLevel;
    if (this.blockPage !== undefined) block.page = this.blockPage;
    this.model.blocks.push(block);
    this.blockStart = -1;
    // Text that comes after a block and outside any other is a paragraph.
    this.blockKind = 'paragraph';
    this.blockLevel = undefined;
  }

  open(kind: MarkKind, href = ''): void {
    this.openMarks.push({ kind, start: this.here(), href });
  }

  close(kind: MarkKind): void {
    for (let i = this.openMarks.length - 1; i >= 0; i--) {
      const mark = this.openMarks[i] as { kind: MarkKind; start: number; href: string };
      if (mark.kind !== kind) continue;
      this.openMarks.splice(i, 1);
      // At most one space ends the text, and it is not part of the mark.
      const end = this.textLength - (this.endsWithSpace ? 1 : 0);
      if (end <= mark.start) return;
      const span: Span = { start: mark.start, end };
      if (kind === 'link') this.model.links.push({ ...span, href: mark.href });
      else if (kind === 'italic') this.model.italic.push(span);
      else if (kind === 'code') this.model.code?.push(span);
      else this.model.underline.push(span);
      return;
    }
  }

  addImage(alt: string | null, fileName?: string, page?: number): void {
    const image: DocImage = { alt, at: this.here() };
    if (fileName !== undefined) image.fileName = fileName;
    if (page !== undefined) image.page = page;
    this.model.images.push(image);
  }

  addTable(table: DocTable): void {
    this.model.tables.push(table);
  }

  finish(pages?: number): DocumentModel {
    this.endBlock();
    const text = this.pieces.join('');
    const model: DocumentModel = {
      ...this.model,
      text,
      pages: pages ?? Math.max(1, Math.ceil(countWords(text) / WORDS_PER_PAGE)),
    };
    if (this.anchors.length > 0) model.sourceMap = this.anchors;
    return model;
  }
}

/**
 * Words are runs of anything but white space; counted without making a list
 * of them. `addText` has already turned all white space into single spaces
 * (and blocks are separated by line breaks), so only those two are looked for.
 */
function countWords(text: string): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const space = code === 32 || code === 10;
    if (!space && !inWord) words++;
    inWord = !space;
  }
  return words;
}
