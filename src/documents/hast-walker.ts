/**
 * Turns an HTML tree (from an .html file, or the HTML mammoth makes from a
 * .docx) into a `DocumentModel`. The tree is only read: nothing from the file
 * is ever put into a page as HTML, so nothing in it can run. The tree is at
 * most `MAX_NESTING` deep (src/documents/html-parse.ts), so walking it by
 * recursion is safe.
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';
import type { ModelBuilder } from './builder';
import { blockKindOf, CODE_TAGS, SKIPPED_TAGS } from './html-tags';
import type { DocBlockKind } from './model';

function attribute(element: Element, name: string): string | undefined {
  const value = element.properties?.[name];
  if (value === undefined || value === null) return undefined;
  return Array.isArray(value) ? value.join(' ') : String(value);
}

function textOf(node: Element | Root): string {
  let out = '';
  for (const child of node.children) {
    if (child.type === 'text') out += child.value;
    else if (child.type === 'element') out += textOf(child);
  }
  return out;
}

/** The last part of an image's address, unless it is inline data. */
function fileName(src: string | undefined): string | undefined {
  if (src === undefined || src === '' || src.startsWith('data:')) return undefined;
  const path = src.split(/[?#]/)[0] ?? '';
  const name = path.split('/').pop() ?? '';
  return name === '' ? undefined : decodeURIComponent(name);
}

function rows(table: Element): Element[] {
  const out: Element[] = [];
  const visit = (node: Element) => {
    for (const child of node.children) {
      if (child.type !== 'element') continue;
      if (child.tagName === 'tr') out.push(child);
      else if (child.tagName !== 'table') visit(child);
    }
  };
  visit(table);
  return out;
}

function hasHeaderRow(table: Element): boolean {
  const first = rows(table)[0];
  if (!first) return false;
  const cells = first.children.filter(
    (child): child is Element => child.type === 'element' && /^t[dh]$/.test(child.tagName),
  );
  return cells.length > 0 && cells.every((cell) => cell.tagName === 'th');
}

export interface HastWalkOptions {
  /** Take the title from <title> and the language from <html lang>: true for HTML files. */
  readHead?: boolean;
  /**
   * The tree's positions are places in the user's file (an .html file), not
   * in HTML made along the way (a Word file's): trace the text back to them.
   */
  traceSource?: boolean;
}

export function walkHast(tree: Root, builder: ModelBuilder, options: HastWalkOptions = {}): void {
  if (options.readHead) {
    const head = findElement(tree, 'title');
    if (head) builder.setTitle(textOf(head));
    const html = findElement(tree, 'html');
    if (html) builder.setLanguage(attribute(html, 'lang') ?? null);
  }
  // A paragraph inside a list item or table cell is still part of that item.
  type Container = { kind: DocBlockKind; level?: number } | undefined;
  const visit = (node: RootContent | ElementContent, container: Container): void => {
    if (node.type === 'text') {
      const start = options.traceSource ? node.position?.start : undefined;
      builder.addText(
        node.value,
        start?.offset === undefined
          ? undefined
          : { offset: start.offset, line: start.line, column: start.column },
      );
      return;
    }
    if (node.type !== 'element') return;
    const name = node.tagName;
    if (SKIPPED_TAGS.has(name)) return;
    if (name === 'br') {
      builder.addText(' ');
      return;
    }
    if (name === 'img') {
      builder.addImage(attribute(node, 'alt') ?? null, fileName(attribute(node, 'src')));
      return;
    }
    if (name === 'table') {
      builder.addTable({
        at: builder.here(),
        rows: rows(node).length,
        hasHeaderRow: hasHeaderRow(node),
      });
    }
    const mark = CODE_TAGS.has(name)
      ? 'code'
      : name === 'a' && attribute(node, 'href') !== undefined
        ? 'link'
        : name === 'em' || name === 'i'
          ? 'italic'
          : name === 'u'
            ? 'underline'
            : undefined;
    let block = blockKindOf(name);
    if (block?.kind === 'paragraph' && container) block = container;
    if (block) builder.startBlock(block.kind, block.level);
    if (mark) builder.open(mark, attribute(node, 'href') ?? '');
    const inner = block && block.kind !== 'paragraph' ? block : container;
    for (const child of node.children) visit(child, inner);
    if (mark) builder.close(mark);
    if (block) builder.endBlock();
  };
  for (const child of tree.children) visit(child, undefined);
}

function findElement(node: Root | Element, name: string): Element | undefined {
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    if (child.tagName === name) return child;
    const found = findElement(child, name);
    if (found) return found;
  }
  return undefined;
}
