import { describe, expect, it } from 'vitest';
import { findingsOf } from './glossary';

describe('latin-abbreviation', () => {
  it.each<[string, [string, string, string | null][]]>([
    [
      'Bring food, e.g. fruit.',
      [['e.g.', 'Write “for example” instead of “e.g.”.', 'Bring food, for example fruit.']],
    ],
    // The full stop that ends the sentence stays.
    [
      'Bring pens, paper etc. We will see.',
      [
        [
          'etc.',
          'Write “and so on” instead of “etc.”.',
          'Bring pens, paper and so on. We will see.',
        ],
      ],
    ],
    // A capital where the sentence starts.
    [
      'I.e. the first one.',
      [['I.e.', 'Write “that is” instead of “I.e.”.', 'That is the first one.']],
    ],
    // Part of a law's title, in brackets between capitalised words: not the writer's.
    ['The Care Act (Ordinary Residence) (Disputes etc.) Regulations apply.', []],
    [
      'Bring bills (gas, water etc.) to us.',
      [
        [
          'etc.',
          'Write “and so on” instead of “etc.”.',
          'Bring bills (gas, water and so on) to us.',
        ],
      ],
    ],
  ])('%s', (text, expected) => {
    expect(findingsOf(text, 'easy-read', 'latin-abbreviation')).toEqual(expected);
  });
});
