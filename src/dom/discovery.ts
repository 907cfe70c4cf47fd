/**
 * Finds the fields to check in one document and keeps one `Field` per field.
 *
 * Fields are picked up when they get focus (`focusin` with `composedPath()`,
 * so fields inside open shadow roots are found without walking the page; docs/reliability.md),
 * which also covers every field added after the page loaded. Same-origin
 * iframes, `about:blank` and `srcdoc` frames run their own copy of the
 * content script (`all_frames`, `match_about_blank`, `match_origin_as_fallback`).
 *
 * A field is let go when it leaves the document: its ResizeObserver reports
 * it then (size 0), so no page-wide observer is needed (docs/reliability.md, "Staying light").
 *
 * In a frame, the card and a cut-off badge are drawn by the top page's copy
 * of this class when it can (src/dom/frame-host.ts): there a `FrameHost`
 * draws them, and here a `HostClient` asks it to.
 *
 * Any key the user types outside the card closes it, and so does a click
 * away from it (in this document, or in the top page for a card drawn there).
 */
import { CardFrame, type CardLink } from './card-frame';
import { EditableAdapter } from './editable';
import { answerLevel, FrameHost, HostClient, type HostLink } from './frame-host';
import { describeField, isExcluded, rememberPasswordFields } from './exclusions';
import type { FieldServices } from './field';
import { Field } from './field';
import { TextControlAdapter } from './text-control';
import { existingUiHost, isOwnNode, uiHost, type UiHost } from './ui-host';

export type ManagerServices = Omit<FieldServices, 'ui' | 'onGone' | 'card' | 'remoteBadge'> & {
  /** How the card frame reaches the extension. */
  cardLink: CardLink;
  /** How a frame reaches the top page's content script, and back (none: draw everything here). */
  hostLink?: HostLink;
};

/** Keys that type nothing and move nothing by themselves: they never close the card. */
const MODIFIER_KEYS: ReadonlySet<string> = new Set([
  'Shift',
  'Control',
  'Alt',
  'AltGraph',
  'Meta',
  'OS',
  'Super',
  'Hyper',
  'Fn',
  'FnLock',
  'CapsLock',
  'NumLock',
  'ScrollLock',
  'SymbolLock',
  'Symbol',
  'Unidentified',
]);

/** The element Plainly would check for an event target, or null. */
export function fieldRootFor(target: EventTarget | null): HTMLElement | null {
  if (!(target instanceof HTMLElement)) return null;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLInputElement) return target;
  if (!target.isContentEditable) return null;
  // The editing host: the outermost editable element in this tree.
  let host = target;
  for (
    let parent = host.parentElement;
    parent?.isContentEditable === true;
    parent = parent.parentElement
  ) {
    host = parent;
  }
  return host;
}

export class FieldManager {
  private readonly fields = new Map<HTMLElement, Field>();
  private abort: AbortController | null = null;
  private frame: number | undefined;
  private shadowRoots = new WeakSet<ShadowRoot>();
  private cardFrame: { ui: UiHost; frame: CardFrame } | null = null;
  /** In the top page: what it draws for its frames. */
  private host: FrameHost | null = null;
  /** In a frame: the way to the top page. */
  private client: HostClient | null = null;
  private stopHostListening: (() => void) | null = null;

  constructor(
    private readonly doc: Document,
    private readonly services: ManagerServices,
  ) {}

  private get isTop(): boolean {
    const view = this.doc.defaultView;
    return view === null || view === view.top;
  }

  /** In a frame, the way to the top page (made the first time it is needed). */
  private hostClient(): HostClient | null {
    const link = this.services.hostLink;
    if (this.isTop || link === undefined || this.abort === null) return null;
    this.client ??= new HostClient(link, this.doc.defaultView as Window);
    return this.client;
  }

  /** The document's card frame, made with Plainly's element the first time a card opens. */
  private card(): CardFrame {
    const ui = uiHost(this.doc);
    if (this.cardFrame?.ui !== ui) {
      this.cardFrame?.frame.destroy();
      const frame = new CardFrame(
        ui.cardSlot,
        this.services.cardLink,
        () => ui.isInPlace(),
        this.hostClient(),
      );
      this.cardFrame = { ui, frame };
    }
    return this.cardFrame.frame;
  }

  /** Takes away Plainly's element and the card frame in it, unless it still holds a frame's card or badge. */
  private removeUi(): void {
    if (this.host?.busy === true && this.abort !== null) return;
    this.cardFrame?.frame.destroy();
    this.cardFrame = null;
    existingUiHost(this.doc)?.remove();
  }

  get running(): boolean {
    return this.abort !== null;
  }

  /** How many fields are being checked (for tests and the memory bench). */
  get size(): number {
    return this.fields.size;
  }

  start(): void {
    if (this.abort !== null) return;
    const abort = new AbortController();
    this.abort = abort;
    const view = this.doc.defaultView as Window;
    const options = { capture: true, signal: abort.signal };
    rememberPasswordFields(this.doc);
    view.addEventListener('focusin', (event) => this.onFocus(event), options);
    view.addEventListener('keydown', (event) => this.onKey(event), options);
    view.addEventListener('pointerdown', (event) => this.onPointer(event), options);
    const realign = () => this.realignSoon();
    view.addEventListener('scroll', realign, { ...options, passive: true });
    view.addEventListener('resize', realign, options);
    view.visualViewport?.addEventListener('resize', realign, { signal: abort.signal });
    const link = this.services.hostLink;
    if (link !== undefined) {
      // The top page draws its frames' cards; a frame in between says where its frame element is.
      const host = this.isTop
        ? new FrameHost(
            this.doc,
            () => uiHost(this.doc),
            link,
            () => {
              if (this.fields.size === 0) this.removeUi();
            },
          )
        : null;
      this.host = host;
      this.stopHostListening = link.listen(
        (envelope, reply) =>
          host?.receive(envelope as never, reply) ?? answerLevel(view, envelope, reply),
      );
    }
    // A field that already has focus when Plainly starts.
    let active: Element | null = this.doc.activeElement;
    while (active?.shadowRoot?.activeElement != null) active = active.shadowRoot.activeElement;
    this.attach(fieldRootFor(active));
  }

  /** Lets go of every field and removes everything Plainly added to the page. */
  stop(): void {
    this.abort?.abort();
    this.abort = null;
    this.shadowRoots = new WeakSet();
    for (const field of this.fields.values()) field.destroy();
    this.fields.clear();
    try {
      this.stopHostListening?.();
    } catch {
      // The extension was reloaded: its listeners went with it.
    }
    this.stopHostListening = null;
    this.host?.destroy();
    this.host = null;
    this.client?.destroy();
    this.client = null;
    this.removeUi();
  }

  recheckAll(): void {
    for (const field of this.fields.values()) field.recheck();
  }

  refreshBadges(): void {
    for (const field of this.fields.values()) field.refreshBadge();
  }

  fieldFor(root: HTMLElement): Field | undefined {
    return this.fields.get(root);
  }

  private onFocus(event: Event): void {
    const target = event.composedPath()[0] ?? null;
    if (isOwnNode(target)) return;
    const root = fieldRootFor(target);
    for (const [other, field] of this.fields) if (other !== root) field.closeCard();
    this.attach(root);
  }

  /**
   * Focus moving between two fields of one shadow root is not seen outside
   * it (the event stops where target and relatedTarget meet), so Plainly
   * listens on each shadow root it has seen a field in, once.
   */
  private watchShadowRoot(node: Node): void {
    const scope = node.getRootNode();
    if (!(scope instanceof ShadowRoot) || this.shadowRoots.has(scope) || this.abort === null)
      return;
    this.shadowRoots.add(scope);
    scope.addEventListener('focusin', (event) => this.onFocus(event), {
      capture: true,
      signal: this.abort.signal,
    });
  }

  private attach(root: HTMLElement | null): void {
    // A field removed before its ResizeObserver ever reported is let go here.
    for (const other of this.fields.keys()) if (!other.isConnected) this.release(other);
    if (root === null || this.fields.has(root) || isOwnNode(root)) return;
    this.watchShadowRoot(root);
    if (isExcluded(describeField(root))) return;
    const adapter =
      root instanceof HTMLTextAreaElement || root instanceof HTMLInputElement
        ? new TextControlAdapter(root, () => uiHost(this.doc))
        : new EditableAdapter(root);
    const { cardLink: _link, ...services } = this.services;
    const { hostLink: _host, ...rest } = services;
    const field = new Field(adapter, {
      ...rest,
      ui: () => uiHost(this.doc),
      card: () => this.card(),
      onGone: () => this.release(root),
      remoteBadge: () => this.hostClient()?.badge() ?? null,
    });
    this.fields.set(root, field);
    field.schedule(0);
  }

  private release(root: HTMLElement): void {
    const field = this.fields.get(root);
    if (field === undefined || root.isConnected) return;
    field.destroy();
    this.fields.delete(root);
    if (this.fields.size === 0) this.removeUi();
  }

  private fieldAt(target: EventTarget | null): Field | undefined {
    if (!(target instanceof Node)) return undefined;
    for (const [root, field] of this.fields)
      if (root === target || root.contains(target)) return field;
    return undefined;
  }

  private onKey(event: KeyboardEvent): void {
    if (!event.isTrusted) return;
    const target = event.composedPath()[0] ?? null;
    // Keys typed in Plainly's own card never reach the page; any other key closes the card.
    const typing = !MODIFIER_KEYS.has(event.key) && !isOwnNode(target);
    if (event.isComposing || event.keyCode === 229) {
      if (typing) this.closeCards();
      return;
    }
    if (
      ['Enter', ' ', 'ArrowDown', 'ArrowUp'].includes(event.key) &&
      this.fieldAt(target)?.awaitingCardFocus === true
    ) {
      // Meant for the card that is about to take focus, not for the text.
      event.preventDefault();
      event.stopImmediatePropagation();
      return;
    }
    if (
      event.key === 'Enter' &&
      event.altKey &&
      !event.ctrlKey &&
      !event.metaKey &&
      !event.shiftKey
    ) {
      const field = this.fieldAt(target);
      if (field !== undefined && !field.isComposing && field.openFromKeyboard()) {
        // The editor never sees this key, so it cannot add a line break.
        event.preventDefault();
        event.stopImmediatePropagation();
        return;
      }
    } else if (event.key === 'Escape') {
      const field = this.fieldAt(target);
      if (field?.cardIsOpen === true) {
        field.closeCard();
        event.preventDefault();
        event.stopImmediatePropagation();
        return;
      }
    }
    if (typing) this.closeCards();
  }

  /** Closes every card this document has open, and the top page's cards for its frames. */
  private closeCards(): void {
    for (const field of this.fields.values()) field.closeCard();
    this.host?.dismissAll();
  }

  private onPointer(event: PointerEvent): void {
    const target = event.composedPath()[0] ?? null;
    if (isOwnNode(target)) return;
    const inField = this.fieldAt(target);
    for (const field of this.fields.values()) if (field !== inField) field.closeCard();
    this.host?.dismissAll();
  }

  private realignSoon(): void {
    const view = this.doc.defaultView;
    if (view === null || this.frame !== undefined) return;
    if (this.fields.size === 0 && this.host?.busy !== true) return;
    this.frame = view.requestAnimationFrame(() => {
      this.frame = undefined;
      for (const field of this.fields.values()) field.realign();
      this.host?.realign();
    });
  }
}
