/**
 * The review page's file reader, in its own Web Worker so a big or hostile
 * file can never freeze the page; the page stops it after a time limit
 * (src/documents/worker-client.ts). pdfjs-dist runs here without a worker of
 * its own: its worker code is loaded into this thread (`pdfjsWorker`).
 */
import type { PdfJs } from '../../src/documents/index';
import { answerRead } from '../../src/documents/reader-answer';
import type { WorkerRequest } from '../../src/documents/worker-client';

async function loadPdfJs(): Promise<PdfJs> {
  // @ts-expect-error: the worker build ships without type declarations.
  const worker: unknown = await import('pdfjs-dist/build/pdf.worker.mjs');
  (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = worker;
  // @ts-expect-error: pdfjs-dist declares only its legacy build's types.
  return (await import('pdfjs-dist/build/pdf.mjs')) as unknown as PdfJs;
}

self.onmessage = async (event: MessageEvent<WorkerRequest>) => {
  self.postMessage(await answerRead(event.data, { pdfjs: loadPdfJs }));
};
