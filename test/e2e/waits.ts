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

/**
 * Reads `probe` until `ok` says yes, and returns what it read. Between reads
 * it gives the browser a moment (50 ms): a poll, not a measure of speed. It
 * works in hooks as well as in tests (where `expect.poll` does not).
 */
export async function until<T>(
  probe: () => Promise<T>,
  ok: (value: T) => boolean,
  what: string,
): Promise<T> {
  const guard = Date.now() + HANG_GUARD_MS;
  let value = await probe();
  while (!ok(value)) {
    if (Date.now() > guard) {
      throw new Error(`Still waiting for ${what}; last seen: ${JSON.stringify(value)}`);
    }
    await new Promise((next) => setTimeout(next, 50));
    value = await probe();
  }
  return value;
}
