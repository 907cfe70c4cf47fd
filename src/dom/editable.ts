/**
 * Adapter for contenteditable roots (plain editable divs and the editors built
 * on them: CKEditor 5, TinyMCE, Quill, ProseMirror/Tiptap, Lexical). The text
 * comes from the root's text nodes (text-map.ts); underlines are CSS custom
 * highlights over live ranges, so the editor's DOM is never changed.
 */
import { FieldHighlights } from './highlights';
import type { TextMap, TextSegment } from './text-map';
import { buildTextMap, isBlock, isContiguous, offsetOfTextPosition, positionAt } from './text-map';
import type { FieldAdapter, MarkStyle, PlacedFinding, TextSpan } from './types';
import { markStyle } from './types';

/** The selection object that can see inside the root's shadow tree, if it is in one. */
export function selectionFor(root: Node): Selection | null {
  const scope = root.getRootNode() as
    (ShadowRoot & { getSelection?: () => Selection | null }) | Document;
  if (scope instanceof ShadowRoot && typeof scope.getSelection === 'function')
    return scope.getSelection();
  return (root.ownerDocument ?? (root as Document)).getSelection();
}

/** The block (paragraph, list item …) a node is in, or the root. */
function blockElement(node: Node, root: HTMLElement): Element {
  for (let el = node.parentElement; el !== null && el !== root; el = el.parentElement) {
    if (isBlock(el)) return el;
  }
  return root;
}

export class EditableAdapter implements FieldAdapter {
  readonly kind = 'editable' as const;
  private readonly highlights: FieldHighlights;
  private map: TextMap<Text> | null = null;
  private index: Map<Text, TextSegment<Text>> | null = null;

  constructor(readonly root: HTMLElement) {
    this.highlights = new FieldHighlights(root);
  }

  /** Reads the text afresh; the map is kept for the offsets that follow. */
  readText(): string {
    this.map = buildTextMap(this.root);
    this.index = null;
    return this.map.text;
  }

  private current(): TextMap<Text> {
    return this.map ?? buildTextMap(this.root);
  }

  private toOffset(node: Node, offset: number): number | null {
    const map = this.current();
    if (node.nodeType === Node.TEXT_NODE) {
      this.index ??= new Map(map.segments.map((s) => [s.node, s]));
      const found = offsetOfTextPosition(map, this.index, node as Text, offset);
      if (found !== null) return found;
    }
    if (!this.root.contains(node)) return null;
    // A position between elements: the offset of the first text after it.
    const probe = this.root.ownerDocument.createRange();
    probe.setStart(node, offset);
    for (const segment of map.segments) {
      if (probe.comparePoint(segment.node, 0) >= 0) return segment.start;
    }
    return map.text.length;
  }

  selection(): TextSpan | null {
    const selection = selectionFor(this.root);
    if (selection === null || selection.rangeCount === 0) return null;
    const { anchorNode, focusNode } = selection;
    if (anchorNode === null || focusNode === null) return null;
    if (!this.root.contains(anchorNode) || !this.root.contains(focusNode)) return null;
    const range = selection.getRangeAt(0);
    const start = this.toOffset(range.startContainer, range.startOffset);
    const end = this.toOffset(range.endContainer, range.endOffset);
    if (start === null || end === null) return null;
    return { start, end };
  }

  /** A live DOM range for a text span, or null when it crosses a block or line break. */
  rangeFor(span: TextSpan, map: TextMap<Text> = this.current()): Range | null {
    if (span.end > span.start && !isContiguous(map, span.start, span.end)) return null;
    const start = positionAt(map, span.start, 'forward');
    const end = span.end === span.start ? start : positionAt(map, span.end, 'backward');
    if (start === null || end === null) return null;
    const range = this.root.ownerDocument.createRange();
    range.setStart(start.node, start.offset);
    range.setEnd(end.node, end.offset);
    return range;
  }

  select(span: TextSpan): boolean {
    this.readText();
    const range = this.rangeFor(span);
    const selection = selectionFor(this.root);
    if (range === null || selection === null) return false;
    selection.setBaseAndExtent(
      range.startContainer,
      range.startOffset,
      range.endContainer,
      range.endOffset,
    );
    const now = this.selection();
    return now !== null && now.start === span.start && now.end === span.end;
  }

  draw(findings: readonly PlacedFinding[]): void {
    const map = this.current();
    const view = this.root.ownerDocument.defaultView as Window & typeof globalThis;
    const all: { style: MarkStyle; range: AbstractRange; block: Element }[] = [];
    for (const { finding } of findings) {
      const start = positionAt(map, finding.start, 'forward');
      const end = positionAt(map, finding.end, 'backward');
      if (start === null || end === null) continue;
      // Static ranges: the browser need not update hundreds of live ranges on
      // every key press. They are redrawn after each pause in typing anyway.
      const range = new view.StaticRange({
        startContainer: start.node,
        startOffset: start.offset,
        endContainer: end.node,
        endOffset: end.offset,
      });
      all.push({
        style: markStyle(finding.category),
        range,
        block: blockElement(start.node, this.root),
      });
    }
    this.all = all;
    this.drawVisible();
  }

  private all: { style: MarkStyle; range: AbstractRange; block: Element }[] = [];

  /**
   * Only underlines in or near the visible part of the field are given to the
   * browser: it re-lays out every highlight range on each key press, which in
   * a 5,000-word field added tens of milliseconds a key (docs/reliability.md, "Staying light").
   */
  private drawVisible(): void {
    const view = this.root.ownerDocument.defaultView as Window;
    const field = this.root.getBoundingClientRect();
    const margin = view.innerHeight;
    const top = Math.max(field.top, 0) - margin;
    const bottom = Math.min(field.bottom, view.innerHeight) + margin;
    const seen = new Map<Element, boolean>();
    const visible = this.all.filter(({ block }) => {
      let near = seen.get(block);
      if (near === undefined) {
        const rect = block.getBoundingClientRect();
        near = rect.bottom >= top && rect.top <= bottom;
        seen.set(block, near);
      }
      return near;
    });
    this.highlights.set(visible);
  }

  spanRect(span: TextSpan): DOMRect | null {
    const map = this.current();
    const start = positionAt(map, span.start, 'forward');
    const end = positionAt(map, span.end, 'backward');
    if (start === null || end === null) return null;
    const range = this.root.ownerDocument.createRange();
    range.setStart(start.node, start.offset);
    range.setEnd(end.node, end.offset);
    // All of the words' lines: the card must cover none of them.
    return range.getBoundingClientRect();
  }

  /** After scrolling or resizing, underline what has come into view. */
  realign(): void {
    if (this.all.length > 0) this.drawVisible();
  }

  destroy(): void {
    this.highlights.clear();
    this.all = [];
    this.map = null;
    this.index = null;
  }
}
