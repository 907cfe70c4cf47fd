import { describe, expect, it } from 'vitest';
import { entryLimitProblems } from '../../src/glossary/limits';
import { validateEntry } from '../../src/glossary/validate';
import { entry } from '../helpers';

describe('an entry’s match.alternativesWith and match.alternativesNotWith', () => {
  const commission = entry({
    id: 'commission',
    term: 'commission',
    pos: 'verb',
    alternatives: ['buy', 'fund'],
  });
  const facilitate = entry({
    id: 'facilitate',
    term: 'facilitate',
    pos: 'verb',
    alternatives: ['run', 'help'],
  });

  it.each<[string, string, ReturnType<typeof entry>, unknown, string[]]>([
    [
      'alternativesWith',
      'names one of its alternatives',
      commission,
      { fund: ['~ agency|agencies'] },
      [],
    ],
    [
      'alternativesWith',
      'names a word that is not one of them',
      commission,
      { pay: ['~ agency'] },
      ['match.alternativesWith: names "pay", which is not one of the alternatives'],
    ],
    [
      'alternativesWith',
      'gives a pattern with no place for the term',
      commission,
      { fund: ['agency'] },
      ['match.alternativesWith.fund: "agency" needs one ~ where the term goes'],
    ],
    [
      'alternativesNotWith',
      'names one of its alternatives',
      facilitate,
      { run: ['~ =people'] },
      [],
    ],
    [
      'alternativesNotWith',
      'names a word that is not one of them',
      facilitate,
      { lead: ['~ people'] },
      ['match.alternativesNotWith: names "lead", which is not one of the alternatives'],
    ],
    [
      'alternativesNotWith',
      'gives a pattern with no place for the term',
      facilitate,
      { run: ['people'] },
      ['match.alternativesNotWith.run: "people" needs one ~ where the term goes'],
    ],
  ])('%s: %s', (field, _name, base, value, expected) => {
    const { problems } = validateEntry({ ...base, match: { [field]: value } }, 0);
    expect(problems.map((p) => `${p.field}: ${p.problem}`)).toEqual(expected);
  });
});

describe('how many patterns and words a match list may hold', () => {
  const patterns = (n: number) => Array.from({ length: n }, (_, i) => `film${i + 1} ~`);
  it.each<[string, number, string[]]>([
    // A word with many everyday senses needs a pattern for each: up to 200.
    ['everyday', 200, []],
    ['everyday', 201, ['match.everyday: is too long']],
    ['jargonWith', 200, []],
    ['jargonWith', 201, ['match.jargonWith: is too long']],
    // Lists of single words stay at 100, like every other list.
    ['notBefore', 100, []],
    ['notBefore', 101, ['match.notBefore: is too long']],
    ['plainAfter', 101, ['match.plainAfter: is too long']],
  ])('%s with %i items', (key, n, expected) => {
    const list =
      key === 'everyday' || key === 'jargonWith'
        ? patterns(n)
        : patterns(n).map((p) => p.slice(0, -2));
    const found = entryLimitProblems(
      entry({ id: 'review', term: 'review', match: { [key]: list } }),
    );
    expect(found.map((p) => `${p.field}: ${p.problem}`)).toEqual(expected);
  });
});

describe('how many example sentences an entry may hold', () => {
  const withExamples = (ok: number) =>
    entry({
      id: 'review',
      term: 'review',
      examples: {
        flag: ['Your review is in May.'],
        ok: Array.from({ length: ok }, (_, i) => `We read film review number ${i + 1}.`),
      },
    });
  it.each<[number, string[]]>([
    // One flagged and 199 left alone: 200 in all.
    [199, []],
    [200, ['examples: has more than 200 sentences']],
  ])('%i sentences left alone', (ok, expected) => {
    expect(entryLimitProblems(withExamples(ok)).map((p) => `${p.field}: ${p.problem}`)).toEqual(
      expected,
    );
  });
});
