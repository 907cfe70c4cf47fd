/**
 * Marks up a Word file in a Web Worker, with the same time limit as reading
 * one: a worker that has not answered in time is stopped and the user told
 * so. One worker per file.
 */
import { DocumentError } from '../documents/errors';
import { READ_TIME_LIMIT_MS } from '../documents/worker-client';
import type { MarkupReview, SuggestionKind, SuggestResult } from './index';

export interface SuggestRequest {
  bytes: ArrayBuffer;
  review: MarkupReview;
  include?: SuggestionKind[];
}

export type SuggestAnswer =
  | { ok: true; bytes: ArrayBuffer; summary: Omit<SuggestResult, 'bytes'> }
  | { ok: false; code: DocumentError['code'] | 'bug'; message: string };

/** The part of `Worker` this needs, so tests can pass a stand-in. */
export interface SuggestWorker {
  postMessage(message: SuggestRequest, transfer: Transferable[]): void;
  terminate(): void;
  onmessage: ((event: { data: SuggestAnswer | unknown }) => void) | null;
  onerror: ((event: unknown) => void) | null;
}

/** What the user is told when marking up fails for a reason Plainly did not foresee. */
export const MARKUP_FAILED = 'Plainly could not mark up this file. It may be damaged.';

export function suggestInWorker(
  makeWorker: () => SuggestWorker,
  request: SuggestRequest,
  limitMs: number = READ_TIME_LIMIT_MS,
): Promise<SuggestResult> {
  return new Promise((resolve, reject) => {
    const worker = makeWorker();
    const finish = () => {
      clearTimeout(timer);
      worker.onmessage = null;
      worker.onerror = null;
      worker.terminate();
    };
    const timer = setTimeout(() => {
      finish();
      const seconds = Math.round(limitMs / 1000);
      reject(
        new DocumentError(
          'time-limit',
          `Marking up this file took longer than ${seconds} ${seconds === 1 ? 'second' : 'seconds'}, so Plainly stopped. The file may be too large or damaged.`,
        ),
      );
    }, limitMs);
    worker.onmessage = ({ data }) => {
      if (typeof data !== 'object' || data === null || !('ok' in data)) return;
      finish();
      const answer = data as SuggestAnswer;
      if (answer.ok) resolve({ ...answer.summary, bytes: new Uint8Array(answer.bytes) });
      else if (answer.code === 'bug') reject(new Error(answer.message));
      else reject(new DocumentError(answer.code, answer.message));
    };
    worker.onerror = () => {
      finish();
      reject(new DocumentError('corrupt', MARKUP_FAILED));
    };
    worker.postMessage(request, [request.bytes]);
  });
}
