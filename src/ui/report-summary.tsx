/**
 * The popup's summary under its summary sentence (which already gives the
 * reading level): how the reading level was worked out, the size of the
 * text, and how many things there are to look at of each severity (rows,
 * as listed: a term used ten times is one).
 */
import type { Report } from '../checker/types';
import { formatCount } from '../report/numbers';
import type { FindingRow } from '../report/rows';
import { SEVERITY_LABELS, SEVERITY_ORDER } from '../report/labels';
import { ReadingLevel } from './reading-level';

export interface ReportSummaryProps {
  report: Report;
  rows: readonly FindingRow[];
}

export function ReportSummary({ report, rows }: ReportSummaryProps) {
  const { stats } = report;
  return (
    <>
      <ReadingLevel stats={stats} band={false} />
      <dl className="report-summary">
        <div>
          <dt>Words</dt>
          <dd>{formatCount(stats.words)}</dd>
        </div>
        <div>
          <dt>Sentences</dt>
          <dd>{formatCount(stats.sentences)}</dd>
        </div>
        {SEVERITY_ORDER.map((severity) => (
          <div key={severity}>
            <dt>{SEVERITY_LABELS[severity]}</dt>
            <dd>{formatCount(rows.filter((row) => row.severity === severity).length)}</dd>
          </div>
        ))}
      </dl>
    </>
  );
}
