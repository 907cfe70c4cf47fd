/**
 * One field Plainly is checking: it waits for a short pause in typing, asks
 * for findings, draws them, opens the card and applies fixes. Everything it
 * adds (listeners, observers, drawings) is released by `destroy()`
 * (docs/reliability.md, "Staying light").
 *
 * The card closes when the user types (here or elsewhere), clicks away or
 * presses Escape; after Escape in the card, focus goes back to the field
 * with the caret where it was.
 *
 * Nothing happens during IME composition: no check, no drawing, no change of
 * selection or text (docs/reliability.md, "Typing in other languages").
 */
import type { ActResult, CardAction, CardContent } from '../messaging/card';
import type { Fix } from './apply';
import { applyFix } from './apply';
import { makeAnchor } from './anchor';
import type { RemoteBadge } from './badge';
import { FieldBadge } from './badge';
import type { CardAnchor, CardFrame } from './card-frame';
import { selectionFor } from './editable';
import { quietTimeBeforeChange } from './editor-quirks';
import type { FieldAdapter, FieldFinding, PlacedFinding } from './types';
import type { UiHost } from './ui-host';
import { MAX_CHECK_TEXT } from '../validation/index';

/**
 * Check once the user has paused typing this long: short enough that the
 * underlines are back within 300 ms of the last key on a 5,000-word field
 * (`npm run bench`), long enough not to check between the keys of a word.
 */
export const PAUSE_MS = 150;

/** A check still running after this long shows "Checking…" on the badge. */
export const CHECKING_AFTER_MS = 400;

/**
 * Alt+Enter straight after a click: the card waits at most this long for the
 * page to hear of the caret's move (browsers tell it within a few tasks).
 */
const HEARD_GUARD_MS = 300;

/** "Checking…" is said to screen readers at most this often for one field. */
const CHECKING_ANNOUNCED_EVERY_MS = 60_000;

/**
 * Fields longer than this are checked only when the user asks
 * (docs/reliability.md, "Staying light").
 */
export const MAX_FIELD_LENGTH = 100_000;

export interface FieldReport {
  findings: FieldFinding[];
  readingAge: number | null;
  /** The field was too long to check in the time allowed: only its first part was checked. */
  partial?: boolean;
}

/** What a check came back with: a report, nothing (the background could not be reached), or "a newer check replaced it". */
export type CheckAnswer = FieldReport | null | 'superseded';

export interface FieldServices {
  /**
   * Findings for the text of the field `fieldId`. `wanted()` turns false once
   * the field has moved on (the user typed again): a question still waiting
   * to be asked again is then dropped.
   */
  check(fieldId: string, text: string, wanted: () => boolean): Promise<CheckAnswer>;
  showBadge(): boolean;
  ui(): UiHost;
  /** The one card frame of this document. */
  card(): CardFrame;
  /** The page's origin and path, kept with a proposal made from the card. */
  pageUrl(): string;
  /** Called when the field has left the document. */
  onGone(): void;
  /** For a field in a frame: a badge the top page draws when this frame cuts it off. */
  remoteBadge?(): RemoteBadge | null;
}

/** An action the card offers, and what it does here in the page. */
interface LocalAction {
  action: CardAction;
  run(): Promise<ActResult>;
}

let fieldCounter = 0;

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
  /** The id of this field's card while it is open. */
  private cardId: number | null = null;
  /** Tells this field's checks apart from other fields' in the background's queue. */
  private readonly id = `${Date.now().toString(36)}-${++fieldCounter}`;
  private partial = false;
  /**
   * A card opened from the keyboard is on its way (its frame takes focus a
   * moment later): until then Enter, Space and the arrows must not reach the
   * field, or a quick Enter would break the line instead of choosing.
   */
  private focusPending: { until: number } | null = null;
  private frame: number | undefined;
  /** The text changed since the underlines were drawn: they are hidden until the next check. */
  private stale = false;
  private lastInputAt = 0;
  /** Where the caret was when the card took focus, to put it back. */
  private caretBeforeCard: { start: number; end: number } | null = null;
  /** The finding the open card is about, to keep the card beside it when the page moves. */
  private cardFinding: PlacedFinding | null = null;
  /** A fix is being made: the input events it causes do not close the card. */
  private applying = false;
  /** When "Checking…" was last said to screen readers. */
  private checkingAnnouncedAt = -Infinity;
  /**
   * Alt+Enter came while the text was still to be checked: where the caret
   * was, to open the card there once the check is back (if the caret has not moved).
   */
  private openWhenChecked: { start: number; end: number } | null = null;
  /** The text a check is on its way for. */
  private asking: string | null = null;
  /**
   * The selection as the page last heard of it, at its last
   * "selectionchange" event. Browsers tell the page of a caret move a moment
   * after it happens, and some editors (Lexical) then set the selection again,
   * which puts focus back in the editor: a card opened from the keyboard in
   * between would lose focus at once.
   */
  private selectionHeard: SelectionPoints | null = null;
  /** Alt+Enter came before the page heard of the caret's last move: the card opens once it has (or after a while). */
  private openWhenHeard: number | undefined;

  constructor(
    readonly adapter: FieldAdapter,
    private readonly services: FieldServices,
  ) {
    const root = adapter.root;
    const view = root.ownerDocument.defaultView as Window & typeof globalThis;
    const signal = this.abort.signal;
    this.badge = new FieldBadge(
      root,
      services.ui,
      () => {
        this.forced = true;
        this.checkedText = null;
        void this.run();
      },
      services.remoteBadge?.() ?? null,
    );
    root.addEventListener(
      'input',
      (event) => {
        if ((event as InputEvent).isComposing) return;
        this.lastInputAt = Date.now();
        // Typed, pasted or dictated by the user (not a change the page made):
        // the card closes, and one asked for before this is no longer wanted.
        if (event.isTrusted && !this.applying) {
          this.openWhenChecked = null;
          this.cancelOpenWhenHeard();
          this.closeCard();
        }
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
      this.selectionHeard = selectionPoints(root);
      root.ownerDocument.addEventListener(
        'selectionchange',
        () => {
          this.selectionHeard = selectionPoints(root);
          if (this.openWhenHeard === undefined) return;
          // After the page's own handlers for this event, and what they queued.
          view.clearTimeout(this.openWhenHeard);
          this.openWhenHeard = view.setTimeout(() => this.openAfterCaretMove(), 0);
        },
        { signal },
      );
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
    const view = this.adapter.root.ownerDocument.defaultView;
    if (text.length > MAX_FIELD_LENGTH && (!this.forced || text.length > MAX_CHECK_TEXT)) {
      this.checkedText = text;
      this.placed = [];
      this.openWhenChecked = null;
      this.adapter.draw([], text);
      this.badge.show({
        count: 0,
        readingAge: null,
        tooLong: true,
        canForce: text.length <= MAX_CHECK_TEXT,
      });
      return;
    }
    if (text.trim() === '') {
      this.checkedText = text;
      this.show([], null, text);
      this.openIfAsked();
      return;
    }
    // A long field's first check takes a moment: the badge says so, once it has been a while.
    const slow = view?.setTimeout(() => this.showChecking(version), CHECKING_AFTER_MS);
    this.asking = text;
    const report = await this.services
      .check(this.id, text, () => version === this.version && !this.abort.signal.aborted)
      .finally(() => {
        if (version === this.version) this.asking = null;
      });
    view?.clearTimeout(slow);
    if (!this.adapter.root.isConnected) {
      this.services.onGone();
      return;
    }
    // A newer check started, the user typed meanwhile, or composition began: this answer is stale.
    if (version !== this.version || this.composing || this.abort.signal.aborted) return;
    if (report === 'superseded') {
      // Another question about this field took this one's place in the
      // background (a second try of an older text that arrived late): this
      // text still needs its answer, so ask again.
      this.schedule();
      return;
    }
    if (report === null) {
      // The background did not answer (busy, restarting or updating): try again later.
      if (this.badge.shown?.checking === true) this.updateBadge();
      this.schedule(PAUSE_MS * 5);
      return;
    }
    if (this.adapter.readText() !== text) {
      this.schedule();
      return;
    }
    this.checkedText = text;
    this.partial = report.partial === true;
    this.show(report.findings, report.readingAge, text);
    this.openIfAsked();
  }

  /**
   * Alt+Enter in this field: opens the card for the finding at the caret, now
   * or as soon as it can. Returns whether the key was taken (there is, or may
   * be, something to open); if not, the key is left to the field.
   */
  openFromKeyboard(): boolean {
    if (this.composing) return false;
    if (this.caretMoveUnheard() && this.findingAtCaret(true) !== null) {
      const view = this.adapter.root.ownerDocument.defaultView;
      if (view === null) return false;
      // Enter, Space and the arrows pressed meanwhile are meant for the card.
      this.focusPending = { until: Date.now() + 1_500 };
      view.clearTimeout(this.openWhenHeard);
      // A page that is never told (it should be) gets the card a moment later.
      this.openWhenHeard = view.setTimeout(() => this.openAfterCaretMove(), HEARD_GUARD_MS);
      return true;
    }
    return this.openAtCaret(true) || this.openAtCaretWhenChecked();
  }

  /** Whether the caret moved since the page was last told of it. */
  private caretMoveUnheard(): boolean {
    if (this.adapter.kind !== 'editable') return false;
    return !samePoints(this.selectionHeard, selectionPoints(this.adapter.root));
  }

  private cancelOpenWhenHeard(): void {
    if (this.openWhenHeard === undefined) return;
    this.adapter.root.ownerDocument.defaultView?.clearTimeout(this.openWhenHeard);
    this.openWhenHeard = undefined;
    this.focusPending = null;
  }

  /** Opens the card asked for by `openFromKeyboard` once the page has heard of the caret's move. */
  private openAfterCaretMove(): void {
    this.openWhenHeard = undefined;
    this.focusPending = null;
    const root = this.adapter.root;
    if (this.composing || !root.ownerDocument.hasFocus() || !root.matches(':focus-within')) return;
    if (!this.openAtCaret(true)) {
      this.services.ui().announce('Plainly has no suggestion here.', () => this.composing);
    }
  }

  /**
   * Alt+Enter when the text is not checked yet (pressed straight after
   * typing): the key is taken, and the card opens at the caret once the
   * check is back. Returns false when the text is checked already (there is
   * nothing at the caret then, and the key is left to the field).
   */
  private openAtCaretWhenChecked(): boolean {
    if (this.composing) return false;
    const text = this.adapter.readText();
    if (text === this.checkedText) return false;
    const caret = this.adapter.selection();
    if (caret === null) return false;
    this.openWhenChecked = caret;
    // Enter, Space and the arrows pressed meanwhile are meant for the card.
    this.focusPending = { until: Date.now() + 1_500 };
    // Check now rather than after the pause, unless that check is on its way.
    if (this.asking !== text) this.schedule(0);
    return true;
  }

  /** Opens the card asked for by `openAtCaretWhenChecked`, if the caret is still where it was. */
  private openIfAsked(): void {
    const asked = this.openWhenChecked;
    if (asked === null) return;
    this.openWhenChecked = null;
    this.focusPending = null;
    // Not if the person has moved on: the caret moved, or focus left the field.
    const root = this.adapter.root;
    if (!root.ownerDocument.hasFocus() || !root.matches(':focus-within')) return;
    const caret = this.adapter.selection();
    if (caret === null || caret.start !== asked.start || caret.end !== asked.end) return;
    if (!this.openAtCaret(true)) {
      this.services.ui().announce('Plainly has no suggestion here.', () => this.composing);
    }
  }

  /** "Checking…" on the badge while a check takes a while; said to screen readers once in a while. */
  private showChecking(version: number): void {
    if (version !== this.version || this.composing || !this.services.showBadge()) return;
    this.badge.show({
      count: this.placed.length,
      readingAge: this.readingAge,
      checking: true,
    });
    const now = Date.now();
    if (now - this.checkingAnnouncedAt >= CHECKING_ANNOUNCED_EVERY_MS) {
      this.checkingAnnouncedAt = now;
      this.services.ui().announce('Plainly is checking this text.', () => this.composing);
    }
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
    this.badge.show({
      count: this.placed.length,
      readingAge: this.readingAge,
      partial: this.partial,
    });
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
    if (this.cardIsOpen && this.cardFinding !== null) {
      const anchor = this.cardAnchor(this.cardFinding);
      if (anchor !== null) this.services.card().reposition(anchor);
    }
  }

  /** Where the card is about: the flagged words (all their lines) and the field's box. */
  private cardAnchor(placed: PlacedFinding): CardAnchor | null {
    const field = this.adapter.root.getBoundingClientRect();
    const words = this.adapter.spanRect(placed.finding) ?? field;
    if (field.width === 0 && field.height === 0) return null;
    return { words, text: field };
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
  private openAtCaret(fromKeyboard: boolean): boolean {
    const placed = this.findingAtCaret(fromKeyboard);
    if (placed === null) {
      if (!fromKeyboard) this.closeCard();
      return false;
    }
    this.caretBeforeCard = this.adapter.selection();
    this.open(placed, fromKeyboard);
    return true;
  }

  private open(placed: PlacedFinding, focus: boolean): void {
    const { finding } = placed;
    const anchor = this.cardAnchor(placed);
    if (anchor === null) return;
    const card = this.services.card();
    const cardId = card.nextId();
    const actions = this.actionsFor(placed);
    const content: CardContent = {
      cardId,
      finding: cardFinding(finding),
      actions: actions.map((local) => local.action),
      canPropose: finding.entryId !== undefined,
      focus,
      pageUrl: this.services.pageUrl(),
    };
    this.cardId = cardId;
    this.cardFinding = placed;
    this.focusPending = focus ? { until: Date.now() + 1_500 } : null;
    card.show(content, anchor, {
      focused: () => {
        if (this.cardId === cardId) this.focusPending = null;
      },
      act: async (id) => {
        const local = actions.find((a) => a.action.id === id);
        if (local === undefined || this.cardId !== cardId) {
          return { done: false, note: 'This card is out of date. Nothing was changed.' };
        }
        return local.run();
      },
      close: (reason) => {
        if (this.cardId !== cardId) return;
        this.closeCard(reason === 'escape');
      },
    });
    if (!focus)
      this.services
        .ui()
        .announce(`${finding.message} Press Alt and Enter for choices.`, () => this.composing);
  }

  /** Whether keys meant for the card, opened from the keyboard a moment ago, should be held back from the field. */
  get awaitingCardFocus(): boolean {
    return this.focusPending !== null && Date.now() < this.focusPending.until;
  }

  get cardIsOpen(): boolean {
    return this.cardId !== null && this.services.card().openId === this.cardId;
  }

  /**
   * Closes this field's card. With `returnFocus` (Escape in the card, or a
   * choice made there), focus goes back to the field, caret where it was.
   */
  closeCard(returnFocus = false): void {
    const wasOpen = this.cardIsOpen;
    this.cardId = null;
    this.cardFinding = null;
    this.focusPending = null;
    const closed = wasOpen ? this.services.card().close(returnFocus) : null;
    if (!returnFocus) return;
    // A card drawn in the top page gives focus back to this frame first.
    if (closed === null) this.returnFocus();
    else void closed.then(() => this.returnFocus());
  }

  private returnFocus(): void {
    const root = this.adapter.root;
    const doc = root.ownerDocument;
    // Not `activeElement`, which is the body of a frame (an editor's editable
    // body, say) even when nothing in it has focus.
    if (doc.hasFocus() && root.matches(':focus-within')) return;
    root.focus({ preventScroll: true });
    if (this.caretBeforeCard !== null && !this.composing) this.adapter.select(this.caretBeforeCard);
  }

  /** Ignores the finding in this field from now on, and draws the rest again. */
  private ignoreHere(finding: FieldFinding): ActResult {
    this.ignoredHere.add(ignoreKey(finding));
    this.closeCard(true);
    this.show(
      this.placed.map((p) => p.finding),
      this.readingAge,
      this.checkedText ?? '',
    );
    return { done: true };
  }

  private actionsFor(placed: PlacedFinding): LocalAction[] {
    const { finding } = placed;
    const actions: LocalAction[] = [];
    let first = true;
    finding.suggestions.forEach((suggestion, index) => {
      const id = `fix-${index}`;
      const primary = first ? { primary: true as const } : {};
      first = false;
      if (suggestion.kind === 'replace') {
        actions.push({
          action: { id, kind: 'apply', label: `Use “${suggestion.text}”`, ...primary },
          run: () => this.apply({ anchor: placed.anchor, text: suggestion.text, mode: 'replace' }),
        });
      } else if (suggestion.kind === 'explain') {
        actions.push({
          action: { id, kind: 'apply', label: 'Explain it here', ...primary },
          run: () => this.apply({ anchor: placed.anchor, text: suggestion.text, mode: 'after' }),
        });
      } else {
        actions.push({
          action: { id, kind: 'apply', label: 'Delete it', ...primary },
          run: () => this.apply({ anchor: placed.anchor, text: '', mode: 'replace' }),
        });
      }
    });
    actions.push({
      action: { id: 'ignore', kind: 'ignore', label: 'Ignore' },
      run: async () => this.ignoreHere(finding),
    });
    if (finding.category !== 'readability') {
      // The frame adds the word to your list in the background; here it is only hidden.
      actions.push({
        action: {
          id: 'ignore-everywhere',
          kind: 'ignore-everywhere',
          label: 'Ignore this word everywhere',
        },
        run: async () => this.ignoreHere(finding),
      });
    }
    return actions;
  }

  private async apply(fix: Fix): Promise<ActResult> {
    // Some editors merge changes made soon after typing into one undo step.
    const wait = quietTimeBeforeChange(this.adapter.root) - (Date.now() - this.lastInputAt);
    if (wait > 0) await new Promise((resume) => setTimeout(resume, wait));
    // A card drawn in the top page that has focus gives it back to this frame first.
    await this.services.card().focusBack();
    this.applying = true;
    let outcome;
    try {
      ({ outcome } = await applyFix(this.adapter, fix, () => this.composing));
    } finally {
      this.applying = false;
    }
    if (outcome === 'applied-native-undo' || outcome === 'applied-editor-undo') {
      this.closeCard();
      this.services.ui().announce('Changed.', () => this.composing);
      this.recheck();
      return { done: true };
    }
    // Not applied: say why, check again, and leave the text as it is.
    const message =
      outcome === 'moved'
        ? 'Your text has changed since Plainly checked it, so nothing was changed. Plainly is checking it again.'
        : 'Plainly could not make this change here. Nothing was changed: you can edit the words yourself.';
    this.services.ui().announce(message, () => this.composing);
    this.recheck();
    return { done: false, note: message };
  }

  destroy(): void {
    const view = this.adapter.root.ownerDocument.defaultView;
    view?.clearTimeout(this.timer);
    this.cancelOpenWhenHeard();
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

/** What the card shows of a finding: no offsets or suggestions (the actions carry those). */
function cardFinding(finding: FieldFinding): CardContent['finding'] {
  const shown: CardContent['finding'] = {
    text: finding.text.length > 2_000 ? `${finding.text.slice(0, 1_999)}…` : finding.text,
    message: finding.message,
    category: finding.category,
    severity: finding.severity,
  };
  if (finding.definition !== undefined) shown.definition = finding.definition;
  if (finding.advice !== undefined) shown.advice = finding.advice;
  if (finding.easyRead !== undefined) shown.easyRead = finding.easyRead;
  if (finding.coProduced === true) shown.coProduced = true;
  if (finding.entryId !== undefined) shown.entryId = finding.entryId;
  return shown;
}

function ignoreKey(finding: FieldFinding): string {
  return `${finding.ruleId}\u0000${finding.text.toLowerCase()}`;
}

/** Where a selection starts and ends, as nodes and offsets. */
type SelectionPoints = readonly [Node | null, number, Node | null, number];

function selectionPoints(root: HTMLElement): SelectionPoints | null {
  const selection = selectionFor(root);
  if (selection === null) return null;
  return [selection.anchorNode, selection.anchorOffset, selection.focusNode, selection.focusOffset];
}

function samePoints(a: SelectionPoints | null, b: SelectionPoints | null): boolean {
  if (a === null || b === null) return a === b;
  return a.every((point, i) => point === b[i]);
}
