/**
 * The parts of the entry form around its fields: notes at the top, the
 * summary of problems, the buttons, and the entry's history.
 */
import type { Ref } from 'react';
import type { HistoryRecord } from '../../glossary/history';
import type { GlossaryEntry } from '../../glossary/schema';
import { changeInWords } from '../glossary-messages';
import { FIELD_IDS, FIELD_NAMES, type Problem } from './problems';

/** Where the entry comes from, and a warning when another tab or window changed it. */
export function FormNotices({
  entry,
  layerName,
  changedElsewhere,
}: {
  entry: GlossaryEntry | undefined;
  layerName: string | undefined;
  changedElsewhere: boolean | undefined;
}) {
  return (
    <>
      {layerName && entry ? (
        <p className="hint">
          This entry comes from: {layerName}. Saving makes your own version, which comes first;
          updates to the built-in glossary or a feed never change it.
        </p>
      ) : null}
      {changedElsewhere ? (
        <p className="confirm" role="alert">
          This entry was changed in another tab or window while you had it open. If you save, your
          version here replaces that change.
        </p>
      ) : null}
    </>
  );
}

/**
 * The problems that stop saving, each linked to its field, and a way to
 * edit the entry that already has a new entry's term. Focus comes here
 * (through `summaryRef`) when saving is refused.
 */
export function ErrorSummary({
  blocking,
  repeats,
  onEditOther,
  summaryRef,
}: {
  blocking: readonly Problem[];
  repeats: GlossaryEntry | undefined;
  onEditOther: ((id: string) => void) | undefined;
  summaryRef: Ref<HTMLDivElement>;
}) {
  return (
    <div className="error-summary" role="alert" tabIndex={-1} ref={summaryRef}>
      <h3>There {blocking.length === 1 ? 'is a problem' : `are ${blocking.length} problems`}</h3>
      <ul>
        {blocking.map((p, i) => (
          <li key={i}>
            <a href={`#${FIELD_IDS[p.field] ?? 'entry-term'}`}>
              {FIELD_NAMES[p.field] ?? p.field} {p.problem}
            </a>
          </li>
        ))}
      </ul>
      {repeats !== undefined && onEditOther ? (
        <button type="button" className="secondary" onClick={() => onEditOther?.(repeats.id)}>
          Edit “{repeats.term}” instead
        </button>
      ) : null}
    </div>
  );
}

/** Save, close, and remove your own version; and why you cannot save, when you cannot. */
export function FormButtons({
  canEdit,
  onCancel,
  onDeleteOwn,
}: {
  canEdit: boolean;
  onCancel: () => void;
  onDeleteOwn: (() => void) | undefined;
}) {
  return (
    <>
      <div className="row">
        <button type="submit" disabled={!canEdit}>
          Save
        </button>
        <button type="button" className="secondary" onClick={onCancel}>
          Close without saving
        </button>
        {onDeleteOwn ? (
          <button type="button" className="secondary" onClick={onDeleteOwn}>
            Remove your own version
          </button>
        ) : null}
      </div>
      {!canEdit ? (
        <p className="hint">
          Your organisation does not allow your own glossary entries, so you cannot save changes.
        </p>
      ) : null}
    </>
  );
}

/** The entry's history: who changed what, and when (the fields, or how many when there are many). */
export function EntryHistory({ history }: { history: readonly HistoryRecord[] }) {
  return (
    <>
      <h3>History</h3>
      {history.length === 0 ? (
        <p>No changes recorded yet.</p>
      ) : (
        <ul className="plain">
          {history.map((h) => (
            <li key={h.seq ?? `${h.at}-${h.what}`}>
              {new Date(h.at).toLocaleString('en-GB')}: {h.by} {h.what}
              {h.changes.length > 0 && h.changes.length <= 6
                ? ` (${h.changes.map(changeInWords).join('; ')})`
                : h.changes.length > 6
                  ? ` (${h.changes.length} fields)`
                  : ''}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
