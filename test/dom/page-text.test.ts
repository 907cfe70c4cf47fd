import { describe, expect, it } from 'vitest';
import { firstPart, placeFor, type TextIndex } from '../../src/dom/page-text';

// "The stakeholders met.\n\nOur commissioners" made from the page's text nodes 4, 5, 6 and 9.
const index: TextIndex = {
  text: 'The stakeholders met.\n\nOur commissioners',
  ids: [4, 5, 6, 9],
  starts: [0, 9, 17, 23],
};

describe('placeFor (a stretch of the checked text, as places in the page’s text nodes)', () => {
  const cases: [string, number, number, ReturnType<typeof placeFor>][] = [
    ['inside one node', 0, 3, { from: [4, 0], to: [4, 3] }],
    ['across two nodes', 4, 16, { from: [4, 4], to: [5, 7] }],
    ['ending at the end of a node', 17, 21, { from: [6, 0], to: [6, 4] }],
    ['in the next block', 27, 40, { from: [9, 4], to: [9, 17] }],
  ];
  it.each(cases)('%s', (_, start, end, expected) => {
    expect(placeFor(index, start, end)).toEqual(expected);
  });

  it('says where the words are, so the highlight shows the same words', () => {
    const place = placeFor(index, 4, 16);
    expect(index.text.slice(4, 16)).toBe('stakeholders');
    expect(place).toEqual({ from: [4, 4], to: [5, 7] });
  });

  it('has no place in an empty page or for a backwards stretch', () => {
    expect(placeFor({ text: '', ids: [], starts: [] }, 0, 1)).toBeNull();
    expect(placeFor(index, 5, 2)).toBeNull();
  });
});

describe('firstPart (a long page is checked up to a limit)', () => {
  it('keeps a text under the limit as it is', () => {
    expect(firstPart(index, 100)).toBe(index);
  });

  it('cuts at the end of the last whole block before the limit', () => {
    expect(firstPart(index, 30)).toEqual({
      text: 'The stakeholders met.',
      ids: [4, 5, 6],
      starts: [0, 9, 17],
    });
  });

  it('cuts at the limit when the first block is already too long', () => {
    expect(firstPart(index, 12)).toEqual({ text: 'The stakehol', ids: [4, 5], starts: [0, 9] });
  });
});
