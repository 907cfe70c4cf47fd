/**
 * Reads a .md file with remark-parse (unified). Markdown records headings,
 * lists, tables, links, images and emphasis, so all of them reach the checks.
 */
import type { Nodes, Root } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { ModelBuilder } from './builder';
import type { DocumentModel } from './model';

export function readMarkdown(source: string, name: string): DocumentModel {
  const tree = unified().use(remarkParse).parse(source) as Root;
  const builder = new ModelBuilder('markdown', name);
  const visit = (node: Nodes, inItem: boolean): void => {
    switch (node.type) {
      case 'heading':
        builder.startBlock('heading', node.depth);
        if (node.depth === 1 && builder.length === 0) builder.setTitle(plain(node));
        break;
      case 'paragraph':
        builder.startBlock(inItem ? 'list-item' : 'paragraph');
        break;
      case 'listItem':
        builder.startBlock('list-item');
        for (const child of node.children) visit(child, true);
        builder.endBlock();
        return;
      case 'blockquote':
        builder.startBlock('quote');
        break;
      case 'tableCell':
        builder.startBlock('table-cell');
        break;
      case 'table':
        // GitHub-flavoured tables always have a header row; plain remark
        // leaves them as paragraphs, which the checks see as text.
        builder.addTable({ at: builder.here(), rows: node.children.length, hasHeaderRow: true });
        break;
      case 'text':
        builder.addText(node.value);
        return;
      case 'inlineCode':
        builder.addText(node.value);
        return;
      case 'break':
        builder.addText(' ');
        return;
      case 'image':
        // Markdown cannot mark an image decorative, so empty alt text counts as none.
        builder.addImage(node.alt ? node.alt : null, node.url.split('/').pop());
        return;
      case 'code':
      case 'html':
      case 'definition':
      case 'thematicBreak':
        return;
      case 'link':
        builder.open('link', node.url);
        for (const child of node.children) visit(child, inItem);
        builder.close('link');
        return;
      case 'emphasis':
        builder.open('italic');
        for (const child of node.children) visit(child, inItem);
        builder.close('italic');
        return;
      default:
        break;
    }
    if ('children' in node) for (const child of node.children as Nodes[]) visit(child, inItem);
    if (['heading', 'paragraph', 'blockquote', 'tableCell'].includes(node.type)) builder.endBlock();
  };
  visit(tree, false);
  return builder.finish();
}

function plain(node: Nodes): string {
  if ('value' in node && typeof node.value === 'string') return node.value;
  if ('children' in node) return (node.children as Nodes[]).map(plain).join('');
  return '';
}
