/**
 * The list of findings, shared by the popup, the side panel and the review
 * page. Every piece of finding text is rendered as text by React, never as
 * HTML (docs/reliability.md, "DOM and XSS").
 */
import type { Finding, Severity } from '../checker/types';
import { CATEGORY_LABELS, SEVERITY_LABELS, suggestionLabel } from './labels';

export interface FindingListProps {
  findings: readonly Finding[];
  /** Heading level of each finding's title, so the list fits the page's outline. Default 3. */
  headingLevel?: 2 | 3 | 4;
}

export function FindingList({ findings, headingLevel = 3 }: FindingListProps) {
  if (findings.length === 0) return null;
  return (
    <ol className="finding-list">
      {findings.map((finding, index) => (
        <FindingItem
          key={`${index}:${finding.ruleId}:${finding.start}:${finding.end}`}
          finding={finding}
          headingLevel={headingLevel}
        />
      ))}
    </ol>
  );
}

export interface FindingItemProps {
  finding: Finding;
  headingLevel?: 2 | 3 | 4;
}

export function FindingItem({ finding, headingLevel = 3 }: FindingItemProps) {
  const Heading = `h${headingLevel}` as const;
  return (
    <li className={`finding finding--${finding.severity}`}>
      <Heading className="finding__title">
        <span className="finding__text">“{finding.text}”</span>
        <span className="finding__meta">
          <span className={`severity severity--${finding.severity}`}>
            {SEVERITY_LABELS[finding.severity]}
          </span>{' '}
          · {CATEGORY_LABELS[finding.category]} · line {finding.line}
        </span>
      </Heading>
      <p className="finding__message">{finding.message}</p>
      <FindingAdvice finding={finding} />
    </li>
  );
}

/** A message with its severity in words first ("Should change: …"), not only in colour. */
export function FindingMessage({ severity, message }: { severity: Severity; message: string }) {
  return (
    <p className="finding__message">
      <span className={`severity severity--${severity}`}>{SEVERITY_LABELS[severity]}:</span>{' '}
      {message}
    </p>
  );
}

/** What you can do about a finding, what the word means, and in easy read. */
export function FindingAdvice({ finding }: { finding: Finding }) {
  return (
    <>
      {finding.suggestions.length > 0 && (
        <ul className="finding__suggestions" aria-label="What you can do">
          {finding.suggestions.map((suggestion, index) => (
            <li key={index}>{suggestionLabel(suggestion)}</li>
          ))}
        </ul>
      )}
      {finding.definition !== undefined && (
        <p className="finding__definition">
          <strong>What it means:</strong> {finding.definition}
        </p>
      )}
      {finding.easyRead !== undefined && finding.easyRead.length > 0 && (
        <div className="finding__easy-read">
          <p>
            <strong>In easy read:</strong>
          </p>
          <ul>
            {finding.easyRead.map((sentence, index) => (
              <li key={index}>{sentence}</li>
            ))}
          </ul>
        </div>
      )}
    </>
  );
}
