import { describe, expect, it } from 'vitest';
import type { TextMap } from '../../src/dom/text-map';
import { isContiguous, offsetOfTextPosition, positionAt } from '../../src/dom/text-map';

// Two paragraphs: "Hello 👍 " + "world" in the first, then "Ŵyr" (the "\n\n" between is virtual).
const map: TextMap<string> = {
  text: 'Hello 👍 world\n\nŴyr',
  segments: [
    { node: 'a', start: 0, length: 9 },
    { node: 'b', start: 9, length: 5 },
    { node: 'c', start: 16, length: 3 },
  ],
};

describe('text offsets to DOM positions', () => {
  it('puts a span start in the node after a boundary and its end in the node before', () => {
    expect(positionAt(map, 9, 'forward')).toEqual({ node: 'b', offset: 0 });
    expect(positionAt(map, 9, 'backward')).toEqual({ node: 'a', offset: 9 });
  });

  it('counts UTF-16 code units, as the DOM does (the emoji is two)', () => {
    expect(map.text.slice(6, 8)).toBe('👍');
    expect(positionAt(map, 8, 'forward')).toEqual({ node: 'a', offset: 8 });
  });

  it('moves offsets inside a paragraph break to the nearest real text', () => {
    expect(positionAt(map, 15, 'forward')).toEqual({ node: 'c', offset: 0 });
    expect(positionAt(map, 15, 'backward')).toEqual({ node: 'b', offset: 5 });
  });

  it('maps a text node position back to an offset', () => {
    const index = new Map(map.segments.map((s) => [s.node, s]));
    expect(offsetOfTextPosition(map, index, 'c', 1)).toBe(17);
    expect(offsetOfTextPosition(map, index, 'x', 1)).toBeNull();
  });

  it('says a span across a paragraph break cannot be replaced', () => {
    expect(isContiguous(map, 2, 12)).toBe(true);
    expect(isContiguous(map, 10, 17)).toBe(false);
  });
});
