/**
 * The page's text as one string, with a map back to the page's own text
 * nodes so a finding can be highlighted where it is. It only reads the page.
 *
 * Main text comes from @mozilla/readability, run on a copy of the page; each
 * text node of the copy is paired with the page's node in the same place, so
 * highlights land on the real page. White space is turned into spaces one for
 * one, so offsets inside a node stay the same.
 */
import { Readability } from '@mozilla/readability';

const SKIP = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'TEXTAREA',
  'SELECT',
  'OPTION',
  'SVG',
  'MATH',
  'IFRAME',
  'CODE',
  'PRE',
]);
const INLINE = new Set([
  'A',
  'ABBR',
  'B',
  'BDI',
  'BDO',
  'CITE',
  'DATA',
  'DFN',
  'EM',
  'I',
  'KBD',
  'LABEL',
  'MARK',
  'Q',
  'S',
  'SMALL',
  'SPAN',
  'STRONG',
  'SUB',
  'SUP',
  'TIME',
  'U',
  'VAR',
  'FONT',
]);

export interface TextIndex {
  text: string;
  nodes: Text[];
  /** Where each of `nodes` starts in `text`. */
  starts: number[];
}

function blockOf(node: Node): Element | null {
  let el = node.parentElement;
  while (el && INLINE.has(el.tagName.toUpperCase())) el = el.parentElement;
  return el;
}

/**
 * @param toLive maps a text node to the page's own node (identity for the
 *   live page); nodes it maps to null are left out.
 */
export function indexText(root: Node, toLive: (node: Text) => Text | null = (n) => n): TextIndex {
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode(node) {
      for (let el = node.parentElement; el; el = el.parentElement) {
        if (SKIP.has(el.tagName.toUpperCase()) || el.hasAttribute('hidden'))
          return NodeFilter.FILTER_REJECT;
        if (el === root) break;
      }
      return /\S/.test(node.nodeValue ?? '') ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_REJECT;
    },
  });
  let text = '';
  const nodes: Text[] = [];
  const starts: number[] = [];
  let lastBlock: Element | null = null;
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const live = toLive(node);
    if (!live) continue;
    const block = blockOf(node);
    if (text !== '') text += block !== lastBlock ? '\n\n' : '';
    lastBlock = block;
    nodes.push(live);
    starts.push(text.length);
    text += (node.nodeValue ?? '').replace(/\s/g, ' ');
  }
  return { text, nodes, starts };
}

/** The page's main text (Readability), or null when it finds none. */
export function indexMainText(doc: Document): TextIndex | null {
  const copy = doc.cloneNode(true) as Document;
  // Pair the copy's text nodes with the page's, in document order, before
  // Readability rearranges the copy (it moves nodes, it does not copy them).
  const pairs = new Map<Text, Text>();
  const liveWalker = doc.createTreeWalker(doc, NodeFilter.SHOW_TEXT);
  const copyWalker = copy.createTreeWalker(copy, NodeFilter.SHOW_TEXT);
  for (;;) {
    const live = liveWalker.nextNode() as Text | null;
    const copied = copyWalker.nextNode() as Text | null;
    if (!live || !copied) break;
    pairs.set(copied, live);
  }
  const article = new Readability(copy, { serializer: (el: Node) => el }).parse();
  const content = article?.content as unknown as Element | null | undefined;
  if (!content) return null;
  const index = indexText(content, (node) => pairs.get(node) ?? null);
  return index.text.trim() === '' ? null : index;
}

/** A DOM range on the page for `[start, end)` of the indexed text. */
export function rangeFor(index: TextIndex, start: number, end: number): Range | null {
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
  const startNode = index.nodes[a];
  const endNode = index.nodes[b];
  if (!startNode || !endNode || !startNode.isConnected || !endNode.isConnected) return null;
  const range = startNode.ownerDocument.createRange();
  range.setStart(startNode, Math.min(start - (index.starts[a] as number), startNode.length));
  range.setEnd(endNode, Math.min(end - (index.starts[b] as number), endNode.length));
  return range;
}
