/**
 * The field badge: the number of findings and the reading age, just outside
 * the field's bottom-right corner, so it never covers what the user typed.
 * For a field too long to check it says so and offers "Check this anyway";
 * while a long field's first check takes a moment, it says "Checking…".
 *
 * A field that is its frame's whole document (an editor's iframe, whose body
 * is the editable area), or that fills its frame, has no room outside it in
 * that frame: the badge would sit on the text or be cut off. Then, when
 * Plainly runs in the top page too, the badge is drawn there, just outside
 * the frame (`RemoteBadge`, see src/dom/frame-host.ts).
 */
import type { BadgeState } from '../messaging/card-host';
import type { Rect } from '../messaging/geometry';
import { formatCount } from '../report/numbers';
import { readingAgeBand, targetAge } from '../report/reading-age';
import type { UiHost } from './ui-host';

/** How a badge is drawn in the top page for a field in a frame. */
export interface RemoteBadge {
  /** Shows `state` for the field at `field` (this frame's viewport); resolves whether the top page drew it. */
  show(state: BadgeState, field: Rect): Promise<boolean>;
  hide(): void;
  /** Calls `listener` when the user presses the top page's "Check this anyway". */
  onCheckAnyway(listener: () => void): void;
}

/** What the badge says, as text and as its accessible name. */
export function badgeWords(state: BadgeState): { text: string; label: string } {
  if (state.checking === true) {
    return { text: 'Checking…', label: 'Plainly is checking this text' };
  }
  const things = state.count === 1 ? '1 thing' : `${formatCount(state.count)} things`;
  const part = state.partial === true ? ' in the first part' : '';
  const found = `${things} to look at${part}`;
  if (state.readingAge === null) return { text: found, label: `Plainly: ${found}` };
  // Short on the badge ("reading age 14", "reading age 18+"); in words for
  // whoever hears it: "about age 14 (fairly easy)".
  return {
    text: `${found} · reading age ${targetAge(state.readingAge)}`,
    label: `Plainly: ${found}. Reading level: ${readingAgeBand(state.readingAge)}.`,
  };
}

/** Fills `badge` for `state`; `onCheckAnyway` runs on the user's own click of "Check this anyway". */
export function renderBadge(
  badge: HTMLElement,
  state: BadgeState,
  onCheckAnyway: () => void,
): void {
  const doc = badge.ownerDocument;
  badge.className = state.checking === true ? 'badge badge--checking' : 'badge';
  if (state.tooLong === true) {
    badge.setAttribute('role', 'group');
    badge.setAttribute('aria-label', 'Plainly');
    if (state.canForce === false) {
      badge.replaceChildren('This is too long for Plainly to check.');
      return;
    }
    const button = doc.createElement('button');
    button.type = 'button';
    button.textContent = 'Check this anyway';
    button.addEventListener('click', (event) => {
      if (event.isTrusted) onCheckAnyway();
    });
    badge.replaceChildren('This is too long to check as you type.', button);
    return;
  }
  badge.removeAttribute('role');
  const { text, label } = badgeWords(state);
  badge.textContent = text;
  badge.setAttribute('aria-label', label);
}

/**
 * Where a badge goes for a field at `field`: below its bottom edge at its
 * right, or above its top edge if there is no room below. `clipped` when it
 * fits neither way in the viewport.
 */
export function badgePlace(
  field: Rect,
  badge: { width: number; height: number },
  viewport: { width: number; height: number },
): { left: number; top: number; clipped: boolean } {
  const below = field.top + field.height + 2;
  const above = field.top - badge.height - 2;
  const fitsBelow = below + badge.height <= viewport.height;
  const fitsAbove = above >= 0;
  const top = !fitsBelow && fitsAbove ? above : below;
  const left = Math.max(0, field.left + field.width - badge.width);
  const clipped = (!fitsBelow && !fitsAbove) || left + badge.width > viewport.width || below < 0;
  return { left, top, clipped };
}

export class FieldBadge {
  private element: HTMLElement | null = null;
  private state: BadgeState | null = null;
  /** The badge is drawn in the top page now. */
  private remoteShown = false;
  /** The top page did not draw it: draw it here until the field's shape changes. */
  private remoteRefused = false;
  private lastRemote = '';

  constructor(
    private readonly field: HTMLElement,
    private readonly ui: () => UiHost,
    private readonly onCheckAnyway: () => void,
    private readonly remote: RemoteBadge | null = null,
  ) {
    remote?.onCheckAnyway(() => onCheckAnyway());
  }

  get shown(): BadgeState | null {
    return this.state;
  }

  show(state: BadgeState): void {
    this.state = state;
    const badge = this.element ?? this.field.ownerDocument.createElement('div');
    renderBadge(badge, state, this.onCheckAnyway);
    if (this.element === null) {
      this.element = badge;
      this.ui().badges.append(badge);
    }
    this.lastRemote = '';
    this.realign();
  }

  realign(): void {
    const badge = this.element;
    const state = this.state;
    if (badge === null || state === null) return;
    const rect = this.field.getBoundingClientRect();
    const view = this.field.ownerDocument.defaultView as Window;
    const viewport = { width: view.innerWidth, height: view.innerHeight };
    const place = badgePlace(
      rect,
      { width: badge.offsetWidth, height: badge.offsetHeight },
      viewport,
    );
    const gone = rect.width === 0 && rect.height === 0;
    const doc = this.field.ownerDocument;
    const wholeFrame = this.field === doc.body || this.field === doc.documentElement;
    if ((place.clipped || wholeFrame) && !gone && this.remote !== null && !this.remoteRefused) {
      badge.style.visibility = 'hidden';
      // The editor is the whole frame: the badge goes just outside the frame.
      this.showRemote(state, wholeFrame ? { left: 0, top: 0, ...viewport } : rect);
      return;
    }
    if (this.remoteShown) this.hideRemote();
    badge.style.top = `${place.top}px`;
    badge.style.left = `${place.left}px`;
    badge.style.visibility = gone ? 'hidden' : 'visible';
  }

  private showRemote(state: BadgeState, rect: Rect): void {
    const remote = this.remote as RemoteBadge;
    const field = { left: rect.left, top: rect.top, width: rect.width, height: rect.height };
    // Only when something changed: realigning runs on every scroll.
    const key = JSON.stringify([state, field]);
    if (key === this.lastRemote) return;
    this.lastRemote = key;
    this.remoteShown = true;
    void remote.show(state, field).then(
      (drawn) => {
        if (drawn || this.state !== state) return;
        // The top page could not draw it: draw it here, cut off or not.
        this.remoteShown = false;
        this.remoteRefused = true;
        this.realign();
      },
      () => {},
    );
  }

  private hideRemote(): void {
    this.remoteShown = false;
    this.lastRemote = '';
    this.remote?.hide();
  }

  hide(): void {
    this.element?.remove();
    this.element = null;
    this.state = null;
    if (this.remoteShown) this.hideRemote();
  }
}
