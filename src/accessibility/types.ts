/**
 * An accessibility finding: a document or form problem, with where it comes
 * from (a WCAG success criterion or GOV.UK guidance, docs/sources.md).
 */
import type { Severity } from '../glossary/schema';

export interface AccessFinding {
  /** Stable kebab-case id, for example `image-no-alt`. */
  ruleId: string;
  /** The check's code (`D20`, `F04`), defined in docs/sources.md, for audit trails. */
  check: string;
  severity: Severity;
  /** Short, plain, second person. */
  message: string;
  /** The WCAG criterion or guidance it rests on, in words. */
  source: string;
  /** Offsets into the document's text; equal when the finding is about the whole document. */
  start: number;
  end: number;
  /** The text it is about, if any. */
  text: string;
  /** 1-based page, for PDFs. */
  page?: number;
}

/** One axe-core rule that failed on the page. */
export interface AxeProblem {
  id: string;
  help: string;
  impact: string | null;
  /** WCAG criteria from the rule's tags, as "WCAG 2.2 SC 1.1.1". */
  source: string;
  count: number;
}
