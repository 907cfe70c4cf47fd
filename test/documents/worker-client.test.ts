/** The worker's time limit: a worker that runs over it is stopped and says so. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DocumentError } from '../../src/documents/errors';
import { readInWorker, type WorkerLike } from '../../src/documents/worker-client';

function fakeWorker(answer?: (worker: WorkerLike) => void) {
  const state = { terminated: false };
  const worker: WorkerLike = {
    onmessage: null,
    onerror: null,
    postMessage() {
      // A real worker answers later, never during postMessage.
      if (answer) queueMicrotask(() => answer(worker));
    },
    terminate() {
      state.terminated = true;
    },
  };
  return { worker, state };
}

describe('readInWorker', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('stops a worker that runs over its time limit, and says so', async () => {
    // The browser's clock is stood in for, so the limit is tested exactly and
    // no test waits on the real clock.
    vi.useFakeTimers();
    const { worker, state } = fakeWorker();
    let settled = false;
    const reading = readInWorker(() => worker, { name: 'a.pdf', bytes: new ArrayBuffer(1) }, 1000)
      .catch((e: unknown) => e)
      .finally(() => (settled = true));
    await vi.advanceTimersByTimeAsync(999);
    expect([settled, state.terminated]).toEqual([false, false]);
    await vi.advanceTimersByTimeAsync(1);
    const error = await reading;
    expect(error).toBeInstanceOf(DocumentError);
    expect((error as DocumentError).code).toBe('time-limit');
    expect((error as DocumentError).message).toBe(
      'Reading this file took longer than 1 second, so Plainly stopped. The file may be too large or damaged. Try a smaller part of it.',
    );
    expect(state.terminated).toBe(true);
  });

  it('passes on the worker’s plain message and stops the worker', async () => {
    const { worker, state } = fakeWorker((w) =>
      w.onmessage?.({
        data: {
          ok: false,
          code: 'scanned',
          message: 'This looks like a scanned document: its text cannot be read.',
        },
      }),
    );
    await expect(
      readInWorker(() => worker, { name: 'a.pdf', bytes: new ArrayBuffer(1) }),
    ).rejects.toMatchObject({
      code: 'scanned',
    });
    expect(state.terminated).toBe(true);
  });
});
