/**
 * The content script's side of the suggestion card. The card itself is a
 * page of Plainly's own (entrypoints/card) in a frame that this class places
 * over the page, inside Plainly's closed shadow root: the page cannot read
 * the card, focus its buttons, restyle it, click it or submit its form, and
 * its address (the extension's, with Chrome's per-session dynamic id) is
 * never in the page's reach.
 *
 * This side only says what to show and where, and does what the user chose
 * in the frame (a fix goes through the editor's own input path, here in the
 * page, so undo works). All messages go through the extension
 * (`CardLink`, wired in entrypoints/content/session.ts), never the page.
 */
import type { ActResult, CardContent, CardRelayEnvelope, CardShown } from '../messaging/card';
import { parseCardAct, parseCardClose, parseCardSize } from '../messaging/card';

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

export interface CardHandlers {
  /** Does what the user chose in the card. */
  act(action: string): Promise<ActResult>;
  /** The user closed the card from inside it (Escape), or it finished. */
  close(reason: 'escape' | 'done'): void;
  /** A card opened from the keyboard now has focus (its frame was shown and focused). */
  focused?(): void;
}

/** The card's width: 22rem of a 16px root, or the window less a margin. */
const CARD_WIDTH = 352;
const CARD_MAX_HEIGHT = 448;
const MARGIN = 8;

/** Inline and `!important`, so no page style can change how the frame looks. */
const HIDDEN_STYLE =
  'all:initial !important;position:fixed !important;border:0 !important;margin:0 !important;padding:0 !important;' +
  'z-index:2147483647 !important;display:none !important;opacity:1 !important;background:transparent !important;' +
  'color-scheme:light !important;pointer-events:auto !important;';

interface OpenState {
  content: CardContent;
  near: DOMRect;
  handlers: CardHandlers;
  /** Focus has been put in the card (opened from the keyboard), once. */
  focused: boolean;
}

export class CardFrame {
  private iframe: HTMLIFrameElement | null = null;
  private readonly token: string;
  private open: OpenState | null = null;
  private stopListening: (() => void) | null = null;
  private frameReady = false;
  private counter = 0;

  /**
   * @param inPlace whether Plainly's element is still where Plainly put it: a
   *   page that moves it (into a see-through element, say) gets no action done.
   */
  constructor(
    private readonly slot: HTMLElement,
    private readonly link: CardLink,
    private readonly inPlace: () => boolean,
  ) {
    this.token = link.newToken();
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

  /** The frame element, for the field to tell its own focus from the page's. */
  get element(): HTMLIFrameElement | null {
    return this.iframe;
  }

  /** Shows `content` near the flagged words. */
  show(content: CardContent, near: DOMRect, handlers: CardHandlers): void {
    this.open = { content, near, handlers, focused: false };
    const frame = this.ensureFrame();
    const view = frame.ownerDocument.defaultView as Window;
    const width = Math.max(0, Math.min(CARD_WIDTH, view.innerWidth - 2 * MARGIN));
    // Laid out but not yet seen, so the card can measure itself at this width.
    frame.style.cssText = `${HIDDEN_STYLE}display:block !important;visibility:hidden !important;width:${width}px !important;height:${this.maxHeight(view)}px !important;left:0 !important;top:0 !important;`;
    if (this.frameReady) this.sendShow();
  }

  private maxHeight(view: Window): number {
    return Math.max(0, Math.min(CARD_MAX_HEIGHT, view.innerHeight - 2 * MARGIN));
  }

  private sendShow(): void {
    const open = this.open;
    if (open === null) return;
    const { cardId } = open.content;
    void this.link.send(this.token, 'show', open.content).then(
      (answer) => {
        if (answer === null || answer === undefined) return;
        try {
          const shown = parseCardSize(answer);
          if (shown.cardId === cardId) this.place(shown);
        } catch {
          // Not an answer this side understands: the frame asks again when it is ready.
        }
      },
      () => {},
    );
  }

  /** Sizes the frame to the card and puts it below the words, or above if there is no room. */
  private place(shown: CardShown): void {
    const open = this.open;
    const frame = this.iframe;
    if (open === null || frame === null || shown.cardId !== open.content.cardId) return;
    const view = frame.ownerDocument.defaultView as Window;
    const width = Math.max(0, Math.min(CARD_WIDTH, view.innerWidth - 2 * MARGIN));
    const height = Math.min(Math.ceil(shown.height), this.maxHeight(view));
    const near = open.near;
    let top = near.bottom + 6;
    if (top + height > view.innerHeight - MARGIN && near.top - 6 - height >= MARGIN) {
      top = near.top - 6 - height;
    }
    top = Math.max(MARGIN, Math.min(top, view.innerHeight - height - MARGIN));
    const left = Math.max(MARGIN, Math.min(near.left, view.innerWidth - width - MARGIN));
    frame.style.cssText = `${HIDDEN_STYLE}display:block !important;visibility:visible !important;width:${width}px !important;height:${height}px !important;left:${left}px !important;top:${top}px !important;`;
    // Only when it is first shown: later size changes never take focus back from the field.
    if (open.content.focus && !open.focused) {
      open.focused = true;
      frame.focus({ preventScroll: true });
      open.handlers.focused?.();
    }
  }

  /** Hides the card. The frame stays loaded for the next one. */
  close(): void {
    if (this.open === null) return;
    this.open = null;
    if (this.iframe !== null) this.iframe.style.cssText = HIDDEN_STYLE;
    void this.link.send(this.token, 'hide').catch(() => {});
  }

  /** Removes the frame and stops listening (Plainly is switched off here, or the page is left). */
  destroy(): void {
    this.open = null;
    this.iframe?.remove();
    this.iframe = null;
    this.frameReady = false;
    try {
      this.stopListening?.();
    } catch {
      // The extension was reloaded: its listeners went with it.
    }
    this.stopListening = null;
  }

  private ensureFrame(): HTMLIFrameElement {
    if (this.iframe !== null && this.iframe.isConnected) return this.iframe;
    const doc = this.slot.ownerDocument;
    const frame = doc.createElement('iframe');
    frame.title = 'Plainly suggestion';
    frame.style.cssText = HIDDEN_STYLE;
    frame.src = this.link.frameUrl(this.token);
    this.stopListening ??= this.link.listen((envelope, reply) => this.receive(envelope, reply));
    this.frameReady = false;
    this.slot.append(frame);
    this.iframe = frame;
    return frame;
  }

  private receive(envelope: CardRelayEnvelope, reply: (answer: unknown) => void): boolean {
    if (envelope.token !== this.token) return false;
    try {
      if (envelope.kind === 'ready') {
        this.frameReady = true;
        this.sendShow();
      } else if (envelope.kind === 'size') {
        this.place(parseCardSize(envelope.payload));
      } else if (envelope.kind === 'close') {
        const { cardId, reason } = parseCardClose(envelope.payload);
        if (this.open?.content.cardId === cardId) this.open.handlers.close(reason);
      } else if (envelope.kind === 'act') {
        const { cardId, action } = parseCardAct(envelope.payload);
        const open = this.open;
        if (open === null || open.content.cardId !== cardId) {
          reply({ done: false, note: 'This card is out of date. Nothing was changed.' });
          return false;
        }
        if (!this.inPlace() || this.iframe?.isConnected !== true) {
          reply({
            done: false,
            note: 'The page moved Plainly’s card, so Plainly did nothing. Close the card and open it again.',
          });
          return false;
        }
        void open.handlers
          .act(action)
          .then(reply, () =>
            reply({ done: false, note: 'Plainly could not do that. Nothing was changed.' }),
          );
        return true;
      }
    } catch {
      // A message this side does not understand is dropped.
    }
    return false;
  }
}
