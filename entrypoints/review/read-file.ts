/** Reads a chosen or dropped file in a fresh Web Worker, with the time limit. */
import { DocumentError, MAX_FILE_BYTES } from '../../src/documents/errors';
import { MESSAGES } from '../../src/documents/errors';
import { kindOf, extensionOf, type DocumentModel } from '../../src/documents/index';
import {
  READ_TIME_LIMIT_MS,
  readInWorker,
  type WorkerLike,
} from '../../src/documents/worker-client';

/** `?timeLimit=<ms>` shortens the limit, so a test can see a worker stopped. */
function timeLimit(): number {
  const asked = Number(new URLSearchParams(location.search).get('timeLimit'));
  return Number.isFinite(asked) && asked >= 1
    ? Math.min(asked, READ_TIME_LIMIT_MS)
    : READ_TIME_LIMIT_MS;
}

export async function readFile(file: File): Promise<DocumentModel> {
  if (kindOf(file.name) === undefined) {
    throw new DocumentError('unsupported', MESSAGES.unsupported(extensionOf(file.name)));
  }
  // Refused before a single byte is read.
  if (file.size > MAX_FILE_BYTES) throw new DocumentError('too-big', MESSAGES.tooBig(file.size));
  const bytes = await file.arrayBuffer();
  return readInWorker(
    () =>
      new Worker(new URL('./reader.worker.ts', import.meta.url), {
        type: 'module',
      }) as unknown as WorkerLike,
    { name: file.name, bytes },
    timeLimit(),
  );
}
