/** Marking up in a worker: its answer is passed on, and a worker over its time limit is stopped. */
import { describe, expect, it } from 'vitest';
import { DocumentError } from '../../src/documents/errors';
import type { DocumentModel } from '../../src/documents/index';
import {
  suggestInWorker,
  type SuggestAnswer,
  type SuggestRequest,
  type SuggestWorker,
} from '../../src/markup/worker-client';

const document = { blocks: [], text: '' } as unknown as DocumentModel;

function request(): SuggestRequest {
  return {
    bytes: new Uint8Array([1, 2, 3]).buffer,
    review: { document, report: { profile: 'plain', findings: [] }, accessibility: [] },
  };
}

/** A stand-in for the browser's Worker that gives the answers it is told to, and records what happens. */
function worker(answers: unknown[]) {
  const state = { terminated: false, sent: undefined as SuggestRequest | undefined };
  const stand: SuggestWorker = {
    onmessage: null,
    onerror: null,
    postMessage(message) {
      state.sent = message;
      setTimeout(() => {
        for (const data of answers) stand.onmessage?.({ data });
      }, 1);
    },
    terminate() {
      state.terminated = true;
    },
  };
  return { stand, state };
}

describe('suggestInWorker', () => {
  it('gives back the marked-up bytes and what is in them, and stops the worker', async () => {
    const marked = new Uint8Array([0x50, 0x4b, 9]);
    const answer: SuggestAnswer = {
      ok: true,
      bytes: marked.buffer,
      summary: { changes: 2, comments: 1, changesAsComments: { field: 1 }, skipped: {} },
    };
    // pdf.js-style chatter from the worker is not Plainly's answer, and is passed over.
    const { stand, state } = worker([{ type: 'ready' }, answer]);
    const result = await suggestInWorker(() => stand, request());
    expect({ ...result, bytes: [...result.bytes] }).toEqual({
      bytes: [0x50, 0x4b, 9],
      changes: 2,
      comments: 1,
      changesAsComments: { field: 1 },
      skipped: {},
    });
    expect([...new Uint8Array(state.sent?.bytes ?? new ArrayBuffer(0))]).toEqual([1, 2, 3]);
    expect(state.terminated).toBe(true);
  });

  it('passes on the worker’s plain message', async () => {
    const { stand, state } = worker([
      { ok: false, code: 'password', message: 'This Word file is protected with a password.' },
    ]);
    const error = await suggestInWorker(() => stand, request()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DocumentError);
    expect([(error as DocumentError).code, (error as DocumentError).message]).toEqual([
      'password',
      'This Word file is protected with a password.',
    ]);
    expect(state.terminated).toBe(true);
  });

  it('stops a worker that runs over its time limit, and says so', async () => {
    const { stand, state } = worker([]);
    const error = await suggestInWorker(() => stand, request(), 1000).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DocumentError);
    expect((error as DocumentError).message).toBe(
      'Marking up this file took longer than 1 second, so Plainly stopped. The file may be too large or damaged.',
    );
    expect(state.terminated).toBe(true);
  });
});
