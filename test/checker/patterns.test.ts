import { describe, expect, it } from 'vitest';
import { analyseText } from '../../src/checker/analyse';
import {
  anyPatternFits,
  compilePattern,
  fitsPattern,
  patternSet,
} from '../../src/checker/patterns';
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

/**
 * Patterns filed by the words of their nearest place: a set answers as
 * trying each of its patterns would. The sets below hold more patterns than
 * are tried one by one, so the filing is what answers.
 */
describe('a set of context patterns', () => {
  /** Everyday patterns of the kind a common word has (more than four, so they are filed). */
  const everyday = [
    'postman ~',
    '~ letter|parcel',
    'out =of ~',
    '~ =of',
    'the =annual ~ =of =pay',
    '~ each =term',
    '=company ~',
    '~ =by =the =driver',
  ];
  const withBare = [...everyday, '~'];

  /** The set's answer and, for the same sentence, whether any one pattern fits. */
  function both(patterns: readonly string[], sentence: string, term: string): [boolean, boolean] {
    const { words } = analyseText(sentence);
    const at = words.findIndex((word) => word.text === term);
    const compiled = patterns.map(compilePattern);
    const one = compiled.some((p) => fitsPattern(p, words, at, at, 0, words.length));
    return [anyPatternFits(patternSet(compiled), words, at, at, 0, words.length), one];
  }

  it.each<[readonly string[], string, string, boolean]>([
    // A word of the nearest place before the term, up to three words away.
    [everyday, 'The postman delivered it.', 'delivered', true],
    [everyday, 'The postman has just delivered it.', 'delivered', true],
    [everyday, 'She delivered the two big parcels.', 'delivered', true],
    [everyday, 'The postman then quickly and quietly delivered it.', 'delivered', false],
    [everyday, 'The lift is out of commission.', 'commission', true],
    [everyday, 'The lift is out of order and commission.', 'commission', false],
    // Any form of the word: "companies", "company's".
    [everyday, "The parcel company's agent called.", 'agent', true],
    [everyday, 'The parcel companies agent called.', 'agent', true],
    // Only a place after the term: filed by that place's words.
    [everyday, 'She delivered the parcels.', 'delivered', true],
    [everyday, 'There are lots of people.', 'lots', true],
    [everyday, 'We review every pupil each term.', 'review', true],
    [everyday, 'We review every pupil in the summer.', 'review', false],
    // Several places: the nearest finds the pattern, the others still have to fit.
    [everyday, 'We had the annual review of pay.', 'review', true],
    [everyday, 'We had the annual review for pay.', 'review', false],
    [everyday, 'It was delivered by the driver.', 'delivered', true],
    [everyday, 'It was delivered by the nurse.', 'delivered', false],
    // No word near the term starts any pattern.
    [everyday, 'We deliver home care.', 'deliver', false],
    // A pattern that is only the term fits every use.
    [withBare, 'We deliver home care.', 'deliver', true],
  ])('%#: around "%s" in "%s"', (patterns, sentence, term, expected) => {
    expect(both(patterns, sentence, term)).toEqual([expected, expected]);
  });
});
