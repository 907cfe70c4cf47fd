/**
 * Plainly's one element per document: a closed shadow root holding the
 * underline overlays for text boxes, the field badges, the frame the
 * suggestion card is drawn in, and a live region. It is added to `<html>` the
 * first time something must be drawn, so it is never inside an editor and a
 * page where nothing is drawn is left untouched (docs/reliability.md,
 * "Drawing changes nothing").
 *
 * The shadow root is closed: the page cannot read the copies of a text box's
 * words that carry its underlines, nor the badges, nor reach the card's
 * frame. (Screen readers still read everything in it; the card itself, with
 * its buttons and form, is a page of Plainly's own in that frame, see
 * card-frame.ts.) The host's own style is inline and `!important`, so the
 * page's CSS cannot hide, move or stretch it.
 *
 * Styles inside come from a constructed style sheet (`adoptedStyleSheets`),
 * which a page's Content Security Policy cannot block, and the host resets
 * every inherited property, so the page's CSS cannot reach inside. Key
 * presses inside it stop at the host, so they never trigger the page's own
 * shortcuts (docs/reliability.md, "Plainly's own interface").
 */
import { UI_CSS } from './ui-styles';

export interface UiHost {
  readonly host: HTMLElement;
  readonly shadow: ShadowRoot;
  readonly overlays: HTMLElement;
  readonly badges: HTMLElement;
  /** Where the card's frame goes. */
  readonly cardSlot: HTMLElement;
  /** Whether the element is still where Plainly put it (the page may have moved it). */
  isInPlace(): boolean;
  /** Says `message` through the live region, unless `quiet()` is true by then (IME composition). */
  announce(message: string, quiet?: () => boolean): void;
  remove(): void;
}

const hosts = new WeakMap<Document, UiHost>();

/** Every property the page could use to hide, move or stretch Plainly's element, fixed. */
const HOST_STYLE = [
  'all:initial',
  'display:block',
  'position:fixed',
  'inset:0 auto auto 0',
  'width:0',
  'height:0',
  'margin:0',
  'padding:0',
  'border:0',
  'opacity:1',
  'visibility:visible',
  'transform:none',
  'filter:none',
  'clip-path:none',
  'overflow:visible',
  'z-index:2147483647',
  'pointer-events:none',
]
  .map((rule) => `${rule} !important;`)
  .join('');

/** Whether an event came from inside Plainly's own interface. */
export function isOwnNode(node: EventTarget | null): boolean {
  if (!(node instanceof Node)) return false;
  const doc = node.ownerDocument;
  const ui = doc === null ? undefined : hosts.get(doc);
  if (ui === undefined) return false;
  return node === ui.host || ui.host.contains(node) || ui.shadow.contains(node);
}

export function existingUiHost(doc: Document): UiHost | undefined {
  return hosts.get(doc);
}

export function uiHost(doc: Document): UiHost {
  const existing = hosts.get(doc);
  if (existing !== undefined && existing.isInPlace()) return existing;
  // Moved or removed by the page: start again with a new element.
  existing?.remove();
  const view = doc.defaultView as Window & typeof globalThis;
  // Left by an old copy of the content script (the extension was updated
  // while the page stayed open): never two of Plainly's interfaces.
  for (const stale of doc.querySelectorAll('plainly-ui')) stale.remove();
  const host = doc.createElement('plainly-ui');
  host.style.cssText = HOST_STYLE;
  const shadow = host.attachShadow({ mode: 'closed' });
  const sheet = new view.CSSStyleSheet();
  sheet.replaceSync(UI_CSS);
  shadow.adoptedStyleSheets = [sheet];
  const layer = (name: string) => {
    const el = doc.createElement('div');
    el.className = name;
    shadow.append(el);
    return el;
  };
  const overlays = layer('overlays');
  const badges = layer('badges');
  const cardSlot = layer('card-slot');
  const live = layer('live');
  live.setAttribute('role', 'status');
  live.setAttribute('aria-live', 'polite');
  // Keys typed in the card never reach the page's own shortcuts.
  for (const type of ['keydown', 'keyup', 'keypress', 'input']) {
    host.addEventListener(type, (event) => event.stopPropagation());
  }
  doc.documentElement.append(host);
  const ui: UiHost = {
    host,
    shadow,
    overlays,
    badges,
    cardSlot,
    isInPlace: () => host.parentNode === doc.documentElement,
    announce(message, quiet) {
      // Cleared first (on the next turn), so the same words are announced again.
      view.setTimeout(() => {
        if (quiet?.() === true) return;
        live.textContent = '';
        view.setTimeout(() => {
          if (quiet?.() !== true) live.textContent = message;
        }, 50);
      }, 0);
    },
    remove() {
      host.remove();
      hosts.delete(doc);
    },
  };
  hosts.set(doc, ui);
  return ui;
}
