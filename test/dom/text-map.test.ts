import { describe, expect, it } from 'vitest';
import type { Position, TextMap } from '../../src/dom/text-map';
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
    expect(positionAt(map, 8, 'forward')).toEqual({ node: 'a', offset: 8 });
  });

  // The text nodes themselves, in document order, as a DOM Range would read them.
  const NODES: Record<string, string> = { a: 'Hello 👍 ', b: 'world', c: 'Ŵyr' };
  const ORDER = ['a', 'b', 'c'];
  function textBetween(from: Position<string>, to: Position<string>): string {
    if (from.node === to.node) return (NODES[from.node] as string).slice(from.offset, to.offset);
    const between = ORDER.slice(ORDER.indexOf(from.node) + 1, ORDER.indexOf(to.node));
    return (
      (NODES[from.node] as string).slice(from.offset) +
      between.map((node) => NODES[node]).join('') +
      (NODES[to.node] as string).slice(0, to.offset)
    );
  }

  it.each(['Hello', '👍', 'Hello 👍', '👍 world', 'Hello 👍 world', 'world', 'Ŵyr', 'yr'])(
    'turns the span of "%s" into DOM positions that hold the same text',
    (words) => {
      const start = map.text.indexOf(words);
      expect(start).toBeGreaterThanOrEqual(0);
      const from = positionAt(map, start, 'forward');
      const to = positionAt(map, start + words.length, 'backward');
      expect(from).not.toBeNull();
      expect(to).not.toBeNull();
      expect(textBetween(from as Position<string>, to as Position<string>)).toBe(words);
    },
  );

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
