/**
 * Counts are written the UK way, with thousands separators. Whole numbers
 * are grouped without Intl (it is slow to set up); these must read exactly
 * as Intl.NumberFormat('en-GB') writes them, and everything else still goes
 * through Intl.
 */
import { describe, expect, it } from 'vitest';
import { countOf, formatCount, formatMeasure } from '../../src/report/numbers';

describe('formatCount', () => {
  it.each([
    [0, '0'],
    [7, '7'],
    [999, '999'],
    [1_000, '1,000'],
    [6_427, '6,427'],
    [100_000, '100,000'],
    [1_234_567, '1,234,567'],
    [-1, '-1'],
    [-1_234_567, '-1,234,567'],
    [-0, '-0'],
    [Number.MAX_SAFE_INTEGER, '9,007,199,254,740,991'],
    [2 ** 53, '9,007,199,254,740,992'],
    [2.5, '3'],
    [1_234.4, '1,234'],
    [-2.5, '-3'],
    [Number.NaN, 'NaN'],
    [Number.POSITIVE_INFINITY, '∞'],
  ])('writes %d as "%s"', (count, expected) => {
    expect(formatCount(count)).toBe(expected);
    expect(formatCount(count)).toBe(
      new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 }).format(count),
    );
  });
});

describe('formatMeasure and countOf', () => {
  it.each([
    [9.2, '9.2'],
    [1_234.56, '1,234.6'],
    [12, '12'],
  ])('formatMeasure writes %d as "%s"', (value, expected) => {
    expect(formatMeasure(value)).toBe(expected);
  });

  it.each([
    [1, '1 word'],
    [0, '0 words'],
    [6_427, '6,427 words'],
  ])('countOf writes %d as "%s"', (count, expected) => {
    expect(countOf(count, 'word', 'words')).toBe(expected);
  });
});
