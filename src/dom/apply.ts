/**
 * Applies one accepted fix through the editor's own input path, the way
 * docs/reliability.md ("Applying a fix") lays out, so the editor's model keeps the change and one
 * Ctrl+Z (the browser's or the editor's own undo) takes it back:
 *
 * 1. find the flagged words again in the live text (they may have moved);
 *    refuse when they cannot be found for certain;
 * 2. focus the field and select exactly those words;
 * 3. text boxes: `execCommand('insertText')`. Editable elements: offer a
 *    `beforeinput` of type `insertReplacementText` first (CKEditor 5, Lexical,
 *    Quill and Slate handle it), then `execCommand('insertText')` if the
 *    editor left it alone (ProseMirror, TinyMCE, plain contenteditable);
 * 4. check that the text is now exactly what was intended.
 *
 * Never: setting `value`, `textContent` or `innerHTML`, removing nodes,
 * synthetic key presses, or an automatic undo.
 */
import type { Anchor, Span } from './anchor';
import { relocate, spliced } from './anchor';
import { selectionFor } from './editable';
import { needsReplacementInputEvent } from './editor-quirks';
import type { FieldAdapter } from './types';

export type ApplyOutcome =
  /** Changed through execCommand: the browser's undo takes it back. */
  | 'applied-native-undo'
  /** Changed by the editor itself after `beforeinput`: the editor's undo takes it back. */
  | 'applied-editor-undo'
  /** The words are no longer where they were and could not be found for certain. */
  | 'moved'
  /** The field would not take the change; nothing was changed. */
  | 'refused'
  /** Something changed, but not what was intended (the editor rewrote it). */
  | 'unexpected';

export interface Fix {
  anchor: Anchor;
  /** The new text. */
  text: string;
  /** `replace` the words, or add `text` right `after` them. */
  mode: 'replace' | 'after';
}

function nextFrame(view: Window): Promise<void> {
  return new Promise((resume) => {
    view.requestAnimationFrame(() => resume());
    // Background tabs get no frames; never wait long for one.
    view.setTimeout(resume, 50);
  });
}

/** Spaces typed into contenteditable may come back as no-break spaces: they are the same text here. */
const same = (a: string, b: string) => a.replace(/\u00a0/g, ' ') === b.replace(/\u00a0/g, ' ');

async function settle(
  adapter: FieldAdapter,
  view: Window,
  wanted: string,
  before: string,
): Promise<string> {
  let now = adapter.readText();
  // Editors that take the change through their model redraw on the next frame or two.
  for (let i = 0; i < 6 && !same(now, wanted) && same(now, before); i++) {
    await nextFrame(view);
    now = adapter.readText();
  }
  return now;
}

/**
 * Applies `fix` to the field behind `adapter`. Must be called from the user's
 * own click or key press, never from a page event.
 */
export async function applyFix(
  adapter: FieldAdapter,
  fix: Fix,
  composing: () => boolean,
): Promise<{ outcome: ApplyOutcome; span?: Span }> {
  if (composing()) return { outcome: 'refused' };
  const root = adapter.root;
  const doc = root.ownerDocument;
  const view = doc.defaultView;
  if (view === null) return { outcome: 'refused' };

  const live = adapter.readText();
  const found = relocate(live, fix.anchor);
  if (found === null) return { outcome: 'moved' };
  const target: Span = fix.mode === 'after' ? { start: found.end, end: found.end } : found;
  const wanted = spliced(live, target, fix.text);

  root.focus({ preventScroll: true });
  if (!adapter.select(target)) return { outcome: 'refused' };
  // Let the editor see the new selection before the text arrives: otherwise some
  // editors put it where the caret was.
  await nextFrame(view);
  if (composing()) return { outcome: 'refused' };
  const check = adapter.readText();
  const still = adapter.selection();
  if (
    check !== live ||
    still === null ||
    still.start !== target.start ||
    still.end !== target.end
  ) {
    // The user typed in that moment, or the editor moved the selection.
    if (check !== live || !adapter.select(target)) return { outcome: 'moved' };
  }

  let outcome: ApplyOutcome = 'applied-native-undo';
  if (adapter.kind === 'editable') {
    const selection = selectionFor(root);
    const range = selection !== null && selection.rangeCount > 0 ? selection.getRangeAt(0) : null;
    const data = new view.DataTransfer();
    data.setData('text/plain', fix.text);
    const event = new view.InputEvent('beforeinput', {
      bubbles: true,
      cancelable: true,
      composed: true,
      inputType: 'insertReplacementText',
      data: fix.text,
      dataTransfer: data,
      targetRanges: range === null ? [] : [new view.StaticRange(range)],
    });
    root.dispatchEvent(event);
    const after = await settle(adapter, view, wanted, live);
    if (same(after, wanted)) return { outcome: 'applied-editor-undo', span: target };
    if (!same(after, live)) return { outcome: 'unexpected' };
    if (event.defaultPrevented) {
      // The editor took the event but changed nothing: put the selection back and use the browser's path.
      if (!adapter.select(target)) return { outcome: 'refused' };
    }
    outcome = 'applied-native-undo';
  }

  const done =
    fix.text === ''
      ? doc.execCommand('delete', false)
      : doc.execCommand('insertText', false, fix.text);
  if (!done) return { outcome: 'refused' };
  if (needsReplacementInputEvent(root)) {
    root.dispatchEvent(
      new view.InputEvent('input', {
        bubbles: true,
        inputType: 'insertReplacementText',
        data: fix.text,
      }),
    );
  }
  const after = await settle(adapter, view, wanted, live);
  if (same(after, wanted)) return { outcome, span: target };
  return { outcome: same(after, live) ? 'refused' : 'unexpected' };
}
