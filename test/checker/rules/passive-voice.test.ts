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
          'Say who will do this: “we will review it” is clearer than “will be reviewed”.',
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
      [['were sent', 'Say who did this: “we sent them” is clearer than “were sent”.']],
    ],
    // The active words keep the tense, the modal and the number written.
    [
      'A personal budget is an amount of money that is allocated to you.',
      [['is allocated', 'Say who did this: “we allocate it” is clearer than “is allocated”.']],
    ],
    [
      'When people are assessed, we ask about their carers.',
      [['are assessed', 'Say who did this: “we assess them” is clearer than “are assessed”.']],
    ],
    [
      'Carers should be asked about their willingness to continue.',
      [
        [
          'be asked',
          'Say who will do this: “we should ask them” is clearer than “should be asked”.',
        ],
      ],
    ],
    [
      'The plan needs to be reviewed by March.',
      [
        [
          'be reviewed',
          'Say who will do this: “we need to review it” is clearer than “needs to be reviewed”.',
        ],
      ],
    ],
    [
      'Letters were being sent to every family.',
      [
        [
          'were being sent',
          'Say who did this: “we were sending them” is clearer than “were being sent”.',
        ],
      ],
    ],
    [
      'The work was undertaken last year.',
      [['was undertaken', 'Say who did this: “we undertook it” is clearer than “was undertaken”.']],
    ],
    [
      'The budget has been allocated to the team.',
      [
        [
          'been allocated',
          'Say who did this: “we have allocated it” is clearer than “has been allocated”.',
        ],
      ],
    ],
    [
      'Your plan is being reviewed this week.',
      [
        [
          'is being reviewed',
          'Say who did this: “we are reviewing it” is clearer than “is being reviewed”.',
        ],
      ],
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
