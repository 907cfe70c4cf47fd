/**
 * One field Plainly is checking: it waits for a pause in typing, asks for
 * findings, draws them, opens the card and applies fixes. Everything it adds
 * (listeners, observers, drawings) is released by `destroy()`
 * (docs/reliability.md, "Staying light").
 *
 * Nothing happens during IME composition: no check, no drawing, no change of
 * selection or text (docs/reliability.md, "Typing in other languages").
 */
import type { Fix } from './apply';
import { applyFix } from './apply';
import { makeAnchor } from './anchor';
import { FieldBadge } from './badge';
import type { CardAction, OpenCard } from './card';
import { openCard } from './card';
import { quietTimeBeforeChange } from './editor-quirks';
import type { FieldAdapter, FieldFinding, PlacedFinding } from './types';
import type { UiHost } from './ui-host';

/** Check once the user has paused typing this long. */
export const PAUSE_MS = 400;

/**
 * Fields longer than this are checked only when the user asks
 * (docs/reliability.md, "Staying light").
 */
export const MAX_FIELD_LENGTH = 100_000;

/** The most the background checks in one go (MAX_FIELD_TEXT in src/messaging/fields.ts). */
export const MAX_CHECK_LENGTH = 200_000;

export interface FieldReport {
  findings: FieldFinding[];
  readingAge: number | null;
}

export interface FieldServices {
  /** Findings for the text, or null when the background could not be reached. */
  check(text: string): Promise<FieldReport | null>;
  ignoreEverywhere(word: string): void;
  /** Saves a proposal to change the glossary; resolves to what to tell the user. */
  propose(finding: FieldFinding, suggestion: string, note: string): Promise<string>;
  /** Tells the background a finding was fixed or ignored, for the glossary's figures. */
  record(finding: FieldFinding, event: 'applied' | 'ignored'): void;
  showBadge(): boolean;
  ui(): UiHost;
  /** Called when the field has left the document. */
  onGone(): void;
}

export class Field {
  private readonly abort = new AbortController();
  private readonly observers: { disconnect(): void }[] = [];
  private readonly badge: FieldBadge;
  private timer: number | undefined;
  private composing = false;
  private checkedText: string | null = null;
  private placed: PlacedFinding[] = [];
  private readingAge: number | null = null;
  private version = 0;
  private forced = false;
  private ignoredHere = new Set<string>();
  private card: OpenCard | null = null;
  private frame: number | undefined;
  /** The text changed since the underlines were drawn: they are hidden until the next check. */
  private stale = false;
  private lastInputAt = 0;
  /** Where the caret was when the card took focus, to put it back. */
  private caretBeforeCard: { start: number; end: number } | null = null;

  constructor(
    readonly adapter: FieldAdapter,
    private readonly services: FieldServices,
  ) {
    const root = adapter.root;
    const view = root.ownerDocument.defaultView as Window & typeof globalThis;
    const signal = this.abort.signal;
    this.badge = new FieldBadge(root, services.ui, () => {
      this.forced = true;
      this.checkedText = null;
      void this.run();
    });
    root.addEventListener(
      'input',
      (event) => {
        if ((event as InputEvent).isComposing) return;
        this.lastInputAt = Date.now();
        this.changed();
      },
      { signal },
    );
    root.addEventListener(
      'compositionstart',
      () => {
        this.composing = true;
        view.clearTimeout(this.timer);
      },
      { signal },
    );
    root.addEventListener(
      'compositionend',
      () => {
        this.composing = false;
        this.schedule();
      },
      { signal },
    );
    root.addEventListener(
      'click',
      (event) => {
        if (event.isTrusted && !this.composing) this.openAtCaret(false);
      },
      { signal },
    );
    root.addEventListener('scroll', () => this.realignSoon(), { signal, passive: true });
    if (adapter.kind === 'editable') {
      // Changes that come without an input event (the editor's own undo, a
      // document loaded by the page) are checked too. Observing never changes anything.
      const observer = new view.MutationObserver(() => this.changed());
      observer.observe(root, { characterData: true, childList: true, subtree: true });
      this.observers.push(observer);
    }
    // A removed element is reported with size 0: that is when the field is let go.
    const resize = new view.ResizeObserver(() => {
      if (!root.isConnected) services.onGone();
      else this.realignSoon();
    });
    resize.observe(root);
    this.observers.push(resize);
  }

  get isComposing(): boolean {
    return this.composing;
  }

  get findings(): readonly PlacedFinding[] {
    return this.placed;
  }

  /**
   * The text changed: underlines drawn for the old text would now sit on the
   * wrong words, so they are hidden (once) until the next check draws them again.
   */
  private changed(): void {
    if (this.composing) return;
    if (!this.stale && this.placed.length > 0) {
      this.stale = true;
      this.adapter.draw([], '');
    }
    this.schedule();
  }

  /** Check after the next pause in typing. */
  schedule(delay = PAUSE_MS): void {
    const view = this.adapter.root.ownerDocument.defaultView;
    if (view === null || this.composing) return;
    view.clearTimeout(this.timer);
    this.timer = view.setTimeout(() => void this.run(), delay);
  }

  /** Check now (for example after the glossary or settings changed). */
  recheck(): void {
    this.checkedText = null;
    this.schedule(0);
  }

  private async run(): Promise<void> {
    // Removed before its ResizeObserver ever saw it laid out: let go now.
    if (!this.adapter.root.isConnected) {
      this.services.onGone();
      return;
    }
    if (this.composing) return;
    const text = this.adapter.readText();
    if (text === this.checkedText) {
      // The DOM changed but not the text (an editor redrawing): draw again as it was.
      if (this.stale) {
        this.stale = false;
        this.adapter.draw(this.placed, text);
      }
      return;
    }
    const version = ++this.version;
    if (text.length > MAX_FIELD_LENGTH && (!this.forced || text.length > MAX_CHECK_LENGTH)) {
      this.checkedText = text;
      this.placed = [];
      this.adapter.draw([], text);
      this.badge.show({
        count: 0,
        readingAge: null,
        tooLong: true,
        canForce: text.length <= MAX_CHECK_LENGTH,
      });
      return;
    }
    if (text.trim() === '') {
      this.checkedText = text;
      this.show([], null, text);
      return;
    }
    const report = await this.services.check(text);
    if (!this.adapter.root.isConnected) {
      this.services.onGone();
      return;
    }
    // A newer check started, the user typed meanwhile, or composition began: this answer is stale.
    if (version !== this.version || this.composing || this.abort.signal.aborted) return;
    if (report === null) {
      // The background did not answer (busy, restarting or updating): try again later.
      this.schedule(PAUSE_MS * 5);
      return;
    }
    if (this.adapter.readText() !== text) {
      this.schedule();
      return;
    }
    this.checkedText = text;
    this.show(report.findings, report.readingAge, text);
  }

  private show(findings: readonly FieldFinding[], readingAge: number | null, text: string): void {
    this.placed = findings
      .filter((finding) => !this.ignoredHere.has(ignoreKey(finding)))
      .map((finding) => ({ finding, anchor: makeAnchor(text, finding.start, finding.end) }));
    this.readingAge = readingAge;
    this.stale = false;
    this.adapter.draw(this.placed, text);
    this.updateBadge();
  }

  private updateBadge(): void {
    if (
      !this.services.showBadge() ||
      (this.placed.length === 0 && this.checkedText?.trim() === '')
    ) {
      this.badge.hide();
      return;
    }
    this.badge.show({ count: this.placed.length, readingAge: this.readingAge });
  }

  refreshBadge(): void {
    this.updateBadge();
  }

  private realignSoon(): void {
    const view = this.adapter.root.ownerDocument.defaultView;
    if (view === null || this.frame !== undefined) return;
    this.frame = view.requestAnimationFrame(() => {
      this.frame = undefined;
      this.realign();
    });
  }

  realign(): void {
    if (this.composing) return;
    this.adapter.realign();
    this.badge.realign();
  }

  /**
   * The finding under the caret (in or right next to the words), smallest
   * first. A click opens only word findings: a whole hard sentence would
   * open the card at every click in it; Alt+Enter opens those too.
   */
  private findingAtCaret(includeSentences: boolean): PlacedFinding | null {
    const selection = this.adapter.selection();
    if (selection === null || this.checkedText === null) return null;
    if (this.adapter.readText() !== this.checkedText) return null;
    let best: PlacedFinding | null = null;
    for (const placed of this.placed) {
      const { start, end, category } = placed.finding;
      if (!includeSentences && category === 'readability') continue;
      if (selection.start >= start && selection.end <= end) {
        if (best === null || end - start < best.finding.end - best.finding.start) best = placed;
      }
    }
    return best;
  }

  /** Opens the card for the finding at the caret; returns whether there was one. */
  openAtCaret(fromKeyboard: boolean): boolean {
    const placed = this.findingAtCaret(fromKeyboard);
    if (placed === null) {
      if (!fromKeyboard) this.closeCard();
      return false;
    }
    this.caretBeforeCard = this.adapter.selection();
    this.open(placed, fromKeyboard);
    return true;
  }

  private open(placed: PlacedFinding, focus: boolean, note?: string): void {
    this.card?.close();
    const { finding } = placed;
    const rect = this.adapter.spanRect(finding) ?? this.adapter.root.getBoundingClientRect();
    const ui = this.services.ui();
    const card = openCard(ui, {
      finding,
      actions: this.actionsFor(placed),
      near: rect,
      focus,
      ...(note === undefined ? {} : { note }),
      ...(finding.entryId === undefined
        ? {}
        : {
            propose: (suggestion: string, why: string) =>
              this.services.propose(finding, suggestion, why),
          }),
      onClose: (reason) => {
        if (this.card === card) this.card = null;
        if (reason === 'escape') this.returnFocus();
      },
    });
    this.card = card;
    if (!focus)
      ui.announce(`${finding.message} Press Alt and Enter for choices.`, () => this.composing);
  }

  get cardIsOpen(): boolean {
    return this.card !== null;
  }

  closeCard(returnFocus = false): void {
    const card = this.card;
    this.card = null;
    card?.close();
    if (returnFocus) this.returnFocus();
  }

  private returnFocus(): void {
    const root = this.adapter.root;
    const doc = root.ownerDocument;
    if (doc.activeElement === root || root.contains(doc.activeElement)) return;
    root.focus({ preventScroll: true });
    if (this.caretBeforeCard !== null && !this.composing) this.adapter.select(this.caretBeforeCard);
  }

  private actionsFor(placed: PlacedFinding): CardAction[] {
    const { finding } = placed;
    const actions: CardAction[] = [];
    let first = true;
    for (const suggestion of finding.suggestions) {
      if (suggestion.kind === 'replace') {
        actions.push({
          label: `Use “${suggestion.text}”`,
          primary: first,
          run: () =>
            void this.apply(placed, {
              anchor: placed.anchor,
              text: suggestion.text,
              mode: 'replace',
            }),
        });
      } else if (suggestion.kind === 'explain') {
        actions.push({
          label: 'Explain it here',
          primary: first,
          run: () =>
            void this.apply(placed, {
              anchor: placed.anchor,
              text: suggestion.text,
              mode: 'after',
            }),
        });
      } else {
        actions.push({
          label: 'Delete it',
          primary: first,
          run: () => void this.apply(placed, { anchor: placed.anchor, text: '', mode: 'replace' }),
        });
      }
      first = false;
    }
    actions.push({
      label: 'Ignore',
      run: () => {
        this.ignoredHere.add(ignoreKey(finding));
        this.services.record(finding, 'ignored');
        this.closeCard(true);
        this.show(
          this.placed.map((p) => p.finding),
          this.readingAge,
          this.checkedText ?? '',
        );
      },
    });
    if (finding.category !== 'readability') {
      actions.push({
        label: 'Ignore this word everywhere',
        run: () => {
          this.services.ignoreEverywhere(finding.text);
          this.services.record(finding, 'ignored');
          this.ignoredHere.add(ignoreKey(finding));
          this.closeCard(true);
          this.show(
            this.placed.map((p) => p.finding),
            this.readingAge,
            this.checkedText ?? '',
          );
        },
      });
    }
    return actions;
  }

  private async apply(placed: PlacedFinding, fix: Fix): Promise<void> {
    // Some editors merge changes made soon after typing into one undo step.
    const wait = quietTimeBeforeChange(this.adapter.root) - (Date.now() - this.lastInputAt);
    if (wait > 0) await new Promise((resume) => setTimeout(resume, wait));
    const { outcome } = await applyFix(this.adapter, fix, () => this.composing);
    if (outcome === 'applied-native-undo' || outcome === 'applied-editor-undo') {
      this.services.record(placed.finding, 'applied');
      this.closeCard();
      this.services.ui().announce('Changed.', () => this.composing);
      this.recheck();
      return;
    }
    // Not applied: say why, check again, and leave the text as it is.
    const message =
      outcome === 'moved'
        ? 'Your text has changed since Plainly checked it, so nothing was changed. Plainly is checking it again.'
        : 'Plainly could not make this change here. Nothing was changed: you can edit the words yourself.';
    this.card?.setNote(message);
    this.services.ui().announce(message, () => this.composing);
    this.recheck();
  }

  destroy(): void {
    const view = this.adapter.root.ownerDocument.defaultView;
    view?.clearTimeout(this.timer);
    if (this.frame !== undefined) view?.cancelAnimationFrame(this.frame);
    this.abort.abort();
    for (const observer of this.observers) observer.disconnect();
    this.observers.length = 0;
    this.closeCard();
    this.badge.hide();
    this.adapter.destroy();
    this.placed = [];
  }
}

function ignoreKey(finding: FieldFinding): string {
  return `${finding.ruleId}\u0000${finding.text.toLowerCase()}`;
}
