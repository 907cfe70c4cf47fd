/**
 * The background's check queue: per tab, newest first, tabs served in turn,
 * a newer check of a field replacing the older one, and a time budget. The
 * clock is a number the steps move on, so every order here is exact.
 */
import { describe, expect, it } from 'vitest';
import { CheckQueue, SUPERSEDED, type Work } from '../../src/background/check-queue';

function world(budgetMs = 10_000) {
  let clock = 0;
  const log: string[] = [];
  const queue = new CheckQueue({
    budgetMs,
    now: () => clock,
    yieldTurn: () => Promise.resolve(),
  });
  /** A check whose steps take `ms` each and log `name.n`; `during[n]` runs inside step n. */
  const work = (
    name: string,
    steps: number,
    ms: number,
    during: Record<number, () => void> = {},
  ): Work<string> => ({
    steps: Array.from({ length: steps }, (_, i) => () => {
      log.push(`${name}.${i + 1}`);
      clock += ms;
      during[i + 1]?.();
    }),
    finish: (partial) => `${name} ${partial ? 'partial' : 'done'} at ${clock}`,
  });
  return { queue, log, work, time: () => clock };
}

describe('the check queue', () => {
  it('serves tabs in turn, one step each', async () => {
    const { queue, log, work } = world();
    const results = await Promise.all([
      queue.submit('A', 'f', work('A', 3, 10)),
      queue.submit('B', 'f', work('B', 3, 10)),
      queue.submit('C', 'f', work('C', 2, 10)),
    ]);
    expect(log).toEqual(['A.1', 'B.1', 'C.1', 'A.2', 'B.2', 'C.2', 'A.3', 'B.3']);
    expect(results).toEqual(['A done at 70', 'B done at 80', 'C done at 60']);
  });

  it('lets a tab that asks while a huge field is checked in another go after at most one slice', async () => {
    const { queue, log, work, time } = world();
    let asked = 0;
    let other: Promise<unknown> = Promise.resolve();
    // Tab A: a huge field, ten slices of 300 ms. Tab B asks during A's third slice.
    const huge = queue.submit(
      'A',
      'field',
      work('A', 10, 300, {
        3: () => {
          asked = time();
          other = queue.submit('B', 'field', work('B', 1, 5));
        },
      }),
    );
    expect(await huge).toBe('A done at 3005');
    const answer = await other;
    expect(log.slice(0, 5)).toEqual(['A.1', 'A.2', 'A.3', 'B.1', 'A.4']);
    expect(answer).toBe('B done at 905');
    // B waited for nothing but the rest of the slice it asked in, then its own step.
    expect(905 - asked).toBe(5);
  });

  it('checks the newest field of a tab first', async () => {
    const { queue, log, work } = world();
    await Promise.all([
      queue.submit('A', 'older', work('old', 2, 1)),
      queue.submit('A', 'newer', work('new', 2, 1)),
    ]);
    expect(log).toEqual(['new.1', 'new.2', 'old.1', 'old.2']);
  });

  it('replaces an older check of the same field, even part-way through', async () => {
    const { queue, log, work } = world();
    let second: Promise<unknown> = Promise.resolve();
    const first = queue.submit(
      'A',
      'f',
      work('first', 5, 1, { 2: () => (second = queue.submit('A', 'f', work('second', 2, 1))) }),
    );
    expect(await first).toBe(SUPERSEDED);
    expect(await second).toBe('second done at 4');
    expect(log).toEqual(['first.1', 'first.2', 'second.1', 'second.2']);
    expect(queue.size).toBe(0);
  });

  it('keeps one queued check per field however often a page asks', async () => {
    const { queue, work } = world();
    const answers = await Promise.all(
      Array.from({ length: 50 }, (_, i) => queue.submit('A', 'f', work(`c${i}`, 1, 1))),
    );
    expect(answers.filter((a) => a === SUPERSEDED)).toHaveLength(49);
    expect(answers.at(-1)).toBe('c49 done at 1');
  });

  it('ends a check that runs over its time budget with what it found, marked partial', async () => {
    const { queue, log, work } = world(1_000);
    expect(await queue.submit('A', 'f', work('A', 10, 400))).toBe('A partial at 1200');
    expect(log).toEqual(['A.1', 'A.2', 'A.3']);
  });

  it('fails only the check whose step throws, and goes on with the others', async () => {
    const { queue, log, work } = world();
    const broken: Work<string> = {
      steps: [
        () => {
          throw new Error('engine failed');
        },
      ],
      finish: () => 'never',
    };
    const [bad, good] = await Promise.allSettled([
      queue.submit('A', 'f', broken),
      queue.submit('B', 'f', work('B', 2, 1)),
    ]);
    expect(bad).toEqual({ status: 'rejected', reason: new Error('engine failed') });
    expect(good).toEqual({ status: 'fulfilled', value: 'B done at 2' });
    expect(log).toEqual(['B.1', 'B.2']);
  });
});
