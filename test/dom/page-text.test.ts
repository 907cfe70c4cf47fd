import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { firstPart, indexText, placeFor, type TextIndex } from '../../src/dom/page-text';
import type { PagePlace } from '../../src/documents/page-snapshot';

// "The stakeholders met.\n\nOur commissioners" made from the page's text nodes 4, 5, 6 and 9.
const index: TextIndex = {
  text: 'The stakeholders met.\n\nOur commissioners',
  ids: [4, 5, 6, 9],
  starts: [0, 9, 17, 23],
  blocks: [
    { kind: 'heading', start: 0, end: 21 },
    { kind: 'paragraph', start: 23, end: 40 },
  ],
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

  // The page's text nodes themselves, as the highlight reads them.
  const NODES: Record<number, string> = {
    4: 'The stake',
    5: 'holders ',
    6: 'met.',
    9: 'Our commissioners',
  };
  const PAGE_ORDER = [4, 5, 6, 9];
  /** The text a highlight from `from` to `to` covers on the page (as a DOM Range would). */
  function highlighted(place: PagePlace): string {
    const [fromId, fromOffset] = place.from;
    const [toId, toOffset] = place.to;
    if (fromId === toId) return (NODES[fromId] as string).slice(fromOffset, toOffset);
    const between = PAGE_ORDER.slice(PAGE_ORDER.indexOf(fromId) + 1, PAGE_ORDER.indexOf(toId));
    return (
      (NODES[fromId] as string).slice(fromOffset) +
      between.map((id) => NODES[id]).join('') +
      (NODES[toId] as string).slice(0, toOffset)
    );
  }

  it.each([
    'The',
    'stakeholders',
    'stakeholders ',
    'stakeholders met',
    'met.',
    'The stakeholders met.',
    'commissioners',
    'Our',
  ])('says where "%s" is, so the highlight shows the same words', (words) => {
    const start = index.text.indexOf(words);
    expect(start).toBeGreaterThanOrEqual(0);
    const place = placeFor(index, start, start + words.length);
    expect(place).not.toBeNull();
    expect(highlighted(place as PagePlace)).toBe(words);
  });

  it('has no place in an empty page or for a backwards stretch', () => {
    expect(placeFor({ text: '', ids: [], starts: [], blocks: [] }, 0, 1)).toBeNull();
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
      blocks: [{ kind: 'heading', start: 0, end: 21 }],
    });
  });

  it('cuts at the limit when the first block is already too long', () => {
    expect(firstPart(index, 12)).toEqual({
      text: 'The stakehol',
      ids: [4, 5],
      starts: [0, 9],
      blocks: [{ kind: 'heading', start: 0, end: 12 }],
    });
  });
});

describe('indexText (a page copy as text, with its blocks)', () => {
  it('gives each block its kind, so headings and table cells are checked as what they are', () => {
    // linkedom has no global NodeFilter, which the code under test reads. (Its
    // tree walker does not honour a filter's answer, so what is skipped is
    // tested in the browser: test/e2e/review/sidepanel.test.ts.)
    globalThis.NodeFilter ??= { SHOW_TEXT: 4, FILTER_ACCEPT: 1, FILTER_REJECT: 2 } as never;
    const { document } = parseHTML(
      '<main><h2>Who we are</h2><p>We <b>help</b> people.</p><ul><li><p>Day care</p></li></ul><table><tr><td>Oak Lodge</td></tr></table><blockquote>It helped.</blockquote></main>',
    );
    const ids = new Map<Node, number>();
    const idOf = (node: Text) => {
      if (!ids.has(node)) ids.set(node, ids.size + 1);
      return ids.get(node);
    };
    const index = indexText(document.querySelector('main') as unknown as Node, idOf);
    expect(index.text).toBe('Who we are\n\nWe help people.\n\nDay care\n\nOak Lodge\n\nIt helped.');
    expect(index.blocks.map((b) => [b.kind, index.text.slice(b.start, b.end)])).toEqual([
      ['heading', 'Who we are'],
      ['paragraph', 'We help people.'],
      ['list-item', 'Day care'],
      ['table-cell', 'Oak Lodge'],
      ['quote', 'It helped.'],
    ]);
  });
});
