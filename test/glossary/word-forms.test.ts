import { describe, expect, it } from 'vitest';
import {
  baseCandidates,
  inflectWord,
  inflections,
  spellingKey,
} from '../../src/glossary/word-forms';

describe('spellingKey joins UK and US spellings', () => {
  it.each([
    ['Organise', 'organise'],
    ['organize', 'organise'],
    ['personalization', 'personalisation'],
    ['personalisation', 'personalisation'],
    ['behavior', 'behavior'],
    ['behaviour', 'behavior'],
    ['centre', 'center'],
    ['centred', 'centered'],
    ['centered', 'centered'],
    ['labelled', 'labelled'],
    ['carer’s', 'carers'],
    ["carer's", 'carers'],
    ['judgement', 'judgment'],
    ['hour', 'hour'],
    ['four', 'four'],
    ['size', 'size'],
  ])('%s → %s', (word, key) => {
    expect(spellingKey(word)).toBe(key);
  });
});

describe('inflections', () => {
  it.each([
    ['commissioner', ['commissioner', 'commissioners', 'commissionered', 'commissionering']],
    ['payment', ['payment', 'payments', 'paymented', 'paymenting']],
    ['produce', ['produce', 'produces', 'produced', 'producing']],
    ['personalise', ['personalise', 'personalises', 'personalised', 'personalising']],
    ['plan', ['plan', 'plans', 'planned', 'planed', 'planning', 'planing']],
    ['buy', ['buy', 'buys', 'bought', 'buying']],
    ['agency', ['agency', 'agencies', 'agencied', 'agencying']],
    ['person', ['person', 'people', 'persons', 'personed', 'personing']],
    ['go', ['go']],
  ])('%s', (base, forms) => {
    expect([...inflections(base).keys()]).toEqual(forms);
  });
});

describe('baseCandidates finds the base form of each inflection', () => {
  it.each([
    ['commissioners', 'commissioner'],
    ['payments', 'payment'],
    ['produced', 'produce'],
    ['producing', 'produce'],
    ['personalised', 'personalise'],
    ['personalized', 'personalise'],
    ['planned', 'plan'],
    ['agencies', 'agency'],
    ['bought', 'buy'],
    ['people', 'person'],
    // Greek and Latin plurals.
    ['analyses', 'analysis'],
    ['diagnoses', 'diagnosis'],
    ['crises', 'crisis'],
    ['matrices', 'matrix'],
    ['indices', 'index'],
    ['matrixes', 'matrix'],
  ])('%s comes from %s', (word, base) => {
    const key = spellingKey(word);
    expect(baseCandidates(key)).toContain(base);
    expect(inflections(base).has(key)).toBe(true);
  });
});

describe('inflectWord', () => {
  it.each([
    ['buyer', 'plural', 'buyers'],
    ['help', 'past', 'helped'],
    ['buy', 'past', 'bought'],
    ['work', 'ing', 'working'],
    ['use', 'ing', 'using'],
    ['person', 'plural', 'people'],
    ['analysis', 'plural', 'analyses'],
    ['matrix', 'plural', 'matrixes'],
    ['prefix', 'plural', 'prefixes'],
    ['fix', 'plural', 'fixes'],
    ['basis', 'plural', 'bases'],
    // A prefix and an irregular verb take that verb's forms.
    ['reset', 'past', 'reset'],
    ['reset', 'ing', 'resetting'],
    ['offset', 'past', 'offset'],
    ['mislead', 'past', 'misled'],
    ['undergo', 'past', 'underwent'],
    ['withdraw', 'past', 'withdrew'],
    ['repay', 'past', 'repaid'],
    // … but not words that only look made that way.
    ['relay', 'past', 'relayed'],
    ['react', 'past', 'reacted'],
    ['rest', 'past', 'rested'],
  ] as const)('%s (%s) → %s', (word, how, expected) => {
    expect(inflectWord(word, how)).toBe(expected);
  });
});
