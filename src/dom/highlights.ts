/**
 * Underlines for contenteditable fields through the CSS Custom Highlight API:
 * the browser paints them over the text without any change to the editor's
 * DOM (docs/reliability.md, "Drawing changes nothing"). One `Highlight` per
 * line style and document; each field adds and removes only its own ranges.
 */
import type { MarkStyle } from './types';

const STYLES: readonly MarkStyle[] = ['jargon', 'wording', 'reading'];

/** Wavy for jargon, double for wording, dotted for readability: colour is never the only cue. */
const HIGHLIGHT_CSS = `
::highlight(plainly-jargon) { text-decoration: underline wavy #b3261e 1.5px; text-decoration-skip-ink: none; }
::highlight(plainly-wording) { text-decoration: underline double #1d4ed8 1.5px; text-decoration-skip-ink: none; }
::highlight(plainly-reading) { text-decoration: underline dotted #6b21a8 2px; text-decoration-skip-ink: none; }
`;

/** The style sheet is added once per document or shadow root, through `adoptedStyleSheets` (no DOM change, survives a strict CSP). */
const styled = new WeakSet<Document | ShadowRoot>();

function addStyles(scope: Document | ShadowRoot): void {
  if (styled.has(scope)) return;
  const view = (scope instanceof Document ? scope : scope.ownerDocument).defaultView;
  if (view === null) return;
  const sheet = new view.CSSStyleSheet();
  sheet.replaceSync(HIGHLIGHT_CSS);
  scope.adoptedStyleSheets = [...scope.adoptedStyleSheets, sheet];
  styled.add(scope);
}

/** The ranges one field has drawn, so it can take back exactly those. */
export class FieldHighlights {
  private ranges: { style: MarkStyle; range: AbstractRange }[] = [];

  constructor(private readonly root: Element) {}

  private registry(style: MarkStyle): Highlight {
    const view = this.root.ownerDocument.defaultView as Window & typeof globalThis;
    const name = `plainly-${style}`;
    let highlight = view.CSS.highlights.get(name);
    if (highlight === undefined) {
      highlight = new view.Highlight();
      view.CSS.highlights.set(name, highlight);
    }
    return highlight;
  }

  set(next: readonly { style: MarkStyle; range: AbstractRange }[]): void {
    this.clear();
    if (next.length === 0) return;
    const scope = this.root.getRootNode();
    if (scope instanceof ShadowRoot) addStyles(scope);
    addStyles(this.root.ownerDocument);
    for (const item of next) this.registry(item.style).add(item.range);
    this.ranges = [...next];
  }

  clear(): void {
    for (const { style, range } of this.ranges) this.registry(style).delete(range);
    this.ranges = [];
  }
}

export { STYLES as MARK_STYLES };
