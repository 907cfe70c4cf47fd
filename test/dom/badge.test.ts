import { describe, expect, it } from 'vitest';
import { badgeWords } from '../../src/dom/badge';
import type { BadgeState } from '../../src/messaging/card-host';

describe('the field badge says what it found in words people read', () => {
  it.each<[BadgeState, string, string]>([
    [
      { count: 3, readingAge: 14.4 },
      '3 things to look at · reading age 14',
      'Plainly: 3 things to look at. Reading level: about age 14 (fairly easy).',
    ],
    [
      { count: 1, readingAge: 25 },
      '1 thing to look at · reading age 18+',
      'Plainly: 1 thing to look at. Reading level: 18+ (very hard: most people will struggle).',
    ],
    [
      { count: 1204, readingAge: 9, partial: true },
      '1,204 things to look at in the first part · reading age 9',
      'Plainly: 1,204 things to look at in the first part. Reading level: about age 9 (easy).',
    ],
    [{ count: 0, readingAge: null }, '0 things to look at', 'Plainly: 0 things to look at'],
    [{ count: 2, readingAge: 12, checking: true }, 'Checking…', 'Plainly is checking this text'],
  ])('%j → %s', (state, text, label) => {
    expect(badgeWords(state)).toEqual({ text, label });
  });
});
