import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/checker/types';
import {
  adviceToShow,
  countPlaces,
  countThings,
  suggestionAction,
  suggestionAdvice,
  summarySentence,
} from '../../src/report/labels';

/** A report of `findings` findings of the words `texts[i]` (each a different word unless told). */
function report(
  findings: number,
  words: number,
  readingAge: number,
  target: number,
  texts: (i: number) => string = (i) => `word${i}`,
): Report {
  return {
    profile: 'plain',
    findings: Array.from({ length: findings }, (_, i) => ({
      ruleId: 'plain-words',
      category: 'plain-english' as const,
      severity: 'warning' as const,
      message: 'Test.',
      text: texts(i),
      start: i * 10,
      end: i * 10 + 5,
      line: 1,
      column: i * 10 + 1,
      suggestions: [],
    })),
    stats: {
      words,
      sentences: 1,
      averageSentenceLength: words,
      fleschReadingEase: 60,
      fleschKincaidGrade: readingAge - 5,
      readingAge,
      targetReadingAge: target,
      byCategory: {
        jargon: 0,
        'plain-english': findings,
        readability: 0,
        acronym: 0,
        respectful: 0,
        'easy-read': 0,
      },
      bySeverity: { error: 0, warning: findings, suggestion: 0 },
      glossaryTerms: [],
    },
  };
}

describe('summarySentence', () => {
  it.each([
    [
      report(3, 20, 14, 13),
      '3 things to look at. Reading level: about age 14 (fairly easy). Aim for age 13 or under.',
    ],
    [
      report(1, 9, 13, 13),
      '1 thing to look at. Reading level: about age 13 (fairly easy). Aim for age 13 or under.',
    ],
    [
      report(0, 9, 8, 9),
      'Nothing to look at. Reading level: about age 8 (easy). Aim for age 9 or under.',
    ],
    [
      report(2, 900, 25, 11),
      '2 things to look at. Reading level: 18+ (very hard: most people will struggle). Aim for age 11 or under.',
    ],
    // The same word in ten places is one thing to look at.
    [
      report(10, 200, 16, 13, () => 'utilise'),
      '1 thing to look at. Reading level: about age 16 (hard). Aim for age 13 or under.',
    ],
    [
      report(1_204, 20_000, 12, 13),
      '1,204 things to look at. Reading level: about age 12 (fairly easy). Aim for age 13 or under.',
    ],
    [report(0, 0, 0, 13), 'Nothing to look at.'],
  ])('says %#: %s', (input, expected) => {
    expect(summarySentence(input)).toBe(expected);
  });
});

describe('suggestions in words', () => {
  it.each([
    [{ kind: 'replace', text: 'buying' }, true, 'Try “buying”', 'Use “buying”'],
    [{ kind: 'replace', text: 'buying' }, false, 'Or try “buying”', 'Use “buying”'],
    [
      { kind: 'explain', text: ' (working together as equals)' },
      true,
      'Explain it in brackets after the word: see what it means below',
      'Explain it here',
    ],
    [{ kind: 'remove', text: '' }, true, 'Delete it', 'Delete it'],
    [{ kind: 'remove', text: '' }, false, 'Or delete it', 'Delete it'],
  ] as const)('%j (first: %s) -> "%s" as advice, "%s" on a button', (s, first, advice, action) => {
    expect(suggestionAdvice(s, first)).toBe(advice);
    expect(suggestionAction(s)).toBe(action);
  });
});

describe('counts', () => {
  it.each([
    [0, '0 things', '0 places'],
    [1, '1 thing', '1 place'],
    [2, '2 things', '2 places'],
    [6_455, '6,455 things', '6,455 places'],
  ])('%i -> %s, %s', (count, things, places) => {
    expect(countThings(count)).toBe(things);
    expect(countPlaces(count)).toBe(places);
  });
});

describe('the glossary’s tip for the writer under a message', () => {
  it.each([
    [
      'advice beside another message',
      '“placement” can sound disrespectful. Try “home”.',
      'Say “home”.',
      'Say “home”.',
    ],
    ['no advice', '“placement” can sound disrespectful. Try “home”.', undefined, undefined],
    ['advice of spaces only', '“key” is vague.', '  ', undefined],
    [
      'advice the message gives already',
      '“hard to engage” can sound disrespectful. Say what the person has said or done.',
      'Say what the person has said or done.',
      undefined,
    ],
  ])('%s', (_what, message, advice, shown) => {
    expect(adviceToShow({ message, advice })).toBe(shown);
  });
});
