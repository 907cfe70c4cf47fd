/** The entry form's last section: its status, sources and who agreed it. */
import { NEXT_STATUSES } from '../../glossary/history';
import type { GlossaryEntry, Status } from '../../glossary/schema';
import { STATUS_HELP, STATUS_LABELS } from '../glossary-labels';
import { useHint, type UseSettings } from '../glossary-messages';
import { areaField, selectField, textField, type FormKit } from './fields';
import { FIELD_NAMES } from './problems';

/** "Agreement": the status (and whether the entry is used), sources, who agreed it and when. */
export function AgreementSection({
  kit,
  entry,
  raw,
  settings,
}: {
  kit: FormKit;
  entry: GlossaryEntry | undefined;
  raw: Record<string, unknown>;
  settings: UseSettings;
}) {
  const { draft, set } = kit;
  const originalStatus = (entry?.status ?? 'approved') as Status;
  const statuses: Status[] = entry
    ? [originalStatus, ...NEXT_STATUSES[originalStatus]]
    : ['approved', 'proposed'];
  const status = draft.status as Status;
  return (
    <>
      <h3>Agreement</h3>
      {selectField(
        kit,
        'status',
        'status',
        'Status',
        statuses,
        STATUS_LABELS,
        <>
          {STATUS_HELP[status]}{' '}
          <span id="entry-use">
            {useHint(raw as Pick<GlossaryEntry, 'status' | 'audiences'>, settings)}
          </span>
        </>,
      )}
      {draft.status === 'deprecated'
        ? textField(
            kit,
            'replacedBy',
            'replacedBy',
            'Replaced by',
            'The id of the entry that replaces this one.',
          )
        : null}
      {areaField(kit, 'sources', 'sources', 'Sources', 'One a line: what the entry is based on.')}
      {textField(kit, 'agreedBy', 'agreedBy', 'Who agreed it', 'For example: Co-production panel.')}
      {textField(
        kit,
        'agreedOn',
        'agreedOn',
        'When it was agreed',
        'The date it was agreed.',
        'date',
      )}
      <div className="field">
        <label className="check" htmlFor="entry-co-produced">
          <input
            id="entry-co-produced"
            type="checkbox"
            checked={draft.coProduced}
            aria-describedby="entry-co-produced-hint"
            onChange={(e) => set('coProduced')(e.target.checked)}
          />
          {FIELD_NAMES.coProduced}
        </label>
        <p className="hint" id="entry-co-produced-hint">
          Staff see a small “agreed with people who use services” mark on the suggestion.
        </p>
      </div>
      {areaField(kit, 'notes', 'notes', 'Notes for maintainers')}
    </>
  );
}
