/**
 * How the browser tests wait: on events, never on the clock. Each wait has
 * only a guard against a hang, long enough that a busy machine never reaches
 * it; reaching it means something is stuck, not slow.
 */
import type { Frame } from 'playwright-core';

/** The guard on any one wait in a browser test. */
export const HANG_GUARD_MS = 60_000;

/**
 * Resolves after the frame has drawn twice: anything Plainly does in answer
 * to what just happened on the page (a redraw, a card closing) has been drawn.
 */
export async function nextFrames(frame: Frame): Promise<void> {
  await frame.evaluate(async () => {
    for (let i = 0; i < 2; i++) await new Promise((drawn) => requestAnimationFrame(drawn));
  });
}
