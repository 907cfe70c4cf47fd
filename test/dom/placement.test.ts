/**
 * Where the suggestion card goes: a table of words, text edges, viewports
 * and card heights, each with the exact rectangle expected. The viewports
 * are a 1280 × 720 window at 100%, 200% (640 × 360 CSS pixels) and 400%
 * (320 × 180) zoom, and a phone 320 pixels wide.
 */
import { describe, expect, it } from 'vitest';
import type { CardPlacementInput, CardPlacement } from '../../src/dom/placement';
import { overlaps, placeCard } from '../../src/dom/placement';
import type { FrameBox, Rect } from '../../src/messaging/geometry';
import { fromFrame, frameScale } from '../../src/messaging/geometry';

const TEXT_AREA = { left: 16, right: 550 };
const FULL_WIDTH = { left: 8, right: 1272 };

const cases: [string, CardPlacementInput, CardPlacement][] = [
  [
    'beside a text area, level with the words, at 100%',
    {
      words: { left: 120, top: 100, width: 110, height: 20 },
      text: TEXT_AREA,
      viewport: { width: 1280, height: 720 },
      contentHeight: 300,
    },
    { side: 'right', left: 556, top: 100, width: 352, height: 300, scrolls: false },
  ],
  [
    'beside, to the left, when the text reaches the right edge',
    {
      words: { left: 900, top: 100, width: 100, height: 20 },
      text: { left: 800, right: 1270 },
      viewport: { width: 1280, height: 720 },
      contentHeight: 300,
    },
    { side: 'left', left: 442, top: 100, width: 352, height: 300, scrolls: false },
  ],
  [
    'beside, moved up to stay in the viewport, for words near the bottom',
    {
      words: { left: 120, top: 600, width: 110, height: 20 },
      text: TEXT_AREA,
      viewport: { width: 1280, height: 720 },
      contentHeight: 300,
    },
    { side: 'right', left: 556, top: 412, width: 352, height: 300, scrolls: false },
  ],
  [
    'below the line in a field as wide as the window',
    {
      words: { left: 600, top: 300, width: 100, height: 20 },
      text: FULL_WIDTH,
      viewport: { width: 1280, height: 720 },
      contentHeight: 300,
    },
    { side: 'below', left: 600, top: 326, width: 352, height: 300, scrolls: false },
  ],
  [
    'below, moved left to stay in the viewport, for words at the right',
    {
      words: { left: 1100, top: 300, width: 100, height: 20 },
      text: FULL_WIDTH,
      viewport: { width: 1280, height: 720 },
      contentHeight: 300,
    },
    { side: 'below', left: 920, top: 326, width: 352, height: 300, scrolls: false },
  ],
  [
    'above the line when there is no room below',
    {
      words: { left: 40, top: 650, width: 100, height: 20 },
      text: FULL_WIDTH,
      viewport: { width: 1280, height: 720 },
      contentHeight: 300,
    },
    { side: 'above', left: 40, top: 344, width: 352, height: 300, scrolls: false },
  ],
  [
    'in the bigger of below and above, scrolling, when the card fits in neither',
    {
      words: { left: 600, top: 300, width: 100, height: 20 },
      text: FULL_WIDTH,
      viewport: { width: 1280, height: 720 },
      contentHeight: 434,
    },
    { side: 'below', left: 600, top: 326, width: 352, height: 386, scrolls: true },
  ],
  [
    'above, scrolling, when above is the bigger room',
    {
      words: { left: 600, top: 500, width: 100, height: 20 },
      text: FULL_WIDTH,
      viewport: { width: 1280, height: 720 },
      contentHeight: 600,
    },
    { side: 'above', left: 600, top: 8, width: 352, height: 486, scrolls: true },
  ],
  [
    'beside, the viewport’s full height and scrolling, for a card taller than the window',
    {
      words: { left: 120, top: 100, width: 110, height: 20 },
      text: TEXT_AREA,
      viewport: { width: 1280, height: 720 },
      contentHeight: 900,
    },
    { side: 'right', left: 556, top: 8, width: 352, height: 704, scrolls: true },
  ],
  [
    'below, scrolling, at 200% zoom (a 640 × 360 viewport)',
    {
      words: { left: 120, top: 100, width: 110, height: 20 },
      text: TEXT_AREA,
      viewport: { width: 640, height: 360 },
      contentHeight: 434,
    },
    { side: 'below', left: 120, top: 126, width: 352, height: 226, scrolls: true },
  ],
  [
    'above, whole, at 200% zoom for words low in the viewport',
    {
      words: { left: 120, top: 300, width: 110, height: 20 },
      text: TEXT_AREA,
      viewport: { width: 640, height: 360 },
      contentHeight: 250,
    },
    { side: 'above', left: 120, top: 44, width: 352, height: 250, scrolls: false },
  ],
  [
    'narrower than the window and scrolling, at 400% zoom (a 320 × 180 viewport)',
    {
      words: { left: 110, top: 60, width: 100, height: 24 },
      text: TEXT_AREA,
      viewport: { width: 320, height: 180 },
      contentHeight: 434,
    },
    { side: 'below', left: 8, top: 90, width: 304, height: 82, scrolls: true },
  ],
  [
    'whole, below, on a phone 320 pixels wide',
    {
      words: { left: 110, top: 200, width: 100, height: 24 },
      text: { left: 8, right: 312 },
      viewport: { width: 320, height: 568 },
      contentHeight: 300,
    },
    { side: 'below', left: 8, top: 230, width: 304, height: 300, scrolls: false },
  ],
  [
    'below the top edge, for words scrolled out of view above',
    {
      words: { left: 300, top: -40, width: 100, height: 20 },
      text: FULL_WIDTH,
      viewport: { width: 1280, height: 720 },
      contentHeight: 300,
    },
    { side: 'below', left: 300, top: 8, width: 352, height: 300, scrolls: false },
  ],
  [
    'beside the words themselves when no text edges are given',
    {
      words: { left: 100, top: 100, width: 100, height: 20 },
      viewport: { width: 1280, height: 720 },
      contentHeight: 200,
    },
    { side: 'right', left: 206, top: 100, width: 352, height: 200, scrolls: false },
  ],
];

/** The words' line: the band from the text's left edge to its right, as high as the words. */
function line(input: CardPlacementInput): Rect {
  const left = Math.min(input.text?.left ?? input.words.left, input.words.left);
  const right = Math.max(
    input.text?.right ?? input.words.left + input.words.width,
    input.words.left + input.words.width,
  );
  return { left, top: input.words.top, width: right - left, height: input.words.height };
}

describe('placing the card', () => {
  it.each(cases)('%s', (_what, input, expected) => {
    const placed = placeCard(input);
    expect(placed).toEqual(expected);
    // What every placement promises: not on the words' line, inside the viewport.
    expect(overlaps(placed, line(input))).toBe(false);
    expect(placed.left).toBeGreaterThanOrEqual(0);
    expect(placed.top).toBeGreaterThanOrEqual(0);
    expect(placed.left + placed.width).toBeLessThanOrEqual(input.viewport.width);
    expect(placed.top + placed.height).toBeLessThanOrEqual(input.viewport.height);
  });
});

describe('overlaps', () => {
  it.each([
    ['two boxes that share an area', { left: 0, top: 0, width: 10, height: 10 }, true],
    ['boxes that only touch', { left: 10, top: 0, width: 10, height: 10 }, false],
    ['a box below', { left: 0, top: 11, width: 10, height: 10 }, false],
    ['a box inside', { left: 2, top: 2, width: 2, height: 2 }, true],
  ] as const)('%s', (_what, other, expected) => {
    expect(overlaps({ left: 0, top: 0, width: 10, height: 10 }, other)).toBe(expected);
  });
});

describe('rectangles in frames', () => {
  const editor: FrameBox = {
    box: { left: 17, top: 120, width: 742, height: 250 },
    viewport: { width: 742, height: 250 },
  };

  it.each<[string, Rect, FrameBox[], Rect | null]>([
    [
      'moves words by the frame’s place in the page',
      { left: 100, top: 30, width: 110, height: 20 },
      [editor],
      { left: 117, top: 150, width: 110, height: 20 },
    ],
    [
      'scales words in a frame the page shrinks to half',
      { left: 100, top: 100, width: 200, height: 40 },
      [
        {
          box: { left: 0, top: 0, width: 400, height: 200 },
          viewport: { width: 800, height: 400 },
        },
      ],
      { left: 50, top: 50, width: 100, height: 20 },
    ],
    [
      'goes through a frame in a frame, innermost first',
      { left: 5, top: 5, width: 20, height: 10 },
      [
        {
          box: { left: 10, top: 10, width: 300, height: 150 },
          viewport: { width: 300, height: 150 },
        },
        {
          box: { left: 100, top: 200, width: 500, height: 400 },
          viewport: { width: 500, height: 400 },
        },
      ],
      { left: 115, top: 215, width: 20, height: 10 },
    ],
    [
      'cuts off what the frame’s edge hides',
      { left: 180, top: 90, width: 50, height: 20 },
      [
        {
          box: { left: 100, top: 100, width: 200, height: 100 },
          viewport: { width: 200, height: 100 },
        },
      ],
      { left: 280, top: 190, width: 20, height: 10 },
    ],
    [
      'gives nothing for words outside the frame',
      { left: 250, top: 10, width: 20, height: 10 },
      [
        {
          box: { left: 100, top: 100, width: 200, height: 100 },
          viewport: { width: 200, height: 100 },
        },
      ],
      null,
    ],
    [
      'gives nothing when the box is not the frame’s (its shape does not match)',
      { left: 10, top: 10, width: 20, height: 10 },
      [
        {
          box: { left: 0, top: 0, width: 400, height: 200 },
          viewport: { width: 800, height: 800 },
        },
      ],
      null,
    ],
  ])('%s', (_what, rect, frames, expected) => {
    expect(fromFrame(rect, frames)).toEqual(expected);
  });

  it.each<[string, FrameBox, number | null]>([
    ['the same size', editor, 1],
    [
      'a pixel of rounding',
      {
        box: { left: 0, top: 0, width: 742.5, height: 250 },
        viewport: { width: 742, height: 250 },
      },
      742.5 / 742,
    ],
    [
      'half size',
      { box: { left: 0, top: 0, width: 400, height: 200 }, viewport: { width: 800, height: 400 } },
      0.5,
    ],
    [
      'another shape',
      { box: { left: 0, top: 0, width: 400, height: 300 }, viewport: { width: 400, height: 200 } },
      null,
    ],
    [
      'an empty frame',
      { box: { left: 0, top: 0, width: 0, height: 0 }, viewport: { width: 0, height: 0 } },
      null,
    ],
  ])('scale of a frame: %s', (_what, frame, expected) => {
    expect(frameScale(frame)).toBe(expected);
  });
});
