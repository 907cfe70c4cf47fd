/**
 * What some editors need beyond the common path (docs/reliability.md, "Editor quirks": adapters
 * chosen by feature detection). Only observed behaviour is listed here, each
 * with the test that shows it.
 */

/**
 * TinyMCE records an undo step for an `input` event of type
 * `insertReplacementText` (how it notices the browser's spell-check fixes),
 * but not for the `insertText` input that `execCommand` fires. Without that
 * step, its Ctrl+Z would undo the fix and the typing before it together
 * (test/e2e/fields/tinymce.test.ts, test 3).
 */
export function needsReplacementInputEvent(root: HTMLElement): boolean {
  return root.classList.contains('mce-content-body');
}

/**
 * Quill's history merges changes made within `delay` (1,000 ms by default)
 * into one undo step, so a fix applied within a second of typing would be
 * undone together with that typing (test/e2e/fields/quill.test.ts, test 3).
 * Plainly waits until that long after the last key before changing the text.
 * A page can set another delay; this covers the default.
 */
export function quietTimeBeforeChange(root: HTMLElement): number {
  return root.classList.contains('ql-editor') ? 1_050 : 0;
}
