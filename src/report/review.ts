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
import { engineText, pageAt, sourcePlace } from '../documents/model';
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

/**
 * The engine's report on a document: every route in (a file, standard
 * input, a page, the review page) comes through here, so the same text gets
 * the same findings, counts and reading age. The model's blocks go straight
 * in with their kinds (a heading is read as a heading whatever the file
 * type), code is one word the engine does not check, and each finding's line
 * and column are the file's own.
 */
export function checkModel(
  model: DocumentModel,
  checker: Checker,
  options: ReviewOptions = {},
): Report {
  return checker.checkBlocks(engineText(model), model.blocks, {
    profile: options.profile ?? 'plain',
    position: (offset) => sourcePlace(model, offset),
    ...(options.ignoreWords ? { ignoreWords: options.ignoreWords } : {}),
  });
}

export function reviewDocument(
  model: DocumentModel,
  checker: Checker,
  options: ReviewOptions = {},
): DocumentReview {
  const profile = options.profile ?? 'plain';
  const report = checkModel(model, checker, options);
  const findings: ReviewFinding[] = report.findings.map((finding) => {
    const page = pageAt(model, finding.start);
    return page === undefined ? finding : { ...finding, page };
  });
  const accessibility = [
    // One word count for the whole review: the engine's.
    ...checkDocument(model, profile, report.stats.words),
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
