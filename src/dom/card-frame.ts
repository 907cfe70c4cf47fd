/**
 * The content script's side of the suggestion card. The card itself is a
 * page of Plainly's own (entrypoints/card) in a frame that is placed over the
 * page, inside Plainly's closed shadow root: the page cannot read the card,
 * focus its buttons, restyle it, click it or submit its form, and its
 * address (the extension's, with Chrome's per-session dynamic id) is never
 * in the page's reach.
 *
 * This side says what to show and where, and does what the user chose in
 * the frame (a fix goes through the editor's own input path, here in the
 * page, so undo works). All messages go through the extension (`CardLink`,
 * wired in entrypoints/content/session.ts), never the page.
 *
 * Where the frame is drawn (a `Surface`):
 * - in this document, beside the words (src/dom/placement.ts);
 * - for a field inside a frame, in the top page, beside the words there, so
 *   an editor's small frame does not cut the card off
 *   (src/dom/frame-host.ts). If the top page cannot draw it (no Plainly
 *   there, another origin, or the sizes do not agree), it is drawn here.
 * Each surface has its own frame and token, so a message about one never
 * reaches the other.
 */
import type { ActResult, CardContent, CardRelayEnvelope } from '../messaging/card';
import { parseCardAct, parseCardClose, parseCardSize } from '../messaging/card';
import type { HostClient } from './frame-host';
import type { Rect } from '../messaging/geometry';
import { cardWidth, edges, MARGIN, placeCard } from './placement';

/** How the content script reaches the card frame: through the extension. */
export interface CardLink {
  /** The card page's address for this token (Chrome's dynamic address). */
  frameUrl(token: string): string;
  /** A fresh, unguessable token for a frame. */
  newToken(): string;
  /** Sends a message to the frame holding `token` (through the background); resolves to its answer. */
  send(token: string, kind: 'show' | 'hide', payload?: unknown): Promise<unknown>;
  /**
   * Calls `listener` with every card message the background passes to this
   * page; `reply` answers it. Returns a function that stops listening.
   */
  listen(
    listener: (envelope: CardRelayEnvelope, reply: (answer: unknown) => void) => boolean,
  ): () => void;
}

/** Why the card closed: Escape in it, its work is done, or the user clicked or typed away from it. */
export type CloseReason = 'escape' | 'done' | 'away';

export interface CardHandlers {
  /** Does what the user chose in the card. */
  act(action: string): Promise<ActResult>;
  /** The card closed from inside it (Escape), finished, or the top page saw the user go elsewhere. */
  close(reason: CloseReason): void;
  /** A card opened from the keyboard now has focus (its frame was shown and focused). */
  focused?(): void;
}

/** Where the card is about: the flagged words, and the field they are in (this document's viewport). */
export interface CardAnchor {
  words: Rect;
  text: Rect;
}

/** Inline and `!important`, so no page style can change how the frame looks. */
export const HIDDEN_STYLE =
  'all:initial !important;position:fixed !important;border:0 !important;margin:0 !important;padding:0 !important;' +
  'z-index:2147483647 !important;display:none !important;opacity:1 !important;background:transparent !important;' +
  'color-scheme:light !important;pointer-events:auto !important;';

/** The frame laid out but not seen, at the width it will have, so the card can measure itself. */
export function measuringStyle(view: Window): string {
  const width = cardWidth(view.innerWidth);
  const height = Math.max(0, view.innerHeight - 2 * MARGIN);
  return `${HIDDEN_STYLE}display:block !important;visibility:hidden !important;width:${width}px !important;height:${height}px !important;left:0 !important;top:0 !important;`;
}

/** The frame where it is shown. */
export function shownStyle(box: Rect): string {
  return `${HIDDEN_STYLE}display:block !important;visibility:visible !important;width:${box.width}px !important;height:${box.height}px !important;left:${box.left}px !important;top:${box.top}px !important;`;
}

/** Where a card's frame is drawn. */
interface Surface {
  readonly token: string;
  /** The card page in it has said it is ready. */
  ready: boolean;
  /** Makes the frame, hidden, at the width it will be shown; false when it cannot be drawn here. */
  prepare(): Promise<boolean>;
  /** Shows the frame beside `anchor`, as tall as the card (`height`) if there is room. */
  place(
    anchor: CardAnchor,
    height: number,
    focus: boolean,
  ): Promise<{ placed: boolean; focused: boolean }>;
  /** Hides the frame; with `returnFocus`, resolves once focus can be put back in this document. */
  hide(returnFocus: boolean): Promise<void>;
  /** Once the card has given up focus to this document (it may be drawn elsewhere). */
  focusBack(): Promise<void>;
  /** Whether Plainly's element and the frame are still where Plainly put them. */
  inPlace(): Promise<boolean>;
  destroy(): void;
}

/** The frame in this document's own Plainly element. */
class LocalSurface implements Surface {
  readonly token: string;
  ready = false;
  iframe: HTMLIFrameElement | null = null;

  constructor(
    private readonly slot: HTMLElement,
    private readonly link: CardLink,
    private readonly isInPlace: () => boolean,
  ) {
    this.token = link.newToken();
  }

  private get view(): Window {
    return this.slot.ownerDocument.defaultView as Window;
  }

  prepare(): Promise<boolean> {
    const frame = this.ensureFrame();
    frame.style.cssText = measuringStyle(this.view);
    return Promise.resolve(true);
  }

  place(anchor: CardAnchor, height: number, focus: boolean) {
    const frame = this.ensureFrame();
    const view = this.view;
    const placed = placeCard({
      words: anchor.words,
      text: edges(anchor.text),
      viewport: { width: view.innerWidth, height: view.innerHeight },
      contentHeight: height,
    });
    frame.style.cssText = shownStyle(placed);
    if (focus) frame.focus({ preventScroll: true });
    return Promise.resolve({ placed: true, focused: focus });
  }

  hide(): Promise<void> {
    if (this.iframe !== null) this.iframe.style.cssText = HIDDEN_STYLE;
    return Promise.resolve();
  }

  /** The frame is in this document: the field can take focus back itself. */
  focusBack(): Promise<void> {
    return Promise.resolve();
  }

  inPlace(): Promise<boolean> {
    return Promise.resolve(this.isInPlace() && this.iframe?.isConnected === true);
  }

  destroy(): void {
    this.iframe?.remove();
    this.iframe = null;
    this.ready = false;
  }

  private ensureFrame(): HTMLIFrameElement {
    if (this.iframe !== null && this.iframe.isConnected) return this.iframe;
    const frame = this.slot.ownerDocument.createElement('iframe');
    frame.title = 'Plainly suggestion';
    frame.style.cssText = HIDDEN_STYLE;
    frame.src = this.link.frameUrl(this.token);
    this.ready = false;
    this.slot.append(frame);
    this.iframe = frame;
    return frame;
  }
}

/** The frame drawn by the top page's content script, for a field in this frame. */
class RemoteSurface implements Surface {
  ready = false;

  constructor(private readonly client: HostClient) {}

  get token(): string {
    return this.client.token;
  }

  prepare(): Promise<boolean> {
    return this.client.frame();
  }

  place(anchor: CardAnchor, height: number, focus: boolean) {
    return this.client.place(anchor.words, anchor.text, height, focus);
  }

  hide(returnFocus: boolean): Promise<void> {
    return this.client.hide(returnFocus);
  }

  focusBack(): Promise<void> {
    return this.client.focusBack();
  }

  inPlace(): Promise<boolean> {
    return this.client.check();
  }

  destroy(): void {
    this.client.release();
    this.ready = false;
  }
}

interface OpenState {
  content: CardContent;
  anchor: CardAnchor;
  handlers: CardHandlers;
  /** Where it is drawn, once that is settled. */
  surface: Surface | null;
  /** The card's height as the frame last measured it. */
  height: number | null;
  /** Focus has been put in the card (opened from the keyboard), once. */
  focused: boolean;
}

const sameRect = (a: Rect, b: Rect) =>
  a.left === b.left && a.top === b.top && a.width === b.width && a.height === b.height;

export class CardFrame {
  private readonly local: LocalSurface;
  private readonly remote: RemoteSurface | null;
  private open: OpenState | null = null;
  private stopListening: (() => void) | null = null;
  private counter = 0;

  /**
   * @param inPlace whether Plainly's element is still where Plainly put it: a
   *   page that moves it (into a see-through element, say) gets no action done.
   * @param host for a document in a frame: the way to the top page, which
   *   draws the card when it can.
   */
  constructor(
    slot: HTMLElement,
    private readonly link: CardLink,
    inPlace: () => boolean,
    host: HostClient | null = null,
  ) {
    this.local = new LocalSurface(slot, link, inPlace);
    this.remote = host === null ? null : new RemoteSurface(host);
    host?.onDismiss(() => {
      const open = this.open;
      if (open !== null && open.surface === this.remote) open.handlers.close('away');
    });
  }

  /** A new card id: answers about an older card are ignored. */
  nextId(): number {
    return ++this.counter;
  }

  get isOpen(): boolean {
    return this.open !== null;
  }

  /** The id of the card on show, or null. */
  get openId(): number | null {
    return this.open?.content.cardId ?? null;
  }

  /** The frame element in this document (null when the top page draws the card). */
  get element(): HTMLIFrameElement | null {
    return this.open?.surface === this.remote ? null : this.local.iframe;
  }

  /** Shows `content` beside the flagged words. */
  show(content: CardContent, anchor: CardAnchor, handlers: CardHandlers): void {
    this.stopListening ??= this.link.listen((envelope, reply) => this.receive(envelope, reply));
    const previous = this.open?.surface ?? null;
    const open: OpenState = {
      content,
      anchor,
      handlers,
      surface: null,
      height: null,
      focused: false,
    };
    this.open = open;
    void this.choose().then((surface) => {
      if (previous !== null && previous !== surface) void previous.hide(false);
      if (this.open !== open) return;
      open.surface = surface;
      if (surface.ready) this.sendShow(open);
    });
  }

  /** The top page's frame when it can draw the card, or this document's own. */
  private async choose(): Promise<Surface> {
    if (this.remote !== null && (await this.remote.prepare().catch(() => false))) {
      return this.remote;
    }
    await this.local.prepare();
    return this.local;
  }

  /** The words moved (scrolling, resizing): the card follows them. */
  reposition(anchor: CardAnchor): void {
    const open = this.open;
    if (open === null) return;
    if (sameRect(open.anchor.words, anchor.words) && sameRect(open.anchor.text, anchor.text))
      return;
    open.anchor = anchor;
    if (open.height !== null) this.place(open, open.height);
  }

  private sendShow(open: OpenState): void {
    const surface = open.surface;
    if (surface === null) return;
    const { cardId } = open.content;
    void this.link.send(surface.token, 'show', open.content).then(
      (answer) => {
        if (answer === null || answer === undefined) return;
        try {
          const shown = parseCardSize(answer);
          if (shown.cardId === cardId) this.place(open, shown.height);
        } catch {
          // Not an answer this side understands: the frame asks again when it is ready.
        }
      },
      () => {},
    );
  }

  /** Sizes the frame to the card and puts it beside, below or above the words. */
  private place(open: OpenState, height: number): void {
    const surface = open.surface;
    if (surface === null || this.open !== open) return;
    open.height = height;
    // Only when it is first shown: later size changes never take focus back from the field.
    const focus = open.content.focus && !open.focused;
    if (focus) open.focused = true;
    void surface.place(open.anchor, height, focus).then(
      (result) => {
        if (this.open !== open) return;
        if (!result.placed && surface === this.remote) {
          // The top page could not draw it after all: draw it here.
          void surface.hide(false);
          open.focused = false;
          void this.local.prepare().then(() => {
            if (this.open !== open) return;
            open.surface = this.local;
            if (this.local.ready) this.sendShow(open);
          });
          return;
        }
        if (result.focused) open.handlers.focused?.();
      },
      () => {},
    );
  }

  /**
   * Hides the card. The frame stays loaded for the next one. With
   * `returnFocus`, resolves once the field can take focus back (a card drawn
   * in the top page gives it back to this frame first).
   */
  close(returnFocus = false): Promise<void> {
    const open = this.open;
    if (open === null) return Promise.resolve();
    this.open = null;
    const surface = open.surface ?? this.local;
    void this.link.send(surface.token, 'hide').catch(() => {});
    return surface.hide(returnFocus);
  }

  /** Before a fix: if the card (drawn in the top page) has focus, it gives it back to this frame. */
  focusBack(): Promise<void> {
    return this.open?.surface?.focusBack() ?? Promise.resolve();
  }

  /** Removes the frames and stops listening (Plainly is switched off here, or the page is left). */
  destroy(): void {
    this.open = null;
    this.local.destroy();
    this.remote?.destroy();
    try {
      this.stopListening?.();
    } catch {
      // The extension was reloaded: its listeners went with it.
    }
    this.stopListening = null;
  }

  private surfaceFor(token: string): Surface | null {
    if (token === this.local.token) return this.local;
    if (this.remote !== null && token === this.remote.token) return this.remote;
    return null;
  }

  private receive(envelope: CardRelayEnvelope, reply: (answer: unknown) => void): boolean {
    const surface = this.surfaceFor(envelope.token);
    if (surface === null) return false;
    const open = this.open?.surface === surface ? this.open : null;
    try {
      if (envelope.kind === 'ready') {
        surface.ready = true;
        if (open !== null) this.sendShow(open);
      } else if (envelope.kind === 'size') {
        const size = parseCardSize(envelope.payload);
        if (open !== null && open.content.cardId === size.cardId) this.place(open, size.height);
      } else if (envelope.kind === 'close') {
        const { cardId, reason } = parseCardClose(envelope.payload);
        if (open?.content.cardId === cardId) open.handlers.close(reason);
      } else if (envelope.kind === 'act') {
        const { cardId, action } = parseCardAct(envelope.payload);
        if (open === null || open.content.cardId !== cardId) {
          reply({ done: false, note: 'This card is out of date. Nothing was changed.' });
          return false;
        }
        void surface.inPlace().then(
          (inPlace) => {
            if (!inPlace) {
              reply({
                done: false,
                note: 'The page moved Plainly’s card, so Plainly did nothing. Close the card and open it again.',
              });
              return;
            }
            open.handlers
              .act(action)
              .then(reply, () =>
                reply({ done: false, note: 'Plainly could not do that. Nothing was changed.' }),
              );
          },
          () => reply({ done: false, note: 'Plainly could not do that. Nothing was changed.' }),
        );
        return true;
      }
    } catch {
      // A message this side does not understand is dropped.
    }
    return false;
  }
}
