/**
 * Re-finding a flagged span in text that may have changed since it was checked
 * (docs/reliability.md, "Text that changed since it was checked"). Pure: no
 * DOM, so it is unit tested in Node.
 *
 * Each finding is remembered with the words it flagged and some text either
 * side. Before a fix is applied the live text is searched for those words with
 * that context. If they are not there, or could be in more than one place, the
 * fix is refused rather than guessed.
 */

/** How many UTF-16 code units of context are kept on each side of a span. */
export const CONTEXT_LENGTH = 32;

export interface Anchor {
  start: number;
  end: number;
  /** `text.slice(start, end)` when it was checked. */
  expected: string;
  /** Up to CONTEXT_LENGTH code units before and after the span. */
  before: string;
  after: string;
}

export interface Span {
  start: number;
  end: number;
}

export function makeAnchor(text: string, start: number, end: number): Anchor {
  return {
    start,
    end,
    expected: text.slice(start, end),
    before: text.slice(Math.max(0, start - CONTEXT_LENGTH), start),
    after: text.slice(end, end + CONTEXT_LENGTH),
  };
}

/** The length of the common tail of `a` and `b` (how much context still matches before). */
function commonSuffix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}

function commonPrefix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

/** How well the context around `start` in `live` matches the anchor's (0 … 2). */
function contextScore(live: string, anchor: Anchor, start: number): number {
  const end = start + anchor.expected.length;
  const before = live.slice(Math.max(0, start - CONTEXT_LENGTH), start);
  const after = live.slice(end, end + CONTEXT_LENGTH);
  const b =
    anchor.before.length === 0 ? 1 : commonSuffix(before, anchor.before) / anchor.before.length;
  const a = anchor.after.length === 0 ? 1 : commonPrefix(after, anchor.after) / anchor.after.length;
  return a + b;
}

const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });

/**
 * Whether `index` falls inside one user-perceived character: between the
 * halves of an emoji, inside a ZWJ sequence, or before a combining mark. The
 * browser would extend a replacement to the whole character, changing text
 * outside the span (docs/reliability.md, "Offsets"), so such a span is never replaced.
 */
export function splitsGrapheme(text: string, index: number): boolean {
  if (index <= 0 || index >= text.length) return false;
  // Characters are short: a window around the index is enough.
  const from = Math.max(0, index - CONTEXT_LENGTH);
  const window = text.slice(from, index + CONTEXT_LENGTH);
  for (const { index: at } of graphemes.segment(window)) {
    if (from + at === index) return false;
    if (from + at > index) return true;
  }
  return true;
}

/**
 * Where the anchored words are in `live` now, or null when they cannot be
 * found with certainty. Exact position and context first; otherwise the one
 * occurrence whose context matches clearly best. Never a near match of the
 * words themselves: if the user changed them, the fix no longer applies.
 */
export function relocate(live: string, anchor: Anchor): Span | null {
  const { expected } = anchor;
  if (expected.length === 0) return null;
  const length = expected.length;
  // The characters right next to the words must be the ones that were there:
  // "commissioners" typed on into "commissionersX" is no longer the flagged word.
  const lastBefore = anchor.before.slice(-1);
  const firstAfter = anchor.after.slice(0, 1);
  const ok = (start: number) =>
    !splitsGrapheme(live, start) &&
    !splitsGrapheme(live, start + length) &&
    live.slice(Math.max(0, start - 1), start) === lastBefore &&
    live.slice(start + length, start + length + 1) === firstAfter;

  if (
    live.slice(anchor.start, anchor.end) === expected &&
    live.slice(Math.max(0, anchor.start - anchor.before.length), anchor.start) === anchor.before &&
    live.slice(anchor.end, anchor.end + anchor.after.length) === anchor.after &&
    ok(anchor.start)
  ) {
    return { start: anchor.start, end: anchor.end };
  }

  const candidates: { start: number; score: number }[] = [];
  for (let at = live.indexOf(expected); at !== -1; at = live.indexOf(expected, at + 1)) {
    if (ok(at)) candidates.push({ start: at, score: contextScore(live, anchor, at) });
    if (candidates.length > 1_000) return null;
  }
  if (candidates.length === 0) return null;
  candidates.sort((x, y) => y.score - x.score);
  const [best, second] = candidates;
  if (best === undefined) return null;
  // At least one side of the context must still match in full, and the best
  // place must be clearly better than the next: otherwise it is a guess.
  const fullSide =
    commonSuffix(
      live.slice(Math.max(0, best.start - CONTEXT_LENGTH), best.start),
      anchor.before,
    ) === anchor.before.length ||
    commonPrefix(
      live.slice(best.start + length, best.start + length + CONTEXT_LENGTH),
      anchor.after,
    ) === anchor.after.length;
  if (!fullSide) return null;
  if (second !== undefined && best.score - second.score < 0.5) return null;
  return { start: best.start, end: best.start + length };
}

/** The text after replacing `span` with `replacement`: what a fix must produce. */
export function spliced(text: string, span: Span, replacement: string): string {
  return text.slice(0, span.start) + replacement + text.slice(span.end);
}
