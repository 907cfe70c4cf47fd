/** Engine and accessibility findings in one list, for the document view and the list beside it. */
import type { DocumentReview } from '../../src/report/review';
import type { Severity } from '../../src/glossary/schema';
import { CATEGORY_LABELS } from '../../src/ui/labels';

export interface ViewFinding {
  id: string;
  start: number;
  end: number;
  text: string;
  message: string;
  severity: Severity;
  label: string;
  page?: number;
  source?: string;
}

export function viewFindings(review: DocumentReview): ViewFinding[] {
  const out: ViewFinding[] = [];
  review.report.findings.forEach((f, i) => {
    const item: ViewFinding = {
      id: `f-${i}`,
      start: f.start,
      end: f.end,
      text: f.text,
      message: f.message,
      severity: f.severity,
      label: CATEGORY_LABELS[f.category],
    };
    if (f.page !== undefined) item.page = f.page;
    out.push(item);
  });
  review.accessibility.forEach((f, i) => {
    const item: ViewFinding = {
      id: `a-${i}`,
      start: f.start,
      end: f.end,
      text: f.text,
      message: f.message,
      severity: f.severity,
      label: 'Accessibility',
      source: f.source,
    };
    if (f.page !== undefined) item.page = f.page;
    out.push(item);
  });
  return out.sort((a, b) => a.start - b.start || a.end - b.end);
}
