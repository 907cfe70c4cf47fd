/**
 * Drawing a frame's card and badge in the top page (the messages and their
 * rules are in src/messaging/card-host.ts).
 *
 * - `HostClient` runs in a frame that holds a field (the owner): it asks the
 *   top page to draw, says where the words are in its own viewport, and
 *   hears back when the user clicked or typed away from the card there, or
 *   pressed the badge's button.
 * - `FrameHost` runs in the top page: it draws the card's frame and the
 *   badges for its frames, in its own closed shadow root, beside the frame
 *   element the words are in, and moves them when the top page scrolls.
 * - `frameBoxHere` answers, in a frame between the two, where the frame
 *   element that has focus is.
 *
 * Which frame element holds the owner is never taken from a page: Firefox
 * says it exactly (`runtime.getFrameId`); in Chrome it is the element that
 * has focus in this document (the user is working in the frame inside it),
 * remembered for later. Either way its size must match the owner's viewport,
 * or nothing is drawn from it.
 */
import type { CardRelayEnvelope } from '../messaging/card';
import type {
  HostBadgeRequest,
  HostCheckAnswer,
  HostEnvelope,
  HostFrameAnswer,
  HostPlaceAnswer,
  HostPlaceRequest,
  HostRequest,
  LevelEnvelope,
  OwnerEnvelope,
  OwnerRequest,
} from '../messaging/card-host';
import {
  isHostEnvelope,
  isLevelEnvelope,
  isOwnerEnvelope,
  parseCardHost,
} from '../messaging/card-host';
import type { BadgeState } from '../messaging/card-host';
import type { RemoteBadge } from './badge';
import { badgePlace, renderBadge } from './badge';
import { HIDDEN_STYLE, measuringStyle, shownStyle } from './card-frame';
import type { Rect, Size } from '../messaging/geometry';
import { fromFrame, frameScale } from '../messaging/geometry';
import { edges, placeCard } from './placement';
import { existingUiHost, type UiHost } from './ui-host';

type Envelope = HostEnvelope | OwnerEnvelope | LevelEnvelope | CardRelayEnvelope;

/** How the two sides reach each other: through the background, never a page. */
export interface HostLink {
  /** The card page's address for a token. */
  frameUrl(token: string): string;
  newToken(): string;
  /** From a frame, to the top page's content script. */
  toHost(request: HostRequest): Promise<unknown>;
  /** From the top page, to the frame that owns a card. */
  toOwner(request: OwnerRequest): Promise<unknown>;
  /** Calls `listener` with what the background passes to this document. */
  listen(listener: (envelope: unknown, reply: (answer: unknown) => void) => boolean): () => void;
  /** The frame id of a frame element, where the browser can tell (Firefox); otherwise null. */
  frameIdOf(element: Element): number | null;
}

const rectOf = (r: DOMRect | Rect): Rect => ({
  left: r.left,
  top: r.top,
  width: r.width,
  height: r.height,
});

/** How many frames deep `view` is (0 for the top page). */
export function frameDepth(view: Window): number {
  let depth = 0;
  for (let w: Window = view; w !== w.parent && depth < 64; w = w.parent) depth++;
  return depth;
}

/** The frame element that has focus in `doc` (through open shadow roots), or null. */
export function focusedFrameElement(doc: Document): HTMLIFrameElement | HTMLFrameElement | null {
  let active: Element | null = doc.activeElement;
  while (active?.shadowRoot?.activeElement != null) active = active.shadowRoot.activeElement;
  const view = doc.defaultView as (Window & typeof globalThis) | null;
  if (view === null || active === null) return null;
  return active instanceof view.HTMLIFrameElement || active instanceof view.HTMLFrameElement
    ? active
    : null;
}

/** A frame element's content box (where the document inside it is drawn), in its document's viewport. */
export function contentBox(element: Element): Rect {
  const rect = element.getBoundingClientRect();
  const html = element as HTMLElement;
  const style = element.ownerDocument.defaultView?.getComputedStyle(element);
  const px = (value: string | undefined) => parseFloat(value ?? '0') || 0;
  // A CSS transform scales the box the browser reports, not the element's own sizes.
  const sx = html.offsetWidth > 0 ? rect.width / html.offsetWidth : 1;
  const sy = html.offsetHeight > 0 ? rect.height / html.offsetHeight : 1;
  const padLeft = px(style?.paddingLeft);
  const padTop = px(style?.paddingTop);
  return {
    left: rect.left + (html.clientLeft + padLeft) * sx,
    top: rect.top + (html.clientTop + padTop) * sy,
    width: Math.max(0, html.clientWidth - padLeft - px(style?.paddingRight)) * sx,
    height: Math.max(0, html.clientHeight - padTop - px(style?.paddingBottom)) * sy,
  };
}

/**
 * A frame's answer to `frame-box`: when it is `depth` deep and the user is
 * working in a frame inside it, where that frame element is, and its own
 * viewport. Null otherwise (another frame answers).
 */
export function frameBoxHere(view: Window, depth: number): { box: Rect; viewport: Size } | null {
  if (frameDepth(view) !== depth || !view.document.hasFocus()) return null;
  const element = focusedFrameElement(view.document);
  if (element === null) return null;
  return {
    box: contentBox(element),
    viewport: { width: view.innerWidth, height: view.innerHeight },
  };
}

// ------------------------------------------------------------------ owner

/** The owner's side, one per document in a frame. */
export class HostClient {
  readonly token: string;
  private seq = 0;
  private readonly checkAnyway = new Map<string, () => void>();
  private dismissed: (() => void) | null = null;
  private readonly stop: () => void;
  private badges = 0;

  constructor(
    private readonly link: HostLink,
    private readonly view: Window,
  ) {
    this.token = link.newToken();
    this.stop = link.listen((envelope) => {
      if (!isOwnerEnvelope(envelope) || envelope.token !== this.token) return false;
      if (envelope.op === 'dismiss') this.dismissed?.();
      else if (envelope.key !== undefined) this.checkAnyway.get(envelope.key)?.();
      return false;
    });
  }

  private where() {
    return {
      depth: frameDepth(this.view),
      viewport: { width: this.view.innerWidth, height: this.view.innerHeight },
    };
  }

  /** Calls `listener` when the user clicked or typed away from the card in the top page. */
  onDismiss(listener: () => void): void {
    this.dismissed = listener;
  }

  /** Asks the top page to make the card's frame; false when it will not draw it. */
  async frame(): Promise<boolean> {
    const answer = (await this.link
      .toHost({ op: 'frame', token: this.token, origin: this.view.origin })
      .catch(() => null)) as HostFrameAnswer | null;
    return answer?.ok === true;
  }

  async place(words: Rect, text: Rect, height: number, focus: boolean): Promise<HostPlaceAnswer> {
    const request: HostPlaceRequest = {
      op: 'place',
      token: this.token,
      seq: ++this.seq,
      ...this.where(),
      words: rectOf(words),
      text: rectOf(text),
      height,
      focus,
    };
    const answer = (await this.link.toHost(request).catch(() => null)) as HostPlaceAnswer | null;
    return { placed: answer?.placed === true, focused: answer?.focused === true };
  }

  /**
   * Hides the card; with `returnFocus`, focus goes from the card back to this
   * frame first. Resolves once the top page has done it.
   */
  async hide(returnFocus: boolean): Promise<void> {
    await this.link.toHost({ op: 'hide', token: this.token, returnFocus }).catch(() => null);
  }

  /** If the card has focus, the top page gives it back to this frame. */
  async focusBack(): Promise<void> {
    await this.link.toHost({ op: 'focus', token: this.token }).catch(() => null);
  }

  async check(): Promise<boolean> {
    const answer = (await this.link
      .toHost({ op: 'check', token: this.token })
      .catch(() => null)) as HostCheckAnswer | null;
    return answer?.inPlace === true;
  }

  release(): void {
    void this.link.toHost({ op: 'release', token: this.token }).catch(() => {});
  }

  /** A badge drawn in the top page, for one field. */
  badge(): RemoteBadge {
    const key = `b${++this.badges}`;
    return {
      show: async (state: BadgeState, field: Rect) => {
        const request: HostBadgeRequest = {
          op: 'badge',
          token: this.token,
          seq: ++this.seq,
          key,
          ...this.where(),
          field: rectOf(field),
          state,
        };
        const answer = (await this.link.toHost(request).catch(() => null)) as {
          shown?: boolean;
        } | null;
        return answer?.shown === true;
      },
      hide: () => {
        void this.link
          .toHost({
            op: 'badge',
            token: this.token,
            seq: ++this.seq,
            key,
            ...this.where(),
            field: { left: 0, top: 0, width: 0, height: 0 },
            state: null,
          })
          .catch(() => {});
      },
      onCheckAnyway: (listener) => {
        this.checkAnyway.set(key, listener);
      },
    };
  }

  destroy(): void {
    this.release();
    try {
      this.stop();
    } catch {
      // The extension was reloaded: its listeners went with it.
    }
  }
}

// ------------------------------------------------------------------ host

interface HostedCard {
  seq: number;
  words: Rect;
  text: Rect;
  viewport: Size;
  height: number;
}

interface HostedBadge {
  seq: number;
  field: Rect;
  viewport: Size;
  state: BadgeState;
  element: HTMLElement;
}

interface Hosted {
  token: string;
  /** The frame id of the frame that owns it. */
  owner: number;
  frame: HTMLIFrameElement | null;
  /** The frame element in this page that the owner is in. */
  anchor: HTMLIFrameElement | HTMLFrameElement | null;
  card: HostedCard | null;
  /** The newest request seen: older ones arriving late are ignored. */
  seq: number;
  badges: Map<string, HostedBadge>;
}

/** The top page's side: draws its frames' cards and badges. */
export class FrameHost {
  private readonly hosted = new Map<string, Hosted>();

  constructor(
    private readonly doc: Document,
    private readonly ui: () => UiHost,
    private readonly link: HostLink,
    /** Called when nothing is drawn for any frame any more. */
    private readonly emptied: () => void,
  ) {}

  private get view(): Window {
    return this.doc.defaultView as Window;
  }

  /** Whether anything is drawn for a frame. */
  get busy(): boolean {
    return this.hosted.size > 0;
  }

  /** Handles what the background passed on; returns true when `reply` is called later. */
  receive(envelope: Envelope, reply: (answer: unknown) => void): boolean {
    if (!isHostEnvelope(envelope)) return false;
    let request: HostRequest;
    try {
      request = parseCardHost(envelope, 'frame') as HostRequest;
    } catch {
      return false;
    }
    const owner = envelope.from;
    switch (request.op) {
      case 'frame':
        reply(this.frame(request.token, owner, request.origin));
        break;
      case 'place':
        reply(this.place(request, owner));
        break;
      case 'hide':
        if (request.returnFocus) this.focusBack(request.token);
        this.hide(request.token);
        reply(true);
        break;
      case 'focus':
        reply(this.focusBack(request.token));
        break;
      case 'badge':
        reply({ shown: this.badge(request, owner) });
        break;
      case 'check':
        reply(this.check(request.token));
        break;
      case 'release':
        this.release(request.token);
        reply(true);
        break;
    }
    return false;
  }

  private entry(token: string, owner: number): Hosted {
    let entry = this.hosted.get(token);
    if (entry === undefined || entry.owner !== owner) {
      if (entry !== undefined) this.release(token);
      entry = { token, owner, frame: null, anchor: null, card: null, seq: 0, badges: new Map() };
      this.hosted.set(token, entry);
    }
    return entry;
  }

  /** Only a frame of this page's own origin has its card drawn here (see docs/security.md). */
  private frame(token: string, owner: number, origin: string): HostFrameAnswer {
    const own = this.view.origin;
    if (origin !== own || own === 'null') return { ok: false };
    const entry = this.entry(token, owner);
    const ui = this.ui();
    if (entry.frame === null || !entry.frame.isConnected) {
      const frame = this.doc.createElement('iframe');
      frame.title = 'Plainly suggestion';
      frame.style.cssText = HIDDEN_STYLE;
      frame.src = this.link.frameUrl(token);
      ui.cardSlot.append(frame);
      entry.frame = frame;
    }
    entry.frame.style.cssText = measuringStyle(this.view);
    return { ok: true };
  }

  /**
   * The frame element the owner is in, checked against its viewport: the one
   * the browser names (Firefox), the one found before, or the one that has focus.
   */
  private anchorFor(entry: Hosted, viewport: Size): HTMLIFrameElement | HTMLFrameElement | null {
    const matches = (element: Element | null) =>
      element !== null &&
      element.isConnected &&
      frameScale({ box: contentBox(element), viewport }) !== null;
    const candidates: (HTMLIFrameElement | HTMLFrameElement | null)[] = [];
    const probe = this.doc.querySelector('iframe, frame');
    if (probe !== null && this.link.frameIdOf(probe) !== null) {
      for (const element of this.doc.querySelectorAll<HTMLIFrameElement>('iframe, frame')) {
        if (this.link.frameIdOf(element) === entry.owner) candidates.push(element);
      }
    }
    candidates.push(entry.anchor, focusedFrameElement(this.doc));
    for (const candidate of candidates) {
      if (candidate !== null && matches(candidate)) {
        entry.anchor = candidate;
        return candidate;
      }
    }
    return null;
  }

  /** An owner's rectangles, moved into this page through its frame element. */
  private toPage(entry: Hosted, viewport: Size, rects: Rect[]): Rect[] | null {
    const anchor = this.anchorFor(entry, viewport);
    if (anchor === null) return null;
    const frames = [{ box: contentBox(anchor), viewport }];
    const moved: Rect[] = [];
    for (const rect of rects) {
      const inPage = fromFrame(rect, frames);
      if (inPage === null) return null;
      moved.push(inPage);
    }
    return moved;
  }

  private place(request: HostPlaceRequest, owner: number): HostPlaceAnswer {
    const entry = this.hosted.get(request.token);
    if (entry === undefined || entry.owner !== owner || entry.frame === null) {
      return { placed: false, focused: false };
    }
    if (request.seq < entry.seq) return { placed: true, focused: false };
    entry.seq = request.seq;
    entry.card = {
      seq: request.seq,
      words: request.words,
      text: request.text,
      viewport: request.viewport,
      height: request.height,
    };
    if (!this.drawCard(entry)) {
      entry.card = null;
      if (entry.frame !== null) entry.frame.style.cssText = HIDDEN_STYLE;
      return { placed: false, focused: false };
    }
    if (request.focus && entry.frame !== null) {
      entry.frame.focus({ preventScroll: true });
      return { placed: true, focused: true };
    }
    return { placed: true, focused: false };
  }

  private drawCard(entry: Hosted): boolean {
    const card = entry.card;
    const frame = entry.frame;
    if (card === null || frame === null) return false;
    const moved = this.toPage(entry, card.viewport, [card.words, card.text]);
    if (moved === null) return false;
    const [words, text] = moved as [Rect, Rect];
    const placed = placeCard({
      words,
      text: edges(text),
      viewport: { width: this.view.innerWidth, height: this.view.innerHeight },
      contentHeight: card.height,
    });
    frame.style.cssText = shownStyle(placed);
    return true;
  }

  private hide(token: string): void {
    const entry = this.hosted.get(token);
    if (entry === undefined) return;
    entry.card = null;
    if (entry.frame !== null) entry.frame.style.cssText = HIDDEN_STYLE;
  }

  /**
   * Gives focus back to the owner's frame element, only when it is in the
   * owner's card: a frame can never take focus from the top page this way.
   */
  private focusBack(token: string): boolean {
    const entry = this.hosted.get(token);
    const ui = existingUiHost(this.doc);
    if (entry?.frame == null || entry.anchor?.isConnected !== true || ui === undefined)
      return false;
    if (this.doc.activeElement !== ui.host || ui.shadow.activeElement !== entry.frame) return false;
    entry.anchor.focus({ preventScroll: true });
    return true;
  }

  private check(token: string): HostCheckAnswer {
    const entry = this.hosted.get(token);
    const ui = existingUiHost(this.doc);
    return {
      inPlace:
        entry?.card != null &&
        ui !== undefined &&
        ui.isInPlace() &&
        entry.frame?.isConnected === true &&
        ui.shadow.contains(entry.frame),
    };
  }

  private badge(request: HostBadgeRequest, owner: number): boolean {
    const entry = this.entry(request.token, owner);
    if (request.seq < entry.seq) return true;
    entry.seq = request.seq;
    const existing = entry.badges.get(request.key);
    if (request.state === null) {
      existing?.element.remove();
      entry.badges.delete(request.key);
      this.tidy(entry);
      return true;
    }
    const element = existing?.element ?? this.doc.createElement('div');
    const badge: HostedBadge = {
      seq: request.seq,
      field: request.field,
      viewport: request.viewport,
      state: request.state,
      element,
    };
    const key = request.key;
    renderBadge(element, request.state, () => {
      void this.link
        .toOwner({ op: 'check-anyway', token: entry.token, frameId: entry.owner, key })
        .catch(() => {});
    });
    if (!element.isConnected) this.ui().badges.append(element);
    entry.badges.set(key, badge);
    if (this.drawBadge(entry, badge)) return true;
    element.remove();
    entry.badges.delete(key);
    this.tidy(entry);
    return false;
  }

  private drawBadge(entry: Hosted, badge: HostedBadge): boolean {
    const moved = this.toPage(entry, badge.viewport, [badge.field]);
    if (moved === null) return false;
    const field = moved[0] as Rect;
    const place = badgePlace(
      field,
      { width: badge.element.offsetWidth, height: badge.element.offsetHeight },
      { width: this.view.innerWidth, height: this.view.innerHeight },
    );
    badge.element.style.top = `${place.top}px`;
    badge.element.style.left = `${place.left}px`;
    badge.element.style.visibility = 'visible';
    return true;
  }

  /** Moves everything drawn for frames after this page scrolled or was resized. */
  realign(): void {
    for (const entry of [...this.hosted.values()]) {
      if (entry.anchor !== null && !entry.anchor.isConnected) {
        // The frame left the page: what was drawn for it goes too.
        this.release(entry.token);
        continue;
      }
      if (entry.card !== null && !this.drawCard(entry) && entry.frame !== null) {
        entry.frame.style.cssText = HIDDEN_STYLE;
      }
      for (const badge of entry.badges.values()) {
        if (!this.drawBadge(entry, badge)) badge.element.style.visibility = 'hidden';
      }
    }
  }

  /** The user clicked or typed in this page, away from the cards on show: they close. */
  dismissAll(): void {
    for (const entry of this.hosted.values()) {
      if (entry.card === null) continue;
      this.hide(entry.token);
      void this.link
        .toOwner({ op: 'dismiss', token: entry.token, frameId: entry.owner })
        .catch(() => {});
    }
  }

  /** Whether a card drawn for a frame is on show. */
  get cardShown(): boolean {
    for (const entry of this.hosted.values()) if (entry.card !== null) return true;
    return false;
  }

  private tidy(entry: Hosted): void {
    if (entry.frame === null && entry.badges.size === 0) {
      this.hosted.delete(entry.token);
      if (this.hosted.size === 0) this.emptied();
    }
  }

  private release(token: string): void {
    const entry = this.hosted.get(token);
    if (entry === undefined) return;
    entry.frame?.remove();
    for (const badge of entry.badges.values()) badge.element.remove();
    this.hosted.delete(token);
    if (this.hosted.size === 0) this.emptied();
  }

  destroy(): void {
    for (const token of [...this.hosted.keys()]) this.release(token);
  }
}

/** Answers the background's `frame-box` question in a frame between an owner and the top page. */
export function answerLevel(
  view: Window,
  envelope: unknown,
  reply: (answer: unknown) => void,
): boolean {
  if (!isLevelEnvelope(envelope)) return false;
  const here = frameBoxHere(view, envelope.depth);
  if (here === null) return false;
  reply(here);
  return false;
}
