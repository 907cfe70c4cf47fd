/** Saving and copying the report and the "words we used" list. */
import {
  appendixDocx,
  appendixFragment,
  appendixHtml,
  appendixMarkdown,
  appendixText,
} from '../../src/report/appendix-formats';
import { findingsCsv, reportHtml, reportJson, reportMarkdown } from '../../src/report/formats';
import type { DocumentReview } from '../../src/report/review';

export const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

function baseName(review: DocumentReview): string {
  return review.document.name.replace(/\.[^.]+$/, '').replace(/[^\w-]+/g, '-') || 'document';
}

/** The name to save something made from the review as: `paper-suggestions.docx`. */
export function savedName(review: DocumentReview, ending: string): string {
  return `${baseName(review)}-${ending}`;
}

export function save(content: BlobPart, type: string, fileName: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export type ExportKind =
  | 'report-html'
  | 'report-md'
  | 'report-json'
  | 'findings-csv'
  | 'words-docx'
  | 'words-html'
  | 'words-md';

export async function exportReview(review: DocumentReview, kind: ExportKind): Promise<void> {
  const name = baseName(review);
  const title = review.document.title ?? review.document.name;
  switch (kind) {
    case 'report-html':
      return save(reportHtml(review), 'text/html', `${name}-report.html`);
    case 'report-md':
      return save(reportMarkdown(review), 'text/markdown', `${name}-report.md`);
    case 'report-json':
      return save(reportJson(review), 'application/json', `${name}-report.json`);
    case 'findings-csv':
      return save(findingsCsv(review), 'text/csv', `${name}-findings.csv`);
    case 'words-docx':
      return save(
        (await appendixDocx(review.appendix, title)) as BlobPart,
        DOCX_TYPE,
        `${name}-words-we-used.docx`,
      );
    case 'words-html':
      return save(appendixHtml(review.appendix, title), 'text/html', `${name}-words-we-used.html`);
    case 'words-md':
      return save(appendixMarkdown(review.appendix), 'text/markdown', `${name}-words-we-used.md`);
  }
}

/** Copies the list as rich text (for Word and web mail) with plain text beside it. */
export async function copyWords(review: DocumentReview): Promise<void> {
  await navigator.clipboard.write([
    new ClipboardItem({
      'text/html': new Blob([appendixFragment(review.appendix)], { type: 'text/html' }),
      'text/plain': new Blob([appendixText(review.appendix)], { type: 'text/plain' }),
    }),
  ]);
}
