/**
 * The text of a copy of a page (see page-snapshot.ts) as one string, with a
 * map back to the page's own text nodes, by number, so a finding can be
 * highlighted where it is on the page. Runs in the side panel.
 *
 * Main text comes from @mozilla/readability, run on the copy. Readability
 * moves nodes, it does not copy them, so each text node keeps its number.
 * White space is turned into spaces one for one, so offsets inside a node
 * stay the same.
 */
import { Readability } from '@mozilla/readability';
import { blockKindOf, CODE_TAGS, SKIPPED_TAGS, type HtmlBlockKind } from '../documents/html-tags';
import type { PagePlace } from '../documents/page-snapshot';

/** Elements whose text is not read (the shared table, in upper case, as the DOM names them). */
const SKIP = new Set([...SKIPPED_TAGS, 'option'].map((tag) => tag.toUpperCase()));
/** Code: its text is kept as one word of zeros, as every other reader of HTML keeps it. */
const CODE = new Set([...CODE_TAGS].map((tag) => tag.toUpperCase()));
const INLINE = new Set([
  'A',
  'ABBR',
  'B',
  'BDI',
  'BDO',
  'CITE',
  'CODE',
  'DATA',
  'DFN',
  'EM',
  'I',
  'KBD',
  'LABEL',
  'MARK',
  'Q',
  'S',
  'SAMP',
  'SMALL',
  'SPAN',
  'STRONG',
  'SUB',
  'SUP',
  'TIME',
  'U',
  'VAR',
  'FONT',
  // A web component's <slot> shows its nodes in line with the text around it.
  'SLOT',
]);

export interface TextIndex {
  text: string;
  /** The page's numbers for the text nodes the text was made from. */
  ids: number[];
  /** Where each of `ids` starts in `text`. */
  starts: number[];
  /** The text's blocks (headings, paragraphs, list items, table cells), in order. */
  blocks: { kind: HtmlBlockKind; start: number; end: number }[];
}

/** A block's kind: its own, or that of the list item, cell, heading or quote it sits in. */
function kindOf(block: Element | null): HtmlBlockKind {
  for (let el = block, depth = 0; el && depth < 4; el = el.parentElement, depth++) {
    const kind = blockKindOf(el.tagName)?.kind;
    if (kind && kind !== 'paragraph') return kind;
  }
  return 'paragraph';
}

function blockOf(node: Node): Element | null {
  let el = node.parentElement;
  while (el && INLINE.has(el.tagName.toUpperCase())) el = el.parentElement;
  return el;
}

/** @param idOf the page's number for a text node of the copy; nodes without one are left out. */
export function indexText(root: Node, idOf: (node: Text) => number | undefined): TextIndex {
  const doc = root.ownerDocument ?? (root as Document);
  // Whether the node the walker last accepted is inside code.
  let inCode = false;
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode(node) {
      let code = false;
      for (let el = node.parentElement; el; el = el.parentElement) {
        const tag = el.tagName.toUpperCase();
        if (SKIP.has(tag) || el.hasAttribute('hidden')) return NodeFilter.FILTER_REJECT;
        if (CODE.has(tag)) code = true;
        if (el === root) break;
      }
      if (!/\S/.test(node.nodeValue ?? '')) return NodeFilter.FILTER_REJECT;
      inCode = code;
      return NodeFilter.FILTER_ACCEPT;
    },
  });
  let text = '';
  const ids: number[] = [];
  const starts: number[] = [];
  const blocks: TextIndex['blocks'] = [];
  let lastBlock: Element | null = null;
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const id = idOf(node);
    if (id === undefined) continue;
    const block = blockOf(node);
    if (text === '' || block !== lastBlock) {
      if (text !== '') text += '\n\n';
      blocks.push({ kind: kindOf(block), start: text.length, end: text.length });
    }
    lastBlock = block;
    ids.push(id);
    starts.push(text.length);
    const value = node.nodeValue ?? '';
    text += inCode ? '0'.repeat(value.length) : value.replace(/\s/g, ' ');
    (blocks[blocks.length - 1] as TextIndex['blocks'][number]).end = text.length;
  }
  return { text, ids, starts, blocks };
}

/**
 * The main text of the copy (Readability), or null when it finds none.
 * Readability changes the document it reads: use a copy made for it.
 */
export function indexMainText(
  doc: Document,
  idOf: (node: Text) => number | undefined,
): TextIndex | null {
  const article = new Readability(doc, { serializer: (el: Node) => el }).parse();
  const content = article?.content as unknown as Element | null | undefined;
  if (!content) return null;
  const index = indexText(content, idOf);
  return index.text.trim() === '' ? null : index;
}

/** Where `[start, end)` of the indexed text is on the page, or null when it is not. */
export function placeFor(index: TextIndex, start: number, end: number): PagePlace | null {
  if (index.ids.length === 0 || end < start) return null;
  const find = (offset: number): number => {
    let low = 0;
    let high = index.starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >>> 1;
      if ((index.starts[mid] as number) <= offset) low = mid;
      else high = mid - 1;
    }
    return low;
  };
  const a = find(start);
  const b = find(Math.max(start, end - 1));
  return {
    from: [index.ids[a] as number, start - (index.starts[a] as number)],
    to: [index.ids[b] as number, end - (index.starts[b] as number)],
  };
}

/**
 * The first `max` characters of the text, cut at the end of a block when
 * there is one, so a long page can still be checked in one go.
 */
export function firstPart(index: TextIndex, max: number): TextIndex {
  if (index.text.length <= max) return index;
  const lastBreak = index.text.lastIndexOf('\n\n', max);
  const cut = lastBreak > 0 ? lastBreak : max;
  let keep = index.starts.length;
  while (keep > 0 && (index.starts[keep - 1] as number) >= cut) keep--;
  return {
    text: index.text.slice(0, cut),
    ids: index.ids.slice(0, keep),
    starts: index.starts.slice(0, keep),
    blocks: index.blocks
      .filter((block) => block.start < cut)
      .map((block) => ({ ...block, end: Math.min(block.end, cut) })),
  };
}
