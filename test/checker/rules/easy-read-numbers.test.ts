import { describe, expect, it } from 'vitest';
import { findingsOf } from './glossary';

describe('easy-read-numbers', () => {
  it.each<[string, [string, string, string | null][]]>([
    [
      'You get three visits a week.',
      [['three', 'Write “three” as a number: 3.', 'You get 3 visits a week.']],
    ],
    [
      'We meet twenty-five times.',
      [['twenty-five', 'Write “twenty-five” as a number: 25.', 'We meet 25 times.']],
    ],
    ['You can have one visit.', [['one', 'Write “one” as a number: 1.', 'You can have 1 visit.']]],
    // "No one" and "one of us" are not counting.
    ['No one will be left out. One of us will call.', []],
    // "one for you" is a pronoun ("an advocate ... call one for you").
    ['You can ask your nurse to call one for you.', []],
    // "ask one to come": one person, not a number; "one to five" counts.
    ['Tell us if you want an advocate. We can ask one to come.', []],
    [
      'You can have one to five visits.',
      [
        ['one', 'Write “one” as a number: 1.', 'You can have 1 to five visits.'],
        ['five', 'Write “five” as a number: 5.', 'You can have one to 5 visits.'],
      ],
    ],
  ])('%s', (text, expected) => {
    expect(findingsOf(text, 'easy-read', 'easy-read-numbers')).toEqual(expected);
  });

  it('runs in the easy read profile only', () => {
    expect(findingsOf('You get three visits.', 'plain', 'easy-read-numbers')).toEqual([]);
    expect(findingsOf('You get three visits.', 'public', 'easy-read-numbers')).toEqual([]);
  });
});
