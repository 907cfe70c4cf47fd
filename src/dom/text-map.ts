/**
 * The text of a contenteditable element and the way back from a position in
 * that text to a position in the DOM (docs/reliability.md, "Offsets": one offset unit, UTF-16
 * code units, end to end).
 *
 * The text is the content of the element's text nodes, in order. Between
 * blocks (paragraphs, list items, headings …) a blank line is added, and a
 * line break for each `<br>`, so the checker sees paragraphs as paragraphs.
 * Those separators exist only in the text, not in the DOM: a span that
 * crosses one is never replaced.
 */

export interface TextSegment<N> {
  node: N;
  /** Where the node's text starts in the whole text. */
  start: number;
  length: number;
}

export interface TextMap<N> {
  text: string;
  /** In document order; `start` only grows. */
  segments: TextSegment<N>[];
}

export interface Position<N> {
  node: N;
  offset: number;
}

/** Index of the last segment that starts at or before `offset`, or -1. */
function lastStartingAtOrBefore<N>(segments: readonly TextSegment<N>[], offset: number): number {
  let low = 0;
  let high = segments.length - 1;
  let found = -1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if ((segments[mid] as TextSegment<N>).start <= offset) {
      found = mid;
      low = mid + 1;
    } else high = mid - 1;
  }
  return found;
}

/**
 * The DOM position of a text offset. `side` says which node wins when the
 * offset is on a boundary: a span's start belongs to the node after it
 * (`forward`), its end to the node before it (`backward`). Offsets inside a
 * separator go to the next node's start or the previous node's end likewise.
 */
export function positionAt<N>(
  map: TextMap<N>,
  offset: number,
  side: 'forward' | 'backward',
): Position<N> | null {
  const { segments } = map;
  if (segments.length === 0) return null;
  let index = lastStartingAtOrBefore(segments, offset);
  if (side === 'backward') {
    // A span ending exactly where a node starts ends in the node before.
    while (index > 0 && (segments[index] as TextSegment<N>).start === offset) index--;
  }
  if (index === -1) {
    const first = segments[0] as TextSegment<N>;
    return { node: first.node, offset: 0 };
  }
  const segment = segments[index] as TextSegment<N>;
  const end = segment.start + segment.length;
  if (offset <= end) return { node: segment.node, offset: Math.max(0, offset - segment.start) };
  // In a separator (or after the end).
  const next = segments[index + 1];
  if (side === 'forward' && next !== undefined) return { node: next.node, offset: 0 };
  return { node: segment.node, offset: segment.length };
}

/** The text offset of a position in a text node of the map, or null if the node is not in it. */
export function offsetOfTextPosition<N>(
  map: TextMap<N>,
  index: ReadonlyMap<N, TextSegment<N>>,
  node: N,
  offset: number,
): number | null {
  const segment = index.get(node);
  if (segment === undefined) return null;
  return segment.start + Math.min(Math.max(0, offset), segment.length);
}

/** Whether `start … end` stays within one run of text with no separator inside. */
export function isContiguous<N>(map: TextMap<N>, start: number, end: number): boolean {
  const { segments } = map;
  let index = lastStartingAtOrBefore(segments, start);
  if (index === -1) return false;
  let reach = start;
  while (reach < end) {
    const segment = segments[index];
    if (segment === undefined || segment.start > reach) return false;
    reach = Math.max(reach, segment.start + segment.length);
    index++;
  }
  return true;
}

const BLOCK_TAGS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'DD',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'TABLE',
  'TD',
  'TH',
  'TR',
  'UL',
]);
const SKIPPED_TAGS = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT']);

export function isBlock(el: Element): boolean {
  return BLOCK_TAGS.has(el.tagName);
}

/** The nearest block element around `node` inside `root` (or `root`). */
function blockOf(node: Node, root: Element): Node {
  for (let el = node.parentElement; el !== null && el !== root; el = el.parentElement) {
    if (BLOCK_TAGS.has(el.tagName)) return el;
  }
  return root;
}

/** Reads the text of a contenteditable root and where each text node sits in it. */
export function buildTextMap(root: Element): TextMap<Text> {
  const doc = root.ownerDocument;
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode(node) {
      if (node.nodeType === Node.TEXT_NODE) return NodeFilter.FILTER_ACCEPT;
      const el = node as Element;
      // Islands that are not editable (widgets, mentions) and code are left out.
      if (SKIPPED_TAGS.has(el.tagName)) return NodeFilter.FILTER_REJECT;
      if (el.getAttribute('contenteditable') === 'false') return NodeFilter.FILTER_REJECT;
      return NodeFilter.FILTER_ACCEPT;
    },
  });
  const parts: string[] = [];
  const segments: TextSegment<Text>[] = [];
  let length = 0;
  let pending = '';
  let lastBlock: Node | null = null;
  for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
    if (node.nodeType === Node.ELEMENT_NODE) {
      if ((node as Element).tagName === 'BR' && length > 0) pending += '\n';
      continue;
    }
    const text = node as Text;
    const data = text.data;
    if (data.length === 0) continue;
    const block = blockOf(text, root);
    if (lastBlock !== null && block !== lastBlock && length > 0) pending = '\n\n';
    lastBlock = block;
    if (pending !== '') {
      parts.push(pending);
      length += pending.length;
      pending = '';
    }
    segments.push({ node: text, start: length, length: data.length });
    parts.push(data);
    length += data.length;
  }
  return { text: parts.join(''), segments };
}
