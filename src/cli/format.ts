/** The CLI's text output: one line per finding, then a summary per file. */
import type { Report } from '../checker/types';

const plural = (count: number, one: string, many: string) =>
  `${count.toLocaleString('en-GB')} ${count === 1 ? one : many}`;

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
      : `reading age ${stats.readingAge} (aim for ${stats.targetReadingAge} or under)`;
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
