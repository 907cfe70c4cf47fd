/**
 * The reading age in words (src/report/reading-age.ts, with the bands in
 * dictionaries/reading-age.json), and numbers with thousands separators
 * (src/report/numbers.ts).
 */
import { describe, expect, it } from 'vitest';
import { countOf, formatCount, formatMeasure } from '../../src/report/numbers';
import {
  readingAgeBand,
  readingAgeWorking,
  readingLevelSentence,
  targetAge,
} from '../../src/report/reading-age';

describe('readingAgeBand', () => {
  it.each([
    [5, 'about age 5 (easy)'],
    [9, 'about age 9 (easy)'],
    [11, 'about age 11 (easy)'],
    [11.4, 'about age 11 (easy)'],
    [11.5, 'about age 12 (fairly easy)'],
    [12, 'about age 12 (fairly easy)'],
    [14, 'about age 14 (fairly easy)'],
    [15, 'about age 15 (hard)'],
    [16, 'about age 16 (hard)'],
    [17, 'about age 17 (hard)'],
    [18, '18+ (very hard: most people will struggle)'],
    [25, '18+ (very hard: most people will struggle)'],
    [107, '18+ (very hard: most people will struggle)'],
  ])('%d -> %s', (age, expected) => {
    expect(readingAgeBand(age)).toBe(expected);
  });

  it.each([
    [9, '9'],
    [13, '13'],
    [18, '18+'],
  ])('target %d -> %s', (age, expected) => {
    expect(targetAge(age)).toBe(expected);
  });
});

describe('readingLevelSentence', () => {
  it.each([
    [
      { words: 1_222, readingAge: 25, targetReadingAge: 13 },
      'Reading level: 18+ (very hard: most people will struggle). Aim for age 13 or under.',
    ],
    [
      { words: 40, readingAge: 10, targetReadingAge: 9 },
      'Reading level: about age 10 (easy). Aim for age 9 or under.',
    ],
    [{ words: 0, readingAge: 0, targetReadingAge: 13 }, 'Reading level: no words to score.'],
  ])('%j -> %s', (stats, expected) => {
    expect(readingLevelSentence(stats)).toBe(expected);
  });
});

describe('readingAgeWorking', () => {
  const base = {
    words: 6_427,
    sentences: 301,
    averageSentenceLength: 21.4,
    fleschReadingEase: 41.3,
  };
  it('gives the numbers behind the band', () => {
    expect(readingAgeWorking({ ...base, fleschKincaidGrade: 9.2, readingAge: 14 })).toEqual([
      'Plainly counted 6,427 words in 301 sentences: 21.4 words in a sentence on average.',
      'The Flesch–Kincaid formula uses the length of the sentences and of the words. It gives this text a US school grade of 9.2. Add 5 to a grade to get a UK reading age: here, about 14.',
      'Its Flesch reading ease is 41.3 out of 100. Higher is easier: 60 or more is plain English.',
    ]);
  });

  it('never gives an age of 18 or over as a number', () => {
    const working = readingAgeWorking({ ...base, fleschKincaidGrade: 20.1, readingAge: 25 });
    expect(working[1]).toBe(
      'The Flesch–Kincaid formula uses the length of the sentences and of the words. It gives this text a US school grade of 20.1. Add 5 to a grade to get a UK reading age: here, 18 or over.',
    );
    // The reading age the formula gave, 25, is nowhere.
    expect(working.join(' ')).not.toContain('25');
  });

  it('says when the age is the youngest Plainly gives', () => {
    const working = readingAgeWorking({ ...base, fleschKincaidGrade: -1.5, readingAge: 5 });
    expect(working[1]).toContain(
      'grade of -1.5. Add 5 to a grade to get a UK reading age: here, 5, the youngest Plainly gives.',
    );
  });

  it('has nothing to work out for no words', () => {
    expect(
      readingAgeWorking({ ...base, words: 0, sentences: 0, fleschKincaidGrade: 0, readingAge: 0 }),
    ).toEqual(['There are no words to score.']);
  });
});

describe('numbers', () => {
  it.each([
    [0, '0'],
    [999, '999'],
    [6_427, '6,427'],
    [1_234_567, '1,234,567'],
    [6_455.4, '6,455'],
  ])('formatCount(%d) -> %s', (count, expected) => {
    expect(formatCount(count)).toBe(expected);
  });

  it.each([
    [9.2, '9.2'],
    [9, '9'],
    [1_234.56, '1,234.6'],
    [-1.5, '-1.5'],
  ])('formatMeasure(%d) -> %s', (value, expected) => {
    expect(formatMeasure(value)).toBe(expected);
  });

  it.each([
    [1, '1 word'],
    [0, '0 words'],
    [6_427, '6,427 words'],
  ])('countOf(%d) -> %s', (count, expected) => {
    expect(countOf(count, 'word', 'words')).toBe(expected);
  });
});
