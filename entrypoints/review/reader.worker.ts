/**
 * The review page's file reader, in its own Web Worker so a big or hostile
 * file can never freeze the page; the page stops it after a time limit
 * (src/documents/worker-client.ts). pdfjs-dist runs here without a worker of
 * its own: its worker code is loaded into this thread (`pdfjsWorker`).
 */
import { DocumentError, readDocument, type PdfJs } from '../../src/documents/index';
import type { WorkerAnswer, WorkerRequest } from '../../src/documents/worker-client';

async function loadPdfJs(): Promise<PdfJs> {
  // @ts-expect-error: the worker build ships without type declarations.
  const worker: unknown = await import('pdfjs-dist/build/pdf.worker.mjs');
  (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = worker;
  // @ts-expect-error: pdfjs-dist declares only its legacy build's types.
  return (await import('pdfjs-dist/build/pdf.mjs')) as unknown as PdfJs;
}

self.onmessage = async (event: MessageEvent<WorkerRequest>) => {
  const { name, bytes } = event.data;
  let answer: WorkerAnswer;
  try {
    const document = await readDocument(new Uint8Array(bytes), name, { pdfjs: loadPdfJs });
    answer = { ok: true, document };
  } catch (error) {
    answer =
      error instanceof DocumentError
        ? { ok: false, code: error.code, message: error.message }
        : {
            ok: false,
            code: 'bug',
            message: 'Plainly could not read this file. It may be damaged.',
          };
  }
  self.postMessage(answer);
};
