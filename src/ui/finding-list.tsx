/**
 * A message with its severity in words first ("Should change: …"), not only
 * in colour, for lists that are not grouped into rows (the side panel's form
 * checks). Findings about writing are listed as rows: src/ui/finding-rows.tsx.
 */
import type { Severity } from '../checker/types';
import { SEVERITY_LABELS } from '../report/labels';

export function FindingMessage({ severity, message }: { severity: Severity; message: string }) {
  return (
    <p className="finding__message">
      <span className={`severity severity--${severity}`}>{SEVERITY_LABELS[severity]}:</span>{' '}
      {message}
    </p>
  );
}
