/**
 * The review page's worker's work, kept here so it is plain TypeScript that
 * tests (and anything else) can run: read one file and answer with the
 * document or a plain message. entrypoints/review/reader.worker.ts only wires
 * this to the worker's messages.
 */
import { DocumentError } from './errors';
import { readDocument, type ReadOptions } from './index';
import type { WorkerAnswer, WorkerRequest } from './worker-client';

export async function answerRead(
  { name, bytes }: WorkerRequest,
  options: ReadOptions,
): Promise<WorkerAnswer> {
  try {
    const document = await readDocument(new Uint8Array(bytes), name, options);
    return { ok: true, document };
  } catch (error) {
    return error instanceof DocumentError
      ? { ok: false, code: error.code, message: error.message }
      : { ok: false, code: 'bug', message: 'Plainly could not read this file. It may be damaged.' };
  }
}
