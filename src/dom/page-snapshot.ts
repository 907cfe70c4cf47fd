/**
 * A copy of a web page's body as plain data, for "review this page".
 *
 * The page helper makes the copy in the page (`snapshotPage`); the side panel
 * rebuilds it (`rebuildPage`) and does the heavy work there: Readability,
 * finding the text, checking it. Reading the page is the only work left in
 * the page, and it stops every few milliseconds to let the page run, so a
 * long page never freezes while it is reviewed (docs/decisions.md: no main-thread task
 * over 100 ms). A copy made with `cloneNode` or `outerHTML` would be one long
 * task, and HTML parsed again does not always give the same text nodes.
 *
 * Text nodes are numbered in the order they are shown, the same on both
 * sides, so a finding in the copy can be highlighted on the page's own text
 * node. Web components are copied as they are shown: the content of an open
 * shadow root, with the page's own nodes in its slots.
 */

import type { PagePlace, PageSnapshot, SnapshotElement } from '../documents/page-snapshot';

/** Left out, with everything in them: never text a reader sees. */
const OMIT = new Set(['script', 'style', 'noscript', 'template', 'link', 'meta']);
/** Copied without what is inside them. */
const CHILDLESS = new Set([
  'svg',
  'math',
  'iframe',
  'object',
  'embed',
  'canvas',
  'video',
  'audio',
  'textarea',
  'select',
]);

/** A page may have this much text: the most a review checks (`MAX_DOCUMENT_TEXT`). */
export const MAX_SNAPSHOT_TEXT = 2_000_000;
/** …and this many elements, beyond any real page. */
export const MAX_SNAPSHOT_ELEMENTS = 200_000;
const MAX_ATTRIBUTES = 40;
const MAX_ATTRIBUTE_VALUE = 1_000;
/** Work for this long, then let the page run. */
const SLICE_MS = 8;

/** Lets the page's own tasks run. Not a timer: timers are slowed in background tabs. */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });
}

function attributesOf(el: Element): string[] {
  const out: string[] = [];
  for (const attribute of Array.from(el.attributes)) {
    if (out.length >= MAX_ATTRIBUTES * 2) break;
    const name = attribute.name;
    // Scripts and styles do nothing in the copy; leave them out to keep it small.
    if (name.startsWith('on') || name === 'style') continue;
    out.push(name, attribute.value.slice(0, MAX_ATTRIBUTE_VALUE));
  }
  return out;
}

/** Gives `first` and then each following sibling, reading each one's sibling only when it is reached. */
function siblingsFrom(first: Node | null): () => Node | null {
  let node = first;
  return () => {
    const current = node;
    node = current?.nextSibling ?? null;
    return current;
  };
}

/**
 * What an element shows, in order: the children of its open shadow root if it
 * has one (a web component), the nodes put into a `<slot>`, or else its own
 * children. Closed shadow roots cannot be read.
 */
function renderedChildren(el: Element): () => Node | null {
  if (el.shadowRoot) return siblingsFrom(el.shadowRoot.firstChild);
  if (el.localName === 'slot') {
    const assigned = (el as HTMLSlotElement).assignedNodes({ flatten: true });
    if (assigned.length > 0) {
      let index = 0;
      return () => assigned[index++] ?? null;
    }
  }
  return siblingsFrom(el.firstChild);
}

export interface Snapshot {
  snapshot: PageSnapshot;
  /** The page's text nodes, numbered as the copy's text is. */
  texts: Text[];
}

/**
 * Copies `doc.body`, leaving out what is not shown (`display: none`), scripts
 * and styles. Only reads the page.
 */
export async function snapshotPage(doc: Document): Promise<Snapshot> {
  const view = doc.defaultView;
  const root = doc.body ?? doc.documentElement;
  const body: SnapshotElement = ['body', attributesOf(root)];
  const texts: Text[] = [];
  let chars = 0;
  let elements = 0;
  let truncated = false;
  let sliceStart = performance.now();
  let steps = 0;
  // Walk with a stack, not recursion: pages can nest deeper than the call stack.
  const stack: { out: SnapshotElement; next: () => Node | null }[] = [
    { out: body, next: renderedChildren(root) },
  ];
  walk: while (stack.length > 0) {
    const frame = stack[stack.length - 1] as { out: SnapshotElement; next: () => Node | null };
    const node = frame.next();
    if (node === null) {
      stack.pop();
      continue;
    }
    if (++steps % 64 === 0 && performance.now() - sliceStart > SLICE_MS) {
      await yieldToPage();
      sliceStart = performance.now();
    }
    if (node.nodeType === 3) {
      const text = node as Text;
      chars += text.data.length;
      if (chars > MAX_SNAPSHOT_TEXT) {
        truncated = true;
        break walk;
      }
      texts.push(text);
      frame.out.push(/\S/.test(text.data) ? text.data : ' ');
      continue;
    }
    if (node.nodeType !== 1) continue;
    const el = node as Element;
    const tag = el.localName;
    if (OMIT.has(tag)) continue;
    if (++elements > MAX_SNAPSHOT_ELEMENTS) {
      truncated = true;
      break walk;
    }
    // What the reader cannot see is not checked (hidden menus, closed dialogs).
    if (view?.getComputedStyle(el).display === 'none') continue;
    const copy: SnapshotElement = [tag, attributesOf(el)];
    frame.out.push(copy);
    if (!CHILDLESS.has(tag)) stack.push({ out: copy, next: renderedChildren(el) });
  }
  return {
    snapshot: { title: doc.title, lang: doc.documentElement.lang, body, truncated },
    texts,
  };
}

/** A range on the page for a place, or null when its text nodes are gone. */
export function rangeOnPage(texts: readonly Text[], place: PagePlace): Range | null {
  const startNode = texts[place.from[0]];
  const endNode = texts[place.to[0]];
  if (!startNode || !endNode || !startNode.isConnected || !endNode.isConnected) return null;
  const range = startNode.ownerDocument.createRange();
  try {
    range.setStart(startNode, Math.min(Math.max(0, place.from[1]), startNode.length));
    range.setEnd(endNode, Math.min(Math.max(0, place.to[1]), endNode.length));
  } catch {
    return null;
  }
  return range;
}

export interface PageCopy {
  document: Document;
  /** The number of each text node of the copy: its place in `Snapshot.texts`. */
  textIds: Map<Text, number>;
}

/**
 * Builds the copy in a new document of its own, which has no window: nothing
 * in it runs and nothing is fetched (no images, no styles). The snapshot came
 * from a web page, so anything that is not of the expected shape is skipped.
 */
export function rebuildPage(snapshot: PageSnapshot, dom: DOMImplementation): PageCopy {
  const doc = dom.createHTMLDocument(typeof snapshot.title === 'string' ? snapshot.title : '');
  if (typeof snapshot.lang === 'string') doc.documentElement.lang = snapshot.lang;
  const textIds = new Map<Text, number>();
  let nextId = 0;
  const setAttributes = (el: Element, attributes: unknown) => {
    if (!Array.isArray(attributes)) return;
    for (let i = 0; i + 1 < attributes.length; i += 2) {
      const [name, value] = [attributes[i], attributes[i + 1]];
      if (typeof name !== 'string' || typeof value !== 'string') continue;
      try {
        el.setAttribute(name, value);
      } catch {
        // A name HTML allows but the DOM does not (for example "@click").
      }
    }
  };
  const stack: { source: unknown[]; index: number; parent: Element }[] = [];
  if (Array.isArray(snapshot.body)) {
    setAttributes(doc.body, snapshot.body[1]);
    stack.push({ source: snapshot.body, index: 2, parent: doc.body });
  }
  while (stack.length > 0) {
    const frame = stack[stack.length - 1] as { source: unknown[]; index: number; parent: Element };
    if (frame.index >= frame.source.length) {
      stack.pop();
      continue;
    }
    const item = frame.source[frame.index++];
    if (typeof item === 'string') {
      const text = doc.createTextNode(item);
      textIds.set(text, nextId++);
      frame.parent.append(text);
    } else if (Array.isArray(item) && typeof item[0] === 'string') {
      let el: Element;
      try {
        el = doc.createElement(item[0]);
      } catch {
        el = doc.createElement('span');
      }
      setAttributes(el, item[1]);
      frame.parent.append(el);
      stack.push({ source: item, index: 2, parent: el });
    }
  }
  return { document: doc, textIds };
}
