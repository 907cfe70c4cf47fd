/**
 * Builds a `DocumentModel` block by block. Importers walk their own trees and
 * call `startBlock`, `addText`, `open`/`close` marks and `endBlock`; the
 * builder collapses white space and keeps every offset right.
 */
import type {
  DocBlockKind,
  DocImage,
  DocTable,
  DocumentKind,
  DocumentModel,
  DocFormatting,
  Span,
} from './model';

/** GOV.UK easy read asks for 24 pages or fewer; a page of a typical paper holds about 500 words. */
export const WORDS_PER_PAGE = 500;

export type MarkKind = 'italic' | 'underline' | 'link';

const BLOCK_GAP = '\n\n';

export class ModelBuilder {
  private text = '';
  private readonly model: Omit<DocumentModel, 'text' | 'pages'>;
  private blockStart = -1;
  private blockKind: DocBlockKind = 'paragraph';
  private blockLevel: number | undefined;
  private blockPage: number | undefined;
  private readonly openMarks: { kind: MarkKind; start: number; href: string }[] = [];

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
      formatting: null,
      hasStructure: kind !== 'text' && kind !== 'pdf',
    };
  }

  get length(): number {
    return this.text.length;
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

  /** Where the next character of prose will go, for images and tables. */
  here(): number {
    if (this.blockStart !== -1) return this.text.length;
    return this.text.length === 0 ? 0 : this.text.length + BLOCK_GAP.length;
  }

  addText(value: string): void {
    // White space collapses as it does in a browser; line breaks inside a
    // block become spaces, because blank lines are what separate blocks.
    let piece = value.replace(/[\s\u00a0]+/g, ' ');
    if (this.blockStart === -1) {
      piece = piece.replace(/^ /, '');
      if (piece === '') return;
      if (this.text.length > 0) this.text += BLOCK_GAP;
      this.blockStart = this.text.length;
      // Marks opened before the block's first character start here.
      for (const mark of this.openMarks) mark.start = Math.max(mark.start, this.blockStart);
    } else if (this.text.endsWith(' ')) {
      piece = piece.replace(/^ /, '');
    }
    this.text += piece;
  }

  endBlock(): void {
    if (this.blockStart === -1) return;
    // Trailing space is dropped so the block ends at its last character.
    if (this.text.endsWith(' ')) this.text = this.text.slice(0, -1);
    const block: DocumentModel['blocks'][number] = {
      kind: this.blockKind,
      start: this.blockStart,
      end: this.text.length,
    };
    if (this.blockLevel !== undefined) block.level = this.blockLevel;
    if (this.blockPage !== undefined) block.page = this.blockPage;
    this.model.blocks.push(block);
    this.blockStart = -1;
  }

  open(kind: MarkKind, href = ''): void {
    this.openMarks.push({ kind, start: this.here(), href });
  }

  close(kind: MarkKind): void {
    for (let i = this.openMarks.length - 1; i >= 0; i--) {
      const mark = this.openMarks[i] as { kind: MarkKind; start: number; href: string };
      if (mark.kind !== kind) continue;
      this.openMarks.splice(i, 1);
      let end = this.text.length;
      while (end > mark.start && this.text[end - 1] === ' ') end--;
      if (end <= mark.start) return;
      const span: Span = { start: mark.start, end };
      if (kind === 'link') this.model.links.push({ ...span, href: mark.href });
      else if (kind === 'italic') this.model.italic.push(span);
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
    const words = this.text.split(/\s+/).filter(Boolean).length;
    return {
      ...this.model,
      text: this.text,
      pages: pages ?? Math.max(1, Math.ceil(words / WORDS_PER_PAGE)),
    };
  }
}
