import { describe, expect, it } from 'vitest';
import { findingsOf } from './glossary';

describe('ampersand', () => {
  it.each<[string, [string, string, string | null][]]>([
    ['Tea & cake.', [['&', 'Write “and” instead of “&”.', 'Tea and cake.']]],
    // A name, not "and".
    ['Go to A&E now.', []],
  ])('%s', (text, expected) => {
    expect(findingsOf(text, 'easy-read', 'ampersand')).toEqual(expected);
  });

  it('runs in the easy read profile only', () => {
    expect(findingsOf('Tea & cake.', 'plain', 'ampersand')).toEqual([]);
  });
});
