/** Marks up the chosen Word file in a fresh Web Worker, with the time limit. */
import type { SuggestResult } from '../../src/markup/index';
import { suggestInWorker, type SuggestWorker } from '../../src/markup/worker-client';
import type { DocumentReview } from '../../src/report/review';
import { READ_TIME_LIMIT_MS } from '../../src/documents/worker-client';

export async function suggestFile(file: File, review: DocumentReview): Promise<SuggestResult> {
  // Read again: the bytes read for the review went to its worker.
  const bytes = await file.arrayBuffer();
  return suggestInWorker(
    () =>
      new Worker(new URL('./suggest.worker.ts', import.meta.url), {
        type: 'module',
      }) as unknown as SuggestWorker,
    {
      bytes,
      review: {
        document: review.document,
        report: { profile: review.report.profile, findings: review.report.findings },
        accessibility: review.accessibility,
      },
    },
    READ_TIME_LIMIT_MS,
  );
}
