import { describe, expect, it } from 'vitest';
import { validateEntry } from '../../src/glossary/validate';
import { entry } from '../helpers';

describe('an entry’s match.alternativesWith', () => {
  const base = entry({
    id: 'commission',
    term: 'commission',
    pos: 'verb',
    alternatives: ['buy', 'fund'],
  });

  it.each<[string, unknown, string[]]>([
    ['names one of its alternatives', { fund: ['~ agency|agencies'] }, []],
    [
      'names a word that is not one of them',
      { pay: ['~ agency'] },
      ['match.alternativesWith: names "pay", which is not one of the alternatives'],
    ],
    [
      'gives a pattern with no place for the term',
      { fund: ['agency'] },
      ['match.alternativesWith.fund: "agency" needs one ~ where the term goes'],
    ],
  ])('%s', (_name, alternativesWith, expected) => {
    const { problems } = validateEntry({ ...base, match: { alternativesWith } }, 0);
    expect(problems.map((p) => `${p.field}: ${p.problem}`)).toEqual(expected);
  });
});

describe('an entry’s match.alternativesNotWith', () => {
  const base = entry({
    id: 'facilitate',
    term: 'facilitate',
    pos: 'verb',
    alternatives: ['run', 'help'],
  });

  it.each<[string, unknown, string[]]>([
    ['names one of its alternatives', { run: ['~ =people'] }, []],
    [
      'names a word that is not one of them',
      { lead: ['~ people'] },
      ['match.alternativesNotWith: names "lead", which is not one of the alternatives'],
    ],
    [
      'gives a pattern with no place for the term',
      { run: ['people'] },
      ['match.alternativesNotWith.run: "people" needs one ~ where the term goes'],
    ],
  ])('%s', (_name, alternativesNotWith, expected) => {
    const { problems } = validateEntry({ ...base, match: { alternativesNotWith } }, 0);
    expect(problems.map((p) => `${p.field}: ${p.problem}`)).toEqual(expected);
  });
});
