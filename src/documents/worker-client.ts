/**
 * Reads a file in a Web Worker with a time limit. If the worker has not
 * answered in time it is stopped (`terminate()`) and the user is told so; a
 * worker that fails is stopped too. One worker per file, so nothing a bad file
 * did can affect the next one (docs/reliability.md, "Documents").
 */
import { DocumentError, MESSAGES } from './errors';
import type { DocumentModel } from './model';

/** How long reading one file may take: a 100-page PDF takes about 2 seconds. */
export const READ_TIME_LIMIT_MS = 20_000;

export interface WorkerRequest {
  name: string;
  bytes: ArrayBuffer;
}

export type WorkerAnswer =
  | { ok: true; document: DocumentModel }
  | { ok: false; code: DocumentError['code'] | 'bug'; message: string };

/** The part of `Worker` this needs, so tests can pass a stand-in. */
export interface WorkerLike {
  postMessage(message: WorkerRequest, transfer: Transferable[]): void;
  terminate(): void;
  onmessage: ((event: { data: WorkerAnswer | unknown }) => void) | null;
  onerror: ((event: unknown) => void) | null;
}

export function readInWorker(
  makeWorker: () => WorkerLike,
  file: WorkerRequest,
  limitMs: number = READ_TIME_LIMIT_MS,
): Promise<DocumentModel> {
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
      reject(new DocumentError('time-limit', MESSAGES.timeLimit(Math.round(limitMs / 1000))));
    }, limitMs);
    worker.onmessage = ({ data }) => {
      // pdf.js, loaded into the worker, announces itself to the page as if it
      // were pdf.js's own worker; only Plainly's answers count.
      if (typeof data !== 'object' || data === null || !('ok' in data)) return;
      finish();
      const answer = data as WorkerAnswer;
      if (answer.ok) resolve(answer.document);
      else if (answer.code === 'bug') reject(new Error(answer.message));
      else reject(new DocumentError(answer.code, answer.message));
    };
    worker.onerror = () => {
      finish();
      reject(new DocumentError('corrupt', 'Plainly could not read this file. It may be damaged.'));
    };
    worker.postMessage(file, [file.bytes]);
  });
}
