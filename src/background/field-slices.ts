/**
 * Cutting a very large field into slices the checker takes one at a time, so
 * one field cannot keep the background busy for long (see check-queue.ts),
 * and putting the slices' findings back together.
 *
 * A slice ends where the text breaks most naturally within its last half: a
 * blank line, else a line break, else the end of a sentence, else a space;
 * only a run of text with none of those is cut where it reaches the limit
 * (never between the two halves of a character). So every slice but the last
 * is at least half the limit, and cutting is linear in the text.
 *
 * What slicing loses: checks that look at the whole text (an abbreviation
 * or a term explained the first time it is used) see one slice at a time, so
 * a later slice may flag a word again that an earlier one explained.
 */
import type { Finding, Report } from '../checker/types';

/** Fields up to this many characters are checked in one piece. */
export const SLICE_CHARS = 20_000;

export interface Slice {
  start: number;
  end: number;
}

/** Where a slice of `text` from `start`, at most `max` long, should end. */
function sliceEnd(text: string, start: number, max: number): number {
  const limit = start + max;
  if (limit >= text.length) return text.length;
  const half = start + Math.ceil(max / 2);
  const window = text.slice(half, limit);
  const blank = window.lastIndexOf('\n\n');
  if (blank !== -1) return half + blank + 2;
  const line = window.lastIndexOf('\n');
  if (line !== -1) return half + line + 1;
  for (let i = window.length - 1; i > 0; i--) {
    if (/\s/.test(window.charAt(i)) && /[.!?]/.test(window.charAt(i - 1))) return half + i + 1;
  }
  for (let i = window.length - 1; i >= 0; i--) {
    if (/\s/.test(window.charAt(i))) return half + i + 1;
  }
  // No break at all: cut at the limit, but not inside a surrogate pair.
  const code = text.charCodeAt(limit - 1);
  return code >= 0xd800 && code <= 0xdbff && limit - 1 > start ? limit - 1 : limit;
}

/** The slices of `text`, in order, covering all of it; one slice when it is short enough. */
export function sliceText(text: string, max = SLICE_CHARS): Slice[] {
  const slices: Slice[] = [];
  let start = 0;
  do {
    const end = sliceEnd(text, start, max);
    slices.push({ start, end });
    start = end;
  } while (start < text.length);
  return slices;
}

/** One slice's report, and where the slice starts in the whole text. */
export interface SliceReport {
  offset: number;
  report: Report;
}

/** The findings of all slices, with offsets into the whole text. */
export function mergedFindings<T>(
  parts: readonly SliceReport[],
  slim: (finding: Finding, offset: number) => T,
): T[] {
  return parts.flatMap(({ offset, report }) => report.findings.map((f) => slim(f, offset)));
}

/**
 * The reading age over all slices: each slice's, weighted by its words (the
 * formula's inputs are not kept per slice, so this is close, not exact).
 * Null when there are no words.
 */
export function mergedReadingAge(parts: readonly SliceReport[]): number | null {
  let words = 0;
  let sum = 0;
  for (const { report } of parts) {
    words += report.stats.words;
    sum += report.stats.readingAge * report.stats.words;
  }
  return words === 0 ? null : Math.round(sum / words);
}
