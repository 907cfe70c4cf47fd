import { describe, expect, it } from 'vitest';
import { check } from '../../../src/checker/index';
import { glossary } from './glossary';

describe('passive-voice', () => {
  it.each<[string, [string, string][]]>([
    [
      'The form was completed by the team.',
      [['was completed', 'Say who did this: “we completed it” is clearer than “was completed”.']],
    ],
    [
      'Your plan will be reviewed every year.',
      [
        [
          'be reviewed',
          'Say who will do this: “we will review it” is clearer than “it will be reviewed”.',
        ],
      ],
    ],
    [
      'It was agreed that the report would go to the board.',
      [
        [
          'was agreed',
          'Say who agreed this: “the board agreed that …” is clearer than “it was agreed that …”.',
        ],
      ],
    ],
    // At most one a paragraph.
    [
      'Letters were sent and calls were requested.',
      [['were sent', 'Say who did this: “we sent it” is clearer than “were sent”.']],
    ],
    // Nobody needs to know who acted.
    ['The road was closed after the storm.', []],
    ['She was born in Leeds in 1950.', []],
    ['You are entitled to a review of your plan.', []],
    ['Your family can be involved if you want.', []],
    ['The money is not paid until May.', []],
    ['She is disabled and is interested in art.', []],
    ['We completed the form.', []],
    ['The team is based in Leeds.', []],
  ])('%s', (text, expected) => {
    expect(
      check(text, { glossary })
        .findings.filter((f) => f.ruleId === 'passive-voice')
        .map((f) => [f.text, f.message]),
    ).toEqual(expected);
  });
});
