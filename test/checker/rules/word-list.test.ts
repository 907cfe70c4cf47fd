/**
 * What the word-list rules (plain-words, respectful) share: a word of the
 * lists that is part of a name is left alone, as glossary terms are.
 */
import { describe, expect, it } from 'vitest';
import { check } from '../../../src/checker/index';

describe('word lists and names', () => {
  it.each<[string, string[]]>([
    // A rating's name: capitalised words together.
    ['The home was rated Requires Improvement by the inspectors.', []],
    ['The home requires improvement.', ['requires']],
    // After a title.
    ['We wrote to Mr Additional about the bill.', []],
    ['We sent an additional bill.', ['additional']],
  ])('%s', (text, expected) => {
    const found = check(text, { profile: 'public' })
      .findings.filter((f) => f.ruleId === 'plain-words')
      .map((f) => f.text);
    expect(found).toEqual(expected);
  });
});
