/**
 * Where the suggestion card goes, as pure arithmetic on rectangles, so it
 * can be tested with a table of cases (test/dom/placement.test.ts).
 *
 * The card never covers the flagged words or their line. Their "line" is
 * the band they sit in, from the left edge of the text they are in to its
 * right edge (a field's box): covering the rest of the line would hide the
 * words around them. In order, the card goes:
 *
 * 1. beside that text, to the right and then to the left, when the whole
 *    card fits there: it then hides no text at all;
 * 2. below the line, when the whole card fits below;
 * 3. above the line, when the whole card fits above;
 * 4. otherwise in the biggest of those places, as tall as there is room,
 *    and the card scrolls inside itself.
 *
 * The card is as wide as it is meant to be, or the viewport less a margin
 * each side when the viewport is narrower (320 CSS pixels, which is what a
 * 1280-pixel window is at 400% zoom: WCAG 2.2, 1.4.10 Reflow). It is always
 * inside the viewport.
 *
 * For a field inside a frame, the words' rectangle is first moved into the
 * top page's coordinates, frame by frame (`fromFrame`).
 */
import type { Rect, Size } from '../messaging/geometry';

export interface CardPlacementInput {
  /** The flagged words: the box around all of their lines. */
  words: Rect;
  /**
   * The left and right edges of the text the words are in (the field's box).
   * The card never covers the words' lines between these edges. Default:
   * the words' own edges.
   */
  text?: { left: number; right: number };
  viewport: Size;
  /** The card's whole height at the width it is given, with nothing cut off. */
  contentHeight: number;
  /** The card's width when there is room for it (default `CARD_WIDTH`). */
  width?: number;
}

export type CardSide = 'right' | 'left' | 'below' | 'above';

export interface CardPlacement extends Rect {
  side: CardSide;
  /** The card is shorter than its content, so it scrolls inside itself. */
  scrolls: boolean;
}

/** 22rem of a 16px root. */
export const CARD_WIDTH = 352;
/** The space kept between the card and the edges of the viewport. */
export const MARGIN = 8;
/** The space between the card and the words (or the text beside it). */
export const GAP = 6;

const clamp = (value: number, low: number, high: number) => Math.max(low, Math.min(value, high));

/** The card's width in a viewport this wide. */
export function cardWidth(viewportWidth: number, wanted = CARD_WIDTH): number {
  return Math.max(0, Math.min(wanted, viewportWidth - 2 * MARGIN));
}

/** Where the card goes: see the module's comment for the order of places tried. */
export function placeCard(input: CardPlacementInput): CardPlacement {
  const { words, viewport } = input;
  const width = cardWidth(viewport.width, input.width);
  const want = Math.max(0, Math.ceil(input.contentHeight));
  const band = {
    top: words.top,
    bottom: words.top + words.height,
    left: Math.min(input.text?.left ?? words.left, words.left),
    right: Math.max(input.text?.right ?? words.left + words.width, words.left + words.width),
  };
  const lowest = viewport.height - MARGIN;
  const tallest = Math.max(0, viewport.height - 2 * MARGIN);

  // Beside the text: the height of the viewport is there to use.
  const rightAt = band.right + GAP;
  const leftAt = band.left - GAP - width;
  const besideRight = width > 0 && rightAt + width <= viewport.width - MARGIN;
  const besideLeft = width > 0 && leftAt >= MARGIN;
  const beside = (height: number): CardPlacement => ({
    side: besideRight ? 'right' : 'left',
    left: besideRight ? rightAt : leftAt,
    top: clamp(words.top, MARGIN, Math.max(MARGIN, lowest - height)),
    width,
    height,
    scrolls: height < want,
  });
  if ((besideRight || besideLeft) && want <= tallest) return beside(want);

  // Below or above the line.
  const left = clamp(words.left, MARGIN, Math.max(MARGIN, viewport.width - MARGIN - width));
  const belowTop = Math.max(band.bottom + GAP, MARGIN);
  const roomBelow = Math.max(0, lowest - belowTop);
  const aboveBottom = Math.min(band.top - GAP, lowest);
  const roomAbove = Math.max(0, aboveBottom - MARGIN);
  const below = (height: number): CardPlacement => ({
    side: 'below',
    left,
    top: belowTop,
    width,
    height,
    scrolls: height < want,
  });
  const above = (height: number): CardPlacement => ({
    side: 'above',
    left,
    top: aboveBottom - height,
    width,
    height,
    scrolls: height < want,
  });
  if (want <= roomBelow) return below(want);
  if (want <= roomAbove) return above(want);

  // Nowhere takes it whole: the biggest place, and the card scrolls.
  if ((besideRight || besideLeft) && tallest > Math.max(roomBelow, roomAbove)) {
    return beside(tallest);
  }
  return roomBelow >= roomAbove ? below(roomBelow) : above(roomAbove);
}

/** Whether two rectangles overlap (touching edges do not). */
export function overlaps(a: Rect, b: Rect): boolean {
  return (
    a.left < b.left + b.width &&
    b.left < a.left + a.width &&
    a.top < b.top + b.height &&
    b.top < a.top + a.height
  );
}

/** The horizontal edges of `rect`, for `CardPlacementInput.text`. */
export function edges(rect: Rect): { left: number; right: number } {
  return { left: rect.left, right: rect.left + rect.width };
}
