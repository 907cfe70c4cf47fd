/** Reads an .html file with parse5 (as rehype-parse does, with limits: src/documents/html-parse.ts). */
import { ModelBuilder } from './builder';
import { walkHast } from './hast-walker';
import { parseHtml } from './html-parse';
import type { DocumentModel } from './model';

export function readHtml(source: string, name: string): DocumentModel {
  const builder = new ModelBuilder('html', name);
  walkHast(parseHtml(source, { locations: true }), builder, { readHead: true, traceSource: true });
  return builder.finish();
}
