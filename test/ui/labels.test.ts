import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/checker/types';
import { countThings, suggestionLabel, summarySentence } from '../../src/ui/labels';

function report(findings: number, words: number, readingAge: number, target: number): Report {
  return {
    profile: 'plain',
    findings: Array.from({ length: findings }, (_, i) => ({
      ruleId: 'test',
      category: 'jargon' as const,
      severity: 'warning' as const,
      message: 'Test.',
      text: 'x',
      start: i,
      end: i + 1,
      line: 1,
      column: i + 1,
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
        jargon: findings,
        'plain-english': 0,
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
    [report(3, 20, 14.2, 13), '3 things to look at. Reading age 14 (aim for 13 or under).'],
    [report(1, 9, 12.5, 13), '1 thing to look at. Reading age 13 (aim for 13 or under).'],
    [report(0, 9, 8, 9), 'Nothing to look at. Reading age 8 (aim for 9 or under).'],
    [report(0, 0, 0, 13), 'Nothing to look at.'],
  ])('says %#: %s', (input, expected) => {
    expect(summarySentence(input)).toBe(expected);
  });
});

describe('suggestionLabel', () => {
  it.each([
    [{ kind: 'replace', text: 'working together' }, 'Use: working together'],
    [
      { kind: 'explain', text: '(working together as equals)' },
      'Explain it: (working together as equals)',
    ],
    [{ kind: 'remove', text: '' }, 'Delete it'],
  ] as const)('%j -> %s', (suggestion, expected) => {
    expect(suggestionLabel(suggestion)).toBe(expected);
  });
});

describe('countThings', () => {
  it.each([
    [0, '0 things'],
    [1, '1 thing'],
    [2, '2 things'],
  ])('%i -> %s', (count, expected) => {
    expect(countThings(count)).toBe(expected);
  });
});
