/**
 * Edits word/document.xml in place: tracked changes (`w:del` of the old
 * words, `w:ins` of the new) and comment marks (`w:commentRangeStart`,
 * `w:commentRangeEnd` and a run with `w:commentReference`).
 *
 * Runs are split at the edges of each edit first, so a change covers exactly
 * its words: each piece of a run keeps its own formatting (`w:rPr` is
 * copied), and the inserted words take the formatting of the first piece.
 * Text in someone's tracked insertion, in a field, in a text box or spread
 * over a tab or a picture is never changed: the suggestion becomes a comment.
 */
import type { Place } from './place';
import type { Lock, Paragraph, Piece } from './paragraphs';
import { isElement, isText, xmlSafe } from './xml';

const XML_NS = 'http://www.w3.org/XML/1998/namespace';

/** Elements that hold runs directly, where comment marks and revisions can go. */
const RUN_CONTAINERS = new Set([
  'p',
  'hyperlink',
  'smartTag',
  'customXml',
  'sdtContent',
  'fldSimple',
  'dir',
  'bdo',
]);
/** Of those, where Plainly makes tracked changes. */
const EDITABLE_CONTAINERS = new Set(['p', 'hyperlink', 'smartTag', 'customXml', 'sdtContent']);
/** Marks that may sit between the runs of a term being changed. */
const MARKS = new Set([
  'bookmarkStart',
  'bookmarkEnd',
  'proofErr',
  'commentRangeStart',
  'commentRangeEnd',
  'permStart',
  'permEnd',
]);

/** Why a replacement was given as a comment instead of a tracked change. */
export type NotInPlace = Lock | 'mixed';

export interface RangeEdit {
  from: Place;
  to: Place;
}

export interface AddedComment {
  id: number;
  paragraphs: string[];
}

/** Hands out `w:id` numbers no part of the file already uses. */
export class IdAllocator {
  private next = 0;
  constructor(private readonly used: ReadonlySet<number>) {}

  take(): number {
    while (this.used.has(this.next)) this.next++;
    return this.next++;
  }
}

export interface RevisionInfo {
  author: string;
  initials: string;
  /** ISO 8601, to the second. */
  date: string;
}

export class DocumentEditor {
  /** Top-level elements of the body that were changed and must be written again. */
  readonly touched = new Set<Element>();
  readonly comments: AddedComment[] = [];
  private readonly prefix: string;
  private readonly referenceRuns = new Set<Element>();
  /** Boundaries that fell inside something that cannot be split, per paragraph. */
  private readonly unsplit = new Map<Paragraph, Set<number>>();

  constructor(
    private readonly doc: Document,
    private readonly w: string,
    private readonly revision: RevisionInfo,
    private readonly ids: IdAllocator,
  ) {
    const prefix = doc.documentElement.prefix;
    this.prefix = prefix ? `${prefix}:` : '';
  }

  private isW(node: Node | null | undefined, local: string): node is Element {
    return isElement(node) && node.namespaceURI === this.w && node.localName === local;
  }

  private make(local: string, attributes: Record<string, string> = {}): Element {
    const element = this.doc.createElementNS(this.w, `${this.prefix}${local}`);
    for (const [name, value] of Object.entries(attributes)) {
      element.setAttributeNS(this.w, `${this.prefix}${name}`, value);
    }
    return element;
  }

  private revisionAttributes(): Record<string, string> {
    return {
      id: String(this.ids.take()),
      author: this.revision.author,
      date: this.revision.date,
    };
  }

  /** Marks the top-level body element holding `node` as changed. */
  private touch(node: Node): void {
    let current: Node = node;
    while (current.parentNode && !this.isW(current.parentNode, 'body')) {
      current = current.parentNode;
    }
    if (isElement(current) && this.isW(current.parentNode, 'body')) this.touched.add(current);
  }

  /**
   * Splits runs (and their text) at each boundary, so every boundary is
   * where a run starts. Call once per paragraph, with all its boundaries.
   */
  split(paragraph: Paragraph, boundaries: Iterable<number>): void {
    const sorted = [...new Set(boundaries)].sort((a, b) => a - b);
    const failed = new Set<number>();
    const out: Piece[] = [];
    let next = 0;
    for (const original of paragraph.pieces) {
      let piece = original;
      while (next < sorted.length && (sorted[next] as number) <= piece.start) {
        if (sorted[next] === piece.start && piece.lock === null) this.startRunAt(piece.node);
        next++;
      }
      while (next < sorted.length && (sorted[next] as number) < piece.end) {
        const at = sorted[next] as number;
        if (piece.text && piece.lock === null) {
          const [left, right] = this.splitPiece(piece, at - piece.start);
          out.push(left);
          piece = right;
        } else {
          failed.add(at);
        }
        next++;
      }
      out.push(piece);
    }
    const last = out[out.length - 1];
    if (last && last.lock === null && sorted.includes(last.end)) this.endRunAfter(last.node);
    paragraph.pieces = out;
    this.unsplit.set(paragraph, failed);
  }

  private textOf(element: Element): string {
    let value = '';
    for (let child = element.firstChild; child; child = child.nextSibling) {
      if (isText(child)) value += child.data;
    }
    return value;
  }

  private setText(element: Element, value: string): void {
    while (element.firstChild) element.removeChild(element.firstChild);
    element.appendChild(this.doc.createTextNode(value));
    element.setAttributeNS(XML_NS, 'xml:space', 'preserve');
  }

  private splitPiece(piece: Piece, at: number): [Piece, Piece] {
    const node = piece.node;
    const value = this.textOf(node);
    const rest = node.cloneNode(false) as Element;
    this.setText(node, value.slice(0, at));
    this.setText(rest, value.slice(at));
    node.parentNode?.insertBefore(rest, node.nextSibling);
    this.startRunAt(rest);
    this.touch(node);
    return [
      { ...piece, end: piece.start + at },
      { ...piece, start: piece.start + at, node: rest },
    ];
  }

  /** Makes `node` the first content of its run, moving it and what follows into a copy of the run. */
  private startRunAt(node: Element): void {
    const run = node.parentNode;
    if (!this.isW(run, 'r') || !run.parentNode) return;
    let contentBefore = false;
    for (let sibling = node.previousSibling; sibling; sibling = sibling.previousSibling) {
      if (isElement(sibling) && !this.isW(sibling, 'rPr')) {
        contentBefore = true;
        break;
      }
    }
    if (!contentBefore) return;
    const copy = run.cloneNode(false) as Element;
    for (let child = run.firstChild; child; child = child.nextSibling) {
      if (this.isW(child, 'rPr')) {
        copy.appendChild(child.cloneNode(true));
        break;
      }
    }
    let move: Node | null = node;
    while (move) {
      const following: Node | null = move.nextSibling;
      copy.appendChild(move);
      move = following;
    }
    run.parentNode.insertBefore(copy, run.nextSibling);
    this.touch(run);
  }

  private endRunAfter(node: Element): void {
    for (let sibling = node.nextSibling; sibling; sibling = sibling.nextSibling) {
      if (isElement(sibling)) {
        this.startRunAt(sibling);
        return;
      }
    }
  }

  /** The index of the piece holding raw offset `at` (the last piece starting at or before it). */
  private pieceAt(paragraph: Paragraph, at: number): number {
    let low = 0;
    let high = paragraph.pieces.length - 1;
    let found = -1;
    while (low <= high) {
      const mid = (low + high) >>> 1;
      if ((paragraph.pieces[mid] as Piece).start <= at) {
        found = mid;
        low = mid + 1;
      } else {
        high = mid - 1;
      }
    }
    return found;
  }

  /** The element beside which marks for `node` go: its run, or what holds the run (someone's insertion). */
  private anchor(node: Element): Element {
    let anchor = node;
    for (;;) {
      const parent = anchor.parentNode;
      if (!isElement(parent)) return anchor;
      if (parent.namespaceURI === this.w && RUN_CONTAINERS.has(parent.localName)) return anchor;
      anchor = parent;
    }
  }

  /** Why the words from–to cannot be replaced in place, or null when they can. */
  changeProblem(edit: RangeEdit): NotInPlace | null {
    const paragraph = edit.from.paragraph;
    if (edit.to.paragraph !== paragraph) return 'mixed';
    const failed = this.unsplit.get(paragraph);
    for (const at of [edit.from.raw, edit.to.raw]) {
      if (failed?.has(at)) {
        return paragraph.pieces[this.pieceAt(paragraph, at)]?.lock ?? 'mixed';
      }
    }
    const pieces = this.piecesIn(paragraph, edit.from.raw, edit.to.raw);
    if (pieces.length === 0) return 'mixed';
    for (const piece of pieces) {
      if (piece.lock) return piece.lock;
      if (!piece.text) return 'mixed';
    }
    const runs = this.runsOf(pieces);
    if (!runs) return 'mixed';
    const container = runs[0]?.parentNode;
    if (
      !isElement(container) ||
      container.namespaceURI !== this.w ||
      !EDITABLE_CONTAINERS.has(container.localName) ||
      runs.some((run) => run.parentNode !== container)
    ) {
      return 'mixed';
    }
    const nodes = new Set(pieces.map((piece) => piece.node));
    for (const run of runs) {
      for (let child = run.firstChild; child; child = child.nextSibling) {
        if (isElement(child) && !this.isW(child, 'rPr') && !nodes.has(child)) return 'mixed';
      }
    }
    const inRange = new Set(runs);
    const last = runs[runs.length - 1] as Element;
    for (let node = runs[0] as Node; node !== last; node = node.nextSibling as Node) {
      if (!node.nextSibling) return 'mixed';
      if (!isElement(node) || inRange.has(node)) continue;
      if (this.referenceRuns.has(node)) continue;
      if (node.namespaceURI === this.w && MARKS.has(node.localName)) continue;
      return 'mixed';
    }
    return null;
  }

  private piecesIn(paragraph: Paragraph, from: number, to: number): Piece[] {
    const out: Piece[] = [];
    for (let i = Math.max(0, this.pieceAt(paragraph, from)); i < paragraph.pieces.length; i++) {
      const piece = paragraph.pieces[i] as Piece;
      if (piece.start >= to) break;
      if (piece.end <= from) continue;
      out.push(piece);
    }
    return out;
  }

  /** The runs holding the pieces, in order, or undefined when a piece is not in a run. */
  private runsOf(pieces: readonly Piece[]): Element[] | undefined {
    const runs: Element[] = [];
    for (const piece of pieces) {
      const run = piece.node.parentNode;
      if (!this.isW(run, 'r')) return undefined;
      if (runs[runs.length - 1] !== run) runs.push(run);
    }
    return runs;
  }

  /** Puts a comment on from–to, with `paragraphs` as its text. */
  addComment(edit: RangeEdit, paragraphs: readonly string[]): void {
    const first = edit.from.paragraph.pieces[this.pieceAt(edit.from.paragraph, edit.from.raw)];
    const last = edit.to.paragraph.pieces[this.pieceAt(edit.to.paragraph, edit.to.raw - 1)];
    if (!first || !last) return;
    const id = String(this.ids.take());
    const start = this.anchor(first.node);
    const end = this.anchor(last.node);
    start.parentNode?.insertBefore(this.make('commentRangeStart', { id }), start);
    const rangeEnd = this.make('commentRangeEnd', { id });
    end.parentNode?.insertBefore(rangeEnd, end.nextSibling);
    const reference = this.make('r');
    reference.appendChild(this.make('commentReference', { id }));
    end.parentNode?.insertBefore(reference, rangeEnd.nextSibling);
    this.referenceRuns.add(reference);
    this.touch(start);
    this.touch(end);
    this.comments.push({ id: Number(id), paragraphs: [...paragraphs] });
  }

  /** Replaces from–to with `text` as a tracked change. Call `changeProblem` first. */
  replace(edit: RangeEdit, text: string): void {
    const pieces = this.piecesIn(edit.from.paragraph, edit.from.raw, edit.to.raw);
    const runs = this.runsOf(pieces) as Element[];
    const firstRun = runs[0] as Element;
    const container = firstRun.parentNode as Element;
    // Runs side by side share one w:del; a mark between them starts another.
    const groups: Element[][] = [];
    for (const run of runs) {
      const group = groups[groups.length - 1];
      const previous = group?.[group.length - 1];
      if (group && previous && nextElement(previous) === run) group.push(run);
      else groups.push([run]);
    }
    let lastDeletion: Element | undefined;
    for (const group of groups) {
      const deletion = this.make('del', this.revisionAttributes());
      container.insertBefore(deletion, group[0] as Element);
      for (const run of group) {
        deletion.appendChild(run);
        for (let child = run.firstChild; child; child = child.nextSibling) {
          if (this.isW(child, 't')) child = this.toDeletedText(child);
        }
      }
      lastDeletion = deletion;
    }
    const insertion = this.make('ins', this.revisionAttributes());
    const run = this.make('r');
    const properties = firstW(firstRun, this.w, 'rPr');
    if (properties) {
      const copy = properties.cloneNode(true) as Element;
      // The inserted words take the formatting, not someone's record of changing it.
      let child: Node | null = copy.firstChild;
      while (child) {
        const following: Node | null = child.nextSibling;
        if (this.isW(child, 'rPrChange')) copy.removeChild(child);
        child = following;
      }
      run.appendChild(copy);
    }
    const t = this.make('t');
    this.setText(t, xmlSafe(text));
    run.appendChild(t);
    insertion.appendChild(run);
    container.insertBefore(insertion, (lastDeletion as Element).nextSibling);
    this.touch(container);
  }

  private toDeletedText(t: Element): Element {
    const deleted = this.make('delText');
    for (let i = 0; i < t.attributes.length; i++) {
      const attribute = t.attributes.item(i) as Attr;
      deleted.setAttributeNS(attribute.namespaceURI, attribute.name, attribute.value);
    }
    while (t.firstChild) deleted.appendChild(t.firstChild);
    deleted.setAttributeNS(XML_NS, 'xml:space', 'preserve');
    t.parentNode?.replaceChild(deleted, t);
    return deleted;
  }
}

function nextElement(node: Node): Element | undefined {
  for (let sibling = node.nextSibling; sibling; sibling = sibling.nextSibling) {
    if (isElement(sibling)) return sibling;
  }
  return undefined;
}

function firstW(parent: Element, w: string, local: string): Element | undefined {
  for (let child = parent.firstChild; child; child = child.nextSibling) {
    if (isElement(child) && child.namespaceURI === w && child.localName === local) return child;
  }
  return undefined;
}
