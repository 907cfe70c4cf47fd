/**
 * Asks a worker (a Web Worker in the review page, a worker thread in the
 * command line) to do one file's work, with a time limit. If the worker has
 * not answered in time it is stopped (`terminate()`) and the user is told so;
 * a worker that fails, or runs out of the memory it is allowed, is stopped
 * too. Whatever a bad file did stays in the worker it was read in.
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

/** The part of `Worker` this needs, so a Node worker thread (or a test's stand-in) fits too. */
export interface WorkerLike<Request = WorkerRequest> {
  postMessage(message: Request, transfer: Transferable[]): void;
  terminate(): void;
  onmessage: ((event: { data: unknown }) => void) | null;
  onerror: ((event: unknown) => void) | null;
}

export interface AskOptions {
  limitMs: number;
  /** What the user is told the worker was doing when it was stopped. */
  doing?: 'Reading' | 'Checking';
}

/** Node gives this code when a worker thread used all the memory it was allowed. */
const OUT_OF_MEMORY = 'ERR_WORKER_OUT_OF_MEMORY';

/**
 * Sends `request` and waits for an answer (any message with an `ok` field).
 * On the time limit, an error or the worker stopping by itself, the worker is
 * terminated and the promise rejects with a plain `DocumentError`; after an
 * answer the worker is left running, for the caller to reuse or stop.
 */
export function askWorker<Request, Answer extends { ok: boolean }>(
  worker: WorkerLike<Request>,
  request: Request,
  transfer: Transferable[],
  { limitMs, doing = 'Reading' }: AskOptions,
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const stop = () => {
      clearTimeout(timer);
      worker.onmessage = null;
      worker.onerror = null;
    };
    const fail = (error: DocumentError) => {
      stop();
      worker.terminate();
      reject(error);
    };
    const timer = setTimeout(() => {
      const seconds = limitMs >= 1000 ? Math.round(limitMs / 1000) : limitMs / 1000;
      fail(new DocumentError('time-limit', MESSAGES.timeLimit(seconds, doing)));
    }, limitMs);
    worker.onmessage = ({ data }) => {
      // pdf.js, loaded into the worker, announces itself to the page as if it
      // were pdf.js's own worker; only Plainly's answers count.
      if (typeof data !== 'object' || data === null || !('ok' in data)) return;
      stop();
      resolve(data as Answer);
    };
    worker.onerror = (event) => {
      if ((event as { code?: unknown } | null)?.code === OUT_OF_MEMORY) {
        fail(new DocumentError('too-big', MESSAGES.outOfMemory(doing)));
      } else {
        fail(new DocumentError('corrupt', 'Plainly could not read this file. It may be damaged.'));
      }
    };
    worker.postMessage(request, transfer);
  });
}

/** Reads one file in a fresh worker, which is always stopped afterwards. */
export async function readInWorker(
  makeWorker: () => WorkerLike,
  file: WorkerRequest,
  limitMs: number = READ_TIME_LIMIT_MS,
): Promise<DocumentModel> {
  const worker = makeWorker();
  const answer = await askWorker<WorkerRequest, WorkerAnswer>(worker, file, [file.bytes], {
    limitMs,
  });
  worker.terminate();
  if (answer.ok) return answer.document;
  if (answer.code === 'bug') throw new Error(answer.message);
  throw new DocumentError(answer.code, answer.message);
}
