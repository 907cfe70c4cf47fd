/** Saving the report of a reviewed file. The "words we used" list saves itself: src/ui/words-we-used.tsx. */
import { findingsCsv, reportHtml, reportJson, reportMarkdown } from '../../src/report/formats';
import type { DocumentReview } from '../../src/report/review';
import { safeBaseName, save } from '../../src/ui/save-file';

export { DOCX_TYPE, save } from '../../src/ui/save-file';

/** The start of every saved file's name: the document's name without its extension. */
export function baseName(review: DocumentReview): string {
  return safeBaseName(review.document.name);
}

/** The name to save something made from the review as: `paper-suggestions.docx`. */
export function savedName(review: DocumentReview, ending: string): string {
  return `${baseName(review)}-${ending}`;
}

export type ExportKind = 'report-html' | 'report-md' | 'report-json' | 'findings-csv';

export function exportReview(review: DocumentReview, kind: ExportKind): void {
  const name = baseName(review);
  switch (kind) {
    case 'report-html':
      return save(reportHtml(review), 'text/html', `${name}-report.html`);
    case 'report-md':
      return save(reportMarkdown(review), 'text/markdown', `${name}-report.md`);
    case 'report-json':
      return save(reportJson(review), 'application/json', `${name}-report.json`);
    case 'findings-csv':
      return save(findingsCsv(review), 'text/csv', `${name}-findings.csv`);
  }
}
