/**
 * The geometry Plainly's content scripts send each other through the
 * background to draw a frame's card in the top page (./card-host.ts): a
 * rectangle, a size, where a frame is drawn in its parent, and how a
 * rectangle in a frame's viewport moves into its parent's. Pure arithmetic,
 * here with the messages that carry it, so that the contract and the code
 * that checks its payloads depend on nothing above them.
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
