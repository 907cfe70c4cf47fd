/** The CLI's text output: one line per finding, then a summary per file. */
import type { Report } from '../checker/types';
import { countOf as plural } from '../report/numbers';
import { readingAgeBand, targetAge } from '../report/reading-age';

export function summary(report: Report): string {
  const { stats } = report;
  const counts = [
    plural(stats.bySeverity.error, 'error', 'errors'),
    plural(stats.bySeverity.warning, 'warning', 'warnings'),
    plural(stats.bySeverity.suggestion, 'suggestion', 'suggestions'),
  ].join(', ');
  const age =
    stats.words === 0
      ? 'no words to score'
      : `reading level ${readingAgeBand(stats.readingAge)}, aim for age ${targetAge(stats.targetReadingAge)} or under`;
  return `${plural(stats.words, 'word', 'words')}, ${age}; ${counts}`;
}

export function formatText(reports: readonly { path: string; report: Report }[]): string {
  let out = '';
  for (const { path, report } of reports) {
    for (const f of report.findings) {
      out += `${path}:${f.line}:${f.column}  ${f.severity}  ${f.message}  ${f.ruleId}\n`;
    }
    out += `${path}: ${summary(report)}\n`;
  }
  return out;
}
