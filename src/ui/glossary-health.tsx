/**
 * The glossary editor's "Health": checks the glossary in use for words in
 * two entries, jargon in alternatives and definitions, and text that is too
 * long, and lists each problem with a button that opens its entry.
 */
import type { HealthIssue } from '../glossary/health';
import type { GlossaryRow } from '../glossary/search';

export interface HealthProps {
  /** The problems found by the last check, or null before the first. */
  health: HealthIssue[] | null;
  onCheck: () => void;
  /** The rows of the glossary in use, to name each problem's entry. */
  inUse: readonly GlossaryRow[];
  /** Opens an entry in the form. */
  onOpen: (row: GlossaryRow | undefined) => void;
}

/** "Check the glossary", then how many problems and each one (the first 1,000). */
export function HealthSection({ health, onCheck, inUse, onOpen }: HealthProps) {
  return (
    <section aria-labelledby="health-heading">
      <h2 id="health-heading">Glossary health</h2>
      <p>
        Finds words in two entries, jargon inside alternatives and definitions, and text that is too
        long.
      </p>
      <button type="button" onClick={onCheck}>
        Check the glossary
      </button>
      {health ? (
        <>
          <p role="status">
            {health.length === 0
              ? 'No problems found.'
              : `${health.length} ${health.length === 1 ? 'problem' : 'problems'} found.`}
          </p>
          <ul>
            {health.slice(0, 1000).map((issue, i) => {
              const row = inUse.find((r) => r.entry.id === issue.entryId);
              return (
                <li key={i}>
                  <button type="button" className="link" onClick={() => onOpen(row)}>
                    {row?.entry.term ?? issue.entryId}
                  </button>
                  : {issue.message}
                </li>
              );
            })}
          </ul>
        </>
      ) : null}
    </section>
  );
}
