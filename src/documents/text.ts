/**
 * Reads a .txt file (or standard input). Plain text splits into blocks the
 * way every reader of plain text splits it (src/documents/plain-text.ts):
 * paragraphs, list items, and lines that look like headings or labels.
 * Every word keeps its place in the file, so findings give the file's lines.
 */
import { ModelBuilder } from './builder';
import type { DocumentModel } from './model';
import { splitPlainText } from './plain-text';

export function readText(source: string, name: string): DocumentModel {
  const builder = new ModelBuilder('text', name);
  const text = source.replace(/^\uFEFF/, '');
  const bom = source.length - text.length;
  // Line starts, to give each block its line and column.
  let line = 1;
  let lineStart = 0;
  let scanned = 0;
  const lineOf = (offset: number) => {
    for (; scanned < offset; scanned++) {
      const code = text.charCodeAt(scanned);
      if (code === 10 || (code === 13 && text.charCodeAt(scanned + 1) !== 10)) {
        line++;
        lineStart = scanned + 1;
      }
    }
    return { line, column: offset - lineStart + 1 };
  };
  for (const block of splitPlainText(text)) {
    builder.startBlock(block.kind);
    const where = lineOf(block.start);
    builder.addText(text.slice(block.start, block.end), {
      offset: block.start + bom,
      line: where.line,
      column: where.column,
    });
    builder.endBlock();
  }
  return builder.finish();
}

/** A line that starts with a dash, bullet character or number, as typed lists do. */
export const TYPED_LIST_ITEM = /^[ \t]*(?:[-*•·–]|\(?\d{1,3}[.)]|\(?[a-z][.)])[ \t]+\S/;
