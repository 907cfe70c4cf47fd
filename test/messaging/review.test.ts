/** The side panel's request for the "words we used" list is checked like any other message. */
import { describe, expect, it } from 'vitest';
import { ProtocolError } from '../../src/messaging/protocol';
import { MAX_CHECK_TEXT } from '../../src/validation/index';
import { parseWordsWeUsedRequest } from '../../src/messaging/review';

const WRONG = 'Plainly got a request it does not understand. Try again.';

describe('parseWordsWeUsedRequest', () => {
  it.each<[unknown, unknown]>([
    [
      { termIds: ['co-production'], text: 'We use co-production.' },
      { termIds: ['co-production'], text: 'We use co-production.' },
    ],
    [
      { termIds: [], text: '', profile: 'easy-read', extra: 1 },
      { termIds: [], text: '', profile: 'easy-read' },
    ],
  ])('accepts %j', (input, expected) => {
    expect(parseWordsWeUsedRequest(input)).toEqual(expected);
  });

  it.each<[unknown, string]>([
    [null, WRONG],
    [{ text: 'Hi' }, WRONG],
    [{ termIds: 'co-production', text: 'Hi' }, WRONG],
    [{ termIds: [42], text: 'Hi' }, WRONG],
    [{ termIds: ['x'.repeat(201)], text: 'Hi' }, WRONG],
    [{ termIds: Array(20_001).fill('a'), text: 'Hi' }, WRONG],
    [{ termIds: [], text: 'a'.repeat(MAX_CHECK_TEXT + 1) }, WRONG],
    [
      { termIds: [], text: 'Hi', profile: 'academic' },
      'Choose a writing style: Plain, Public or Easy read.',
    ],
  ])('refuses %#', (input, message) => {
    expect(() => parseWordsWeUsedRequest(input)).toThrow(new ProtocolError(message));
  });
});
