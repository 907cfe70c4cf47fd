/**
 * Reads a .txt file. Plain text has no structure, so each paragraph (text
 * between blank lines) is one block, and each line inside it that looks like
 * a typed list item is a block of its own.
 */
import { ModelBuilder } from './builder';
import type { DocumentModel } from './model';

export function readText(source: string, name: string): DocumentModel {
  const builder = new ModelBuilder('text', name);
  for (const paragraph of source.replace(/^\uFEFF/, '').split(/\r?\n[ \t]*\r?\n/)) {
    builder.startBlock('paragraph');
    for (const line of paragraph.split(/\r?\n/)) {
      if (TYPED_LIST_ITEM.test(line)) builder.startBlock('paragraph');
      builder.addText(`${line} `);
    }
    builder.endBlock();
  }
  return builder.finish();
}

/** A line that starts with a dash, bullet character or number, as typed lists do. */
export const TYPED_LIST_ITEM = /^[ \t]*(?:[-*•·–]|\(?\d{1,3}[.)]|\(?[a-z][.)])[ \t]+\S/;
