/**
 * Numbers as people read them: with thousands separators, the UK way
 * ("6,427"), on every page and in every report. Counts in JSON stay plain
 * numbers; only what people read goes through here.
 */

const WHOLE = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });
const ONE_PLACE = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 });

/** A count: "6,427". Rounded to a whole number. */
export function formatCount(count: number): string {
  return WHOLE.format(count);
}

/** A measure with at most one decimal place: "9.2", "1,234.5". */
export function formatMeasure(value: number): string {
  return ONE_PLACE.format(value);
}

/** A count and its noun: "1 word", "6,427 words". */
export function countOf(count: number, one: string, many: string): string {
  return `${formatCount(count)} ${count === 1 ? one : many}`;
}
