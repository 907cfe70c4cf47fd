/**
 * A whole-document review: the engine's findings, the accessibility checks,
 * the "Ready to circulate?" summary and the "words we used" list, from one
 * `DocumentModel`. Pure: the CLI, the background and the bench all use it.
 */
import type { Checker } from '../checker/index';
import type { Finding, ProfileName, Report } from '../checker/types';
import { capitalsFindings, checkDocument } from '../accessibility/document-checks';
import type { AccessFinding } from '../accessibility/types';
import type { DocumentModel } from '../documents/model';
import { pageAt } from '../documents/model';
import { buildAppendix, type AppendixEntry } from './appendix';
import { buildReadiness, type Readiness } from './readiness';

/** A finding of the engine, with the page it is on for PDFs. */
export type ReviewFinding = Finding & { page?: number };

export interface DocumentReview {
  document: DocumentModel;
  report: Omit<Report, 'findings'> & { findings: ReviewFinding[] };
  accessibility: AccessFinding[];
  readiness: Readiness;
  appendix: AppendixEntry[];
}

export interface ReviewOptions {
  profile?: ProfileName;
  ignoreWords?: readonly string[];
}

export function reviewDocument(
  model: DocumentModel,
  checker: Checker,
  options: ReviewOptions = {},
): DocumentReview {
  const profile = options.profile ?? 'plain';
  // The model's blocks go straight in, with their kinds: a heading is read
  // as a heading whatever the file type.
  const report = checker.checkBlocks(model.text, model.blocks, {
    profile,
    ...(options.ignoreWords ? { ignoreWords: options.ignoreWords } : {}),
  });
  const findings: ReviewFinding[] = report.findings.map((finding) => {
    const page = pageAt(model, finding.start);
    return page === undefined ? finding : { ...finding, page };
  });
  const accessibility = [
    ...checkDocument(model, profile),
    ...capitalsFindings(model, report.findings),
  ].sort((a, b) => a.start - b.start || a.end - b.end);
  const appendix = buildAppendix(
    report.stats.glossaryTerms,
    checker.lists.entries,
    profile,
    model.text,
  );
  return {
    document: model,
    report: { ...report, findings },
    accessibility,
    readiness: buildReadiness(model, report, accessibility, checker.lists.entries),
    appendix,
  };
}
