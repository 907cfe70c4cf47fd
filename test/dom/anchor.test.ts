import { describe, expect, it } from 'vitest';
import { makeAnchor, relocate, spliced } from '../../src/dom/anchor';

const TEXT = 'We asked the commissioners about it. Then the commissioners said no.';
const at = TEXT.indexOf('commissioners');

describe('relocate (re-finding flagged words after edits)', () => {
  const anchor = makeAnchor(TEXT, at, at + 'commissioners'.length);

  it('keeps the span when nothing changed', () => {
    expect(relocate(TEXT, anchor)).toEqual({ start: at, end: at + 13 });
  });

  it('follows the words when text was typed before them', () => {
    const live = `Yes. ${TEXT}`;
    expect(relocate(live, anchor)).toEqual({ start: at + 5, end: at + 18 });
  });

  it('picks the right one of two equal words by their context', () => {
    const second = TEXT.lastIndexOf('commissioners');
    const later = makeAnchor(TEXT, second, second + 13);
    expect(relocate(`Hi. ${TEXT}`, later)).toEqual({ start: second + 4, end: second + 17 });
  });

  it('refuses when the words themselves were changed', () => {
    expect(
      relocate(TEXT.replace('commissioners about', 'commissionersX about'), anchor),
    ).toBeNull();
  });

  it('refuses when the words are gone', () => {
    expect(relocate(TEXT.replaceAll('commissioners', 'staff'), anchor)).toBeNull();
  });

  it('refuses when two places match equally well', () => {
    const a = makeAnchor('x commissioners y', 2, 15);
    expect(
      relocate('x commissioners y x commissioners y', { ...a, start: 40, end: 53 }),
    ).toBeNull();
  });

  it('never splits a letter from its combining accent', () => {
    const text = 'come\u0301 here';
    expect(relocate(text, makeAnchor(text, 0, 4))).toBeNull();
  });

  it('never splits an emoji (surrogate pair)', () => {
    const text = '👍👍 ok';
    const a = makeAnchor(text, 1, 3);
    expect(relocate(text, a)).toBeNull();
  });
});

describe('offsets stay exact with emoji, combining marks, Welsh letters and CRLF', () => {
  const cases = [
    '👩‍👧 family 👍🏽 the commissioners',
    'Cafe\u0301 and the commissioners',
    'Ŵyr a ŷd: the commissioners',
    'Line one\r\nthe commissioners\r\n',
  ];
  for (const text of cases) {
    it(JSON.stringify(text), () => {
      const start = text.indexOf('commissioners');
      const anchor = makeAnchor(text, start, start + 13);
      const span = relocate(text, anchor);
      expect(span).toEqual({ start, end: start + 13 });
      expect(spliced(text, span ?? { start: 0, end: 0 }, 'staff')).toBe(
        text.replace('commissioners', 'staff'),
      );
    });
  }
});
