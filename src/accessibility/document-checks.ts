/**
 * Accessibility checks on a document's structure (docs/sources.md, "Accessibility check codes"):
 * title, headings, images, links, tables, lists, emphasis, paragraph length,
 * justified and small text, language, and the easy read extras. Pure: runs on
 * the `DocumentModel` any importer gives, in Node or a browser.
 *
 * Runs of capital letters are found by the engine's `all-caps` rule; they are
 * listed here too, with their source, so the report has one list of problems.
 */
import type { Finding, ProfileName } from '../checker/types';
import type { DocumentModel } from '../documents/model';
import { pageAt } from '../documents/model';
import type { DraftFinding } from './document-check-list';
import { DOCUMENT_CHECKS } from './document-check-list';
import { SOURCES } from './sources';
import type { AccessFinding } from './types';

export {
  DOCUMENT_CHECKS,
  EASY_READ_MAX_PAGES,
  LONG_DOCUMENT_WORDS,
  MAX_PARAGRAPH_SENTENCES,
  MIN_FONT_POINTS,
} from './document-check-list';

/**
 * Runs every check in `DOCUMENT_CHECKS` and gathers their findings, in the
 * order of the words they are on.
 *
 * @param words the document's word count as the engine counts it
 *   (`report.stats.words`), so a finding that quotes it agrees with the
 *   count in the summary
 */
export function checkDocument(
  model: DocumentModel,
  profile: ProfileName,
  words: number,
): AccessFinding[] {
  const input = { model, profile, words };
  const findings: AccessFinding[] = [];
  for (const { find } of DOCUMENT_CHECKS) {
    for (const draft of find(input)) findings.push(withText(model, draft));
  }
  return findings.sort((a, b) => a.start - b.start || a.end - b.end);
}

/** A check's finding with the text it is about and, for a PDF, its page. */
function withText(model: DocumentModel, finding: DraftFinding): AccessFinding {
  const full: AccessFinding = { ...finding, text: model.text.slice(finding.start, finding.end) };
  const page = pageAt(model, finding.start);
  if (page !== undefined) full.page = page;
  return full;
}

/** The engine's `all-caps` findings, as accessibility findings with their source. */
export function capitalsFindings(
  model: DocumentModel,
  findings: readonly Finding[],
): AccessFinding[] {
  return findings
    .filter((finding) => finding.ruleId === 'all-caps')
    .map((finding) => {
      const out: AccessFinding = {
        ruleId: 'all-caps',
        check: 'D14',
        severity: finding.severity,
        message: finding.message,
        source: SOURCES.capitals,
        start: finding.start,
        end: finding.end,
        text: finding.text,
      };
      const page = pageAt(model, finding.start);
      if (page !== undefined) out.page = page;
      return out;
    });
}
