/**
 * pdfjs-dist for Node (the CLI, tests, the bench): its "legacy" build, with
 * its worker code loaded into this thread. Setting `globalThis.pdfjsWorker`
 * tells pdfjs to use it directly instead of starting a worker from a file,
 * which a bundled CLI could not find.
 */
import type { PdfJs } from './pdf';

let loaded: Promise<PdfJs> | undefined;

export function loadPdfJsForNode(): Promise<PdfJs> {
  loaded ??= (async () => {
    // @ts-expect-error: the worker build ships without type declarations.
    const worker: unknown = await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
    (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = worker;
    return (await import('pdfjs-dist/legacy/build/pdf.mjs')) as unknown as PdfJs;
  })();
  return loaded;
}
