import { describe, expect, it } from 'vitest';
import { analyseText } from '../../src/checker/analyse';
import { compilePattern, fitsPattern } from '../../src/checker/patterns';
import { contextPatternProblem } from '../../src/glossary/schema';

/** Whether `pattern` fits around `term` (one word) in `sentence`. */
function fits(pattern: string, sentence: string, term: string): boolean {
  const { words } = analyseText(sentence);
  const at = words.findIndex((word) => word.text === term);
  return fitsPattern(compilePattern(pattern), words, at, at, 0, words.length);
}

describe('context patterns', () => {
  it.each<[string, string, string, boolean]>([
    // Up to three other words between two words of a pattern.
    ['~ letter', 'The postman delivered a letter.', 'delivered', true],
    ['~ letter', 'The postman delivered a big brown paper letter.', 'delivered', false],
    ['out of ~', 'The lift is out of commission.', 'commission', true],
    // Any form of a pattern's word.
    ['~ letter', 'She delivered the letters.', 'delivered', true],
    // "=" first: right next to its neighbour on the term's side (or the term).
    ['~ =of', 'There are lots of people.', 'lots', true],
    ['~ =of', 'Lot 3 of the tender covers home care.', 'Lot', false],
    ['~ of', 'Lot 3 of the tender covers home care.', 'Lot', true],
    ['out =of ~', 'The lift is out of commission.', 'commission', true],
    ['out =of ~', 'The lift is out of order and commission.', 'commission', false],
    ['out of ~', 'The lift is out of order and commission.', 'commission', true],
    // An owner's 's: "company's" is "company", as "person's" is "person".
    ['=company ~', "The parcel company's agent called.", 'agent', true],
    ['=charity ~', 'The charity’s agent called.', 'agent', true],
    ['=person ~', "The person's agent called.", 'agent', true],
    ['=company ~', 'The parcel companies agent called.', 'agent', true],
    ['=company ~', 'The parcel compass agent called.', 'agent', false],
    // Each place takes the nearest word that fits, and the next goes on from there.
    ['~ each|every =term', 'We review every pupil each term.', 'review', false],
    ['~ each =term', 'We review every pupil each term.', 'review', true],
  ])('%s in "%s"', (pattern, sentence, term, expected) => {
    expect(fits(pattern, sentence, term)).toBe(expected);
  });

  it.each<[string, string | undefined]>([
    ['~ =of', undefined],
    ['~ =|of', '"~ =|of" has an empty word next to |'],
    ['~ =', '"~ =" has an empty word next to |'],
    [
      '=found|=decided ~',
      '"=found|=decided ~" has = after |: write = once, before the list ("=is|was")',
    ],
    ['=found|decided ~', undefined],
  ])('checks "%s"', (pattern, problem) => {
    expect(contextPatternProblem(pattern)).toBe(problem);
  });
});
