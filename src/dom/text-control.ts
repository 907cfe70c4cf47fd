/**
 * Adapter for `<textarea>` and text `<input>`: the text is `value` (the
 * browser already gives `\n` for line breaks, so offsets are exact), the
 * selection is `selectionStart`/`selectionEnd`, and underlines are drawn on a
 * mirror of the field in Plainly's own shadow root: a copy of its text, laid
 * out with the field's font and padding, transparent except for the lines,
 * placed over the field and scrolled with it. The field itself is never
 * touched.
 */
import type { FieldAdapter, MarkStyle, PlacedFinding, TextSpan } from './types';
import { markStyle } from './types';
import type { UiHost } from './ui-host';

export type TextControl = HTMLTextAreaElement | HTMLInputElement;

/** Properties copied from the field so the mirror's text wraps exactly like the field's. */
const COPIED = [
  'direction',
  'boxSizing',
  'borderTopWidth',
  'borderRightWidth',
  'borderBottomWidth',
  'borderLeftWidth',
  'borderTopStyle',
  'borderRightStyle',
  'borderBottomStyle',
  'borderLeftStyle',
  'paddingTop',
  'paddingRight',
  'paddingBottom',
  'paddingLeft',
  'fontStyle',
  'fontVariant',
  'fontWeight',
  'fontStretch',
  'fontSize',
  'fontSizeAdjust',
  'lineHeight',
  'fontFamily',
  'fontKerning',
  'fontFeatureSettings',
  'fontVariationSettings',
  'textAlign',
  'textTransform',
  'textIndent',
  'letterSpacing',
  'wordSpacing',
  'tabSize',
  'textRendering',
  'whiteSpace',
  'overflowWrap',
  'wordBreak',
] as const;

export class TextControlAdapter implements FieldAdapter {
  readonly kind = 'text-control' as const;
  /**
   * One mirror per line style, stacked: a jargon word inside a hard sentence
   * gets both lines, and within one layer findings rarely overlap.
   */
  private mirrors = new Map<MarkStyle, HTMLElement>();

  constructor(
    readonly root: TextControl,
    private readonly ui: () => UiHost,
  ) {}

  readText(): string {
    return this.root.value;
  }

  selection(): TextSpan | null {
    const { selectionStart, selectionEnd } = this.root;
    if (selectionStart === null || selectionEnd === null) return null;
    return { start: selectionStart, end: selectionEnd };
  }

  select(span: TextSpan): boolean {
    this.root.setSelectionRange(span.start, span.end);
    return this.root.selectionStart === span.start && this.root.selectionEnd === span.end;
  }

  draw(findings: readonly PlacedFinding[], text: string): void {
    const byStyle = new Map<MarkStyle, PlacedFinding[]>();
    for (const placed of findings) {
      const style = markStyle(placed.finding.category);
      byStyle.set(style, [...(byStyle.get(style) ?? []), placed]);
    }
    for (const [style, mirror] of this.mirrors) {
      if (!byStyle.has(style)) {
        mirror.remove();
        this.mirrors.delete(style);
      }
    }
    for (const [style, placed] of byStyle) this.drawLayer(style, placed, text);
    this.realign();
  }

  private drawLayer(style: MarkStyle, findings: readonly PlacedFinding[], text: string): void {
    const doc = this.root.ownerDocument;
    let mirror = this.mirrors.get(style);
    if (mirror === undefined) {
      mirror = doc.createElement('div');
      mirror.className = 'mirror';
      mirror.setAttribute('aria-hidden', 'true');
      this.ui().overlays.append(mirror);
      this.mirrors.set(style, mirror);
    }
    const content = doc.createDocumentFragment();
    let at = 0;
    // Where two findings of one style overlap, the first wins, so the
    // mirror's text stays exactly the field's.
    const sorted = [...findings].sort((a, b) => a.finding.start - b.finding.start);
    for (const { finding } of sorted) {
      const start = Math.max(finding.start, at);
      if (finding.end <= start) continue;
      if (start > at) content.append(text.slice(at, start));
      const mark = doc.createElement('span');
      mark.className = `mark mark--${style}`;
      mark.textContent = text.slice(start, finding.end);
      content.append(mark);
      at = finding.end;
    }
    // A trailing newline needs a character after it to take up a line, as in the field.
    content.append(`${text.slice(at)}\u200b`);
    mirror.replaceChildren(content);
  }

  spanRect(span: TextSpan): DOMRect | null {
    const mirror = this.mirrors.values().next().value;
    if (mirror === undefined) return this.root.getBoundingClientRect();
    // Measure inside a mirror, which lays the text out as the field does.
    const range = this.root.ownerDocument.createRange();
    let at = 0;
    let startSet = false;
    const walker = this.root.ownerDocument.createTreeWalker(mirror, NodeFilter.SHOW_TEXT);
    for (
      let node = walker.nextNode() as Text | null;
      node !== null;
      node = walker.nextNode() as Text | null
    ) {
      const next = at + node.data.length;
      if (!startSet && span.start <= next) {
        range.setStart(node, Math.min(node.data.length, span.start - at));
        startSet = true;
      }
      if (startSet && span.end <= next) {
        range.setEnd(node, Math.min(node.data.length, span.end - at));
        // All of the words' lines: the card must cover none of them.
        return range.getBoundingClientRect();
      }
      at = next;
    }
    return null;
  }

  realign(): void {
    if (this.mirrors.size === 0) return;
    const field = this.root;
    const style = getComputedStyle(field);
    const rect = field.getBoundingClientRect();
    const isInput = field instanceof HTMLInputElement;
    // The field's scroll bar takes room from its text; the mirror has none.
    const borders = parseFloat(style.borderLeftWidth) + parseFloat(style.borderRightWidth);
    const scrollbar = Math.max(0, field.offsetWidth - field.clientWidth - borders);
    const inner =
      field.clientHeight - parseFloat(style.paddingTop) - parseFloat(style.paddingBottom);
    for (const mirror of this.mirrors.values()) {
      const m = mirror.style;
      for (const key of COPIED) m[key] = style[key];
      m.whiteSpace = isInput ? 'pre' : 'pre-wrap';
      m.overflowWrap = isInput ? 'normal' : 'break-word';
      m.left = `${rect.left}px`;
      m.top = `${rect.top}px`;
      m.width = `${rect.width}px`;
      m.height = `${rect.height}px`;
      m.paddingRight = `${parseFloat(style.paddingRight) + scrollbar}px`;
      // An input centres its one line vertically.
      if (isInput) m.lineHeight = `${inner}px`;
      m.visibility = style.visibility === 'hidden' || rect.width === 0 ? 'hidden' : 'visible';
      mirror.scrollTop = field.scrollTop;
      mirror.scrollLeft = field.scrollLeft;
    }
  }

  destroy(): void {
    for (const mirror of this.mirrors.values()) mirror.remove();
    this.mirrors.clear();
  }
}
