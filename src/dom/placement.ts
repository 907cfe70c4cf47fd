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

/** A rectangle in CSS pixels of one viewport (as `getBoundingClientRect` gives). */
export interface Rect {
  left: number;
  top: number;
  width: number;
  height: number;
}

export interface Size {
  width: number;
  height: number;
}

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

/** Where a frame's document is drawn in its parent: its content box there, and its own viewport. */
export interface FrameBox {
  /** The frame element's content box, in the parent's viewport. */
  box: Rect;
  /** The frame's own viewport (`innerWidth`, `innerHeight`), in its own CSS pixels. */
  viewport: Size;
}

/**
 * How many of the parent's pixels one of the frame's is: 1, unless the page
 * scales the frame element (a CSS transform). Null when the box and the
 * viewport do not agree: then the box is not this frame's (the page moved
 * focus to another frame, say), and nothing is drawn from it.
 */
export function frameScale(frame: FrameBox, tolerance = 2): number | null {
  const { box, viewport } = frame;
  if (!(viewport.width > 0 && viewport.height > 0 && box.width > 0 && box.height > 0)) return null;
  const sx = box.width / viewport.width;
  const sy = box.height / viewport.height;
  if (!Number.isFinite(sx) || sx < 0.05 || sx > 20) return null;
  // The same scale both ways, to within a pixel or two of rounding.
  if (Math.abs(viewport.height * sx - box.height) > tolerance * Math.max(1, sx)) return null;
  if (Math.abs(viewport.width * sy - box.width) > tolerance * Math.max(1, sy)) return null;
  return sx;
}

/**
 * A rectangle in a frame's viewport, moved into its parent's, through the
 * frame's box there (`frames` from the innermost frame outwards). The part
 * outside the frame's box cannot be seen there, so it is cut off. Null when a
 * frame's box does not match its viewport, or nothing of the rectangle is
 * left to see.
 */
export function fromFrame(rect: Rect, frames: readonly FrameBox[]): Rect | null {
  let out = rect;
  for (const frame of frames) {
    const scale = frameScale(frame);
    if (scale === null) return null;
    const { box } = frame;
    const left = Math.max(box.left, box.left + out.left * scale);
    const top = Math.max(box.top, box.top + out.top * scale);
    const right = Math.min(box.left + box.width, box.left + (out.left + out.width) * scale);
    const bottom = Math.min(box.top + box.height, box.top + (out.top + out.height) * scale);
    if (right < left || bottom < top) return null;
    out = { left, top, width: right - left, height: bottom - top };
  }
  return out;
}

/** The horizontal edges of `rect`, for `CardPlacementInput.text`. */
export function edges(rect: Rect): { left: number; right: number } {
  return { left: rect.left, right: rect.left + rect.width };
}
