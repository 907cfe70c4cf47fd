/** Engine and accessibility findings in one list, for the document view and the rows beside it. */
import type { FindingCategory, Suggestion } from '../../src/checker/types';
import type { DocumentReview } from '../../src/report/review';
import type { Severity } from '../../src/glossary/schema';

export interface ViewFinding {
  /** The anchor of its place in the document view. */
  id: string;
  ruleId: string;
  start: number;
  end: number;
  text: string;
  message: string;
  severity: Severity;
  /** The engine's category; none for accessibility findings. */
  category?: FindingCategory;
  entryId?: string;
  suggestions?: Suggestion[];
  definition?: string;
  easyRead?: string[];
  page?: number;
  /** Where an accessibility check comes from. */
  source?: string;
}

export function viewFindings(review: DocumentReview): ViewFinding[] {
  const out: ViewFinding[] = [];
  review.report.findings.forEach((f, i) => {
    const item: ViewFinding = {
      id: `f-${i}`,
      ruleId: f.ruleId,
      start: f.start,
      end: f.end,
      text: f.text,
      message: f.message,
      severity: f.severity,
      category: f.category,
      suggestions: f.suggestions,
    };
    if (f.entryId !== undefined) item.entryId = f.entryId;
    if (f.definition !== undefined) item.definition = f.definition;
    if (f.easyRead !== undefined) item.easyRead = f.easyRead;
    if (f.page !== undefined) item.page = f.page;
    out.push(item);
  });
  review.accessibility.forEach((f, i) => {
    const item: ViewFinding = {
      id: `a-${i}`,
      ruleId: f.ruleId,
      start: f.start,
      end: f.end,
      text: f.text,
      message: f.message,
      severity: f.severity,
      source: f.source,
    };
    if (f.page !== undefined) item.page = f.page;
    out.push(item);
  });
  return out.sort((a, b) => a.start - b.start || a.end - b.end);
}
