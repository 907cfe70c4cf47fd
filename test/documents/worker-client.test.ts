/** The worker's time limit: a worker that runs over it is stopped and says so. */
import { describe, expect, it } from 'vitest';
import { DocumentError } from '../../src/documents/errors';
import { readInWorker, type WorkerLike } from '../../src/documents/worker-client';

function fakeWorker(answer?: (worker: WorkerLike) => void) {
  const state = { terminated: false };
  const worker: WorkerLike = {
    onmessage: null,
    onerror: null,
    postMessage() {
      if (answer) setTimeout(() => answer(worker), 5);
    },
    terminate() {
      state.terminated = true;
    },
  };
  return { worker, state };
}

describe('readInWorker', () => {
  it('stops a worker that runs over its time limit, and says so', async () => {
    const { worker, state } = fakeWorker();
    const error = await readInWorker(
      () => worker,
      { name: 'a.pdf', bytes: new ArrayBuffer(1) },
      1000,
    ).catch((e: unknown) => e);
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
