/**
 * A field's check as steps for the check queue (check-queue.ts): one step
 * per slice of its text (field-slices.ts), and the slim findings the content
 * script gets back. Pure: no browser APIs, so it is tested in Node with the
 * real checker.
 */
import type { Checker } from '../checker';
import type { Finding, Report } from '../checker/types';
import type { FieldCheckResult, FieldFindingData } from '../messaging/fields';
import type { Settings } from '../settings/schema';
import type { Work } from './check-queue';
import { mergedFindings, mergedReadingAge, sliceText, type SliceReport } from './field-slices';

/** One check may take this long, in slices, before it ends with what it has found. */
export const CHECK_BUDGET_MS = 3_000;

/** Only what the page side shows; line and column are left out. Offsets move by `offset`. */
export function slimFinding(finding: Finding, offset = 0): FieldFindingData {
  const slim: FieldFindingData = {
    ruleId: finding.ruleId,
    category: finding.category,
    severity: finding.severity,
    message: finding.message,
    text: finding.text,
    start: finding.start + offset,
    end: finding.end + offset,
    suggestions: finding.suggestions,
  };
  if (finding.entryId !== undefined) slim.entryId = finding.entryId;
  if (finding.definition !== undefined) slim.definition = finding.definition;
  if (finding.advice !== undefined) slim.advice = finding.advice;
  if (finding.easyRead !== undefined) slim.easyRead = finding.easyRead;
  if (finding.coProduced) slim.coProduced = true;
  return slim;
}

export function toFieldResult(report: Report): FieldCheckResult {
  return {
    findings: report.findings.map((finding) => slimFinding(finding)),
    readingAge: report.stats.words === 0 ? null : Math.round(report.stats.readingAge),
  };
}

/** A field's check as queue steps: one per slice of its text. */
export function fieldWork(
  checker: Checker,
  text: string,
  settings: Pick<Settings, 'profile' | 'ignoredWords'>,
): Work<FieldCheckResult> {
  const parts: SliceReport[] = [];
  // Fields hold plain text: Markdown or HTML guessing would misread a list or a "<".
  const options = {
    profile: settings.profile,
    format: 'text' as const,
    ignoreWords: settings.ignoredWords,
  };
  return {
    steps: sliceText(text).map(
      ({ start, end }) =>
        () =>
          void parts.push({
            offset: start,
            report: checker.check(text.slice(start, end), options),
          }),
    ),
    finish(partial) {
      const result: FieldCheckResult = {
        findings: mergedFindings(parts, slimFinding),
        readingAge: mergedReadingAge(parts),
      };
      if (partial) result.partial = true;
      return result;
    },
  };
}
