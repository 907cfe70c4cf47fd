/**
 * Numbers as people read them: with thousands separators, the UK way
 * ("6,427"), on every page and in every report. Counts in JSON stay plain
 * numbers; only what people read goes through here.
 */

let whole: Intl.NumberFormat | undefined;
let onePlace: Intl.NumberFormat | undefined;

/** Thousands separators in the digits of a whole number: "6427" → "6,427". */
const THOUSANDS = /\B(?=(?:\d{3})+$)/g;

/** A count: "6,427". Rounded to a whole number. */
export function formatCount(count: number): string {
  // Whole numbers, which counts are, are grouped here: the first
  // Intl.NumberFormat takes several milliseconds to set up, a noticeable
  // part of the command line's start. Intl formats the rest.
  if (Number.isSafeInteger(count) && !Object.is(count, -0)) {
    const digits = String(Math.abs(count)).replace(THOUSANDS, ',');
    return count < 0 ? `-${digits}` : digits;
  }
  whole ??= new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });
  return whole.format(count);
}

/** A measure with at most one decimal place: "9.2", "1,234.5". */
export function formatMeasure(value: number): string {
  onePlace ??= new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 });
  return onePlace.format(value);
}

/** A count and its noun: "1 word", "6,427 words". */
export function countOf(count: number, one: string, many: string): string {
  return `${formatCount(count)} ${count === 1 ? one : many}`;
}
