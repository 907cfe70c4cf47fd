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
 */
import { CardFrame, type CardLink } from './card-frame';
import { EditableAdapter } from './editable';
import { describeField, isExcluded, rememberPasswordFields } from './exclusions';
import type { FieldServices } from './field';
import { Field } from './field';
import { TextControlAdapter } from './text-control';
import { existingUiHost, isOwnNode, uiHost, type UiHost } from './ui-host';

export type ManagerServices = Omit<FieldServices, 'ui' | 'onGone' | 'card'> & {
  /** How the card frame reaches the extension. */
  cardLink: CardLink;
};

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

  constructor(
    private readonly doc: Document,
    private readonly services: ManagerServices,
  ) {}

  /** The document's card frame, made with Plainly's element the first time a card opens. */
  private card(): CardFrame {
    const ui = uiHost(this.doc);
    if (this.cardFrame?.ui !== ui) {
      this.cardFrame?.frame.destroy();
      const frame = new CardFrame(ui.cardSlot, this.services.cardLink, () => ui.isInPlace());
      this.cardFrame = { ui, frame };
    }
    return this.cardFrame.frame;
  }

  /** Takes away Plainly's element and the card frame in it. */
  private removeUi(): void {
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
    const field = new Field(adapter, {
      ...services,
      ui: () => uiHost(this.doc),
      card: () => this.card(),
      onGone: () => this.release(root),
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
    if (!event.isTrusted || event.isComposing || event.keyCode === 229) return;
    const target = event.composedPath()[0] ?? null;
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
      if (field !== undefined && !field.isComposing && field.openAtCaret(true)) {
        // The editor never sees this key, so it cannot add a line break.
        event.preventDefault();
        event.stopImmediatePropagation();
      }
    } else if (event.key === 'Escape') {
      const field = this.fieldAt(target);
      if (field?.cardIsOpen === true) {
        field.closeCard();
        event.preventDefault();
        event.stopImmediatePropagation();
      }
    }
  }

  private onPointer(event: PointerEvent): void {
    const target = event.composedPath()[0] ?? null;
    if (isOwnNode(target)) return;
    const inField = this.fieldAt(target);
    for (const field of this.fields.values()) if (field !== inField) field.closeCard();
  }

  private realignSoon(): void {
    const view = this.doc.defaultView;
    if (view === null || this.frame !== undefined || this.fields.size === 0) return;
    this.frame = view.requestAnimationFrame(() => {
      this.frame = undefined;
      for (const field of this.fields.values()) field.realign();
    });
  }
}
