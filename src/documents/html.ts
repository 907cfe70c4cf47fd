/** Reads an .html file with rehype-parse (unified). */
import type { Root } from 'hast';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { ModelBuilder } from './builder';
import { walkHast } from './hast-walker';
import type { DocumentModel } from './model';

export function readHtml(source: string, name: string): DocumentModel {
  const tree = unified().use(rehypeParse).parse(source) as Root;
  const builder = new ModelBuilder('html', name);
  walkHast(tree, builder, { readHead: true });
  return builder.finish();
}
