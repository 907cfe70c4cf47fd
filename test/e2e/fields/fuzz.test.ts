/**
 * Seeded fuzz of Plainly’s replacement code in Chromium: 200 random sequences
 * (half on a textarea, half on contenteditable) of typing, caret moves,
 * applying fixes (half of them made stale by typing first) and undoing. No
 * character outside an applied span may ever change. A failure prints its
 * seed; set FUZZ_SEED to replay a run.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FieldsWorld } from './helpers';
import { openHarness, startWorld } from './helpers';

const SEED = Number(process.env.FUZZ_SEED ?? 20261122);
const SEQUENCES = 200;

describe('fuzz: applying fixes never changes text outside the span', () => {
  let world: FieldsWorld;
  beforeAll(async () => {
    world = await startWorld();
  });
  afterAll(async () => {
    await world?.close();
  });

  it(`runs ${SEQUENCES} seeded sequences (seed ${SEED}) with no stray change and exact undo`, async () => {
    const page = await openHarness(world, 'fuzz');
    const result = (await page.evaluate(
      ({ seed, count }) =>
        (
          window as unknown as {
            plainlyFuzz: { run(seed: number, count: number): Promise<unknown> };
          }
        ).plainlyFuzz.run(seed, count),
      { seed: SEED, count: SEQUENCES },
    )) as {
      sequences: number;
      applied: number;
      refused: number;
      undone: number;
      failures: string[];
    };
    expect(result.failures.slice(0, 5)).toEqual([]);
    expect(result.sequences).toBe(SEQUENCES);
    // The run must really apply, refuse and undo, or it proves little.
    expect(result.applied).toBeGreaterThan(100);
    expect(result.refused).toBeGreaterThan(10);
    expect(result.undone).toBeGreaterThan(20);
    await page.close();
  });
});
