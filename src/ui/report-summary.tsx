/**
 * The summary above the findings: reading age against the profile's target,
 * and how many findings there are of each severity.
 */
import type { Report } from '../checker/types';
import { SEVERITY_LABELS, SEVERITY_ORDER } from './labels';

export interface ReportSummaryProps {
  report: Report;
}

export function ReportSummary({ report }: ReportSummaryProps) {
  const { stats } = report;
  const age = Math.round(stats.readingAge);
  const target = Math.round(stats.targetReadingAge);
  return (
    <dl className="report-summary">
      <div>
        <dt>Reading age</dt>
        <dd>
          {age} <span className="report-summary__aim">(aim for {target} or under)</span>
        </dd>
      </div>
      <div>
        <dt>Words</dt>
        <dd>{stats.words}</dd>
      </div>
      <div>
        <dt>Sentences</dt>
        <dd>{stats.sentences}</dd>
      </div>
      {SEVERITY_ORDER.map((severity) => (
        <div key={severity}>
          <dt>{SEVERITY_LABELS[severity]}</dt>
          <dd>{stats.bySeverity[severity]}</dd>
        </div>
      ))}
    </dl>
  );
}
