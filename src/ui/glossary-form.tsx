/**
 * The entry form: every field of the schema, plain validation messages next
 * to each field and in a summary at the top (GOV.UK error pattern), the word
 * forms Plainly will match, and the entry's history.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import type { HistoryRecord } from '../db/database';
import type { FileProblem } from '../glossary/csv';
import { countWords } from '../glossary/health';
import { NEXT_STATUSES } from '../glossary/history';
import {
  ACTIONS,
  CATEGORIES,
  DEFINITION_MAX_WORDS,
  EASY_READ_MAX_WORDS,
  SEVERITIES,
  type GlossaryEntry,
  type Status,
} from '../glossary/schema';
import { formatAlternative, parseAlternative } from '../glossary/alternatives';
import { validateEntry } from '../glossary/validate';
import { inflections, spellingKey } from '../glossary/word-forms';

interface Draft {
  id: string;
  term: string;
  variants: string;
  abbreviations: string;
  action: string;
  alternatives: string;
  definition: string;
  easyRead: string;
  category: string;
  severity: string;
  status: string;
  replacedBy: string;
  sources: string;
  agreedBy: string;
  agreedOn: string;
  coProduced: boolean;
  notes: string;
}

const lines = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');

function toDraft(entry: GlossaryEntry | undefined): Draft {
  return {
    id: entry?.id ?? '',
    term: entry?.term ?? '',
    variants: entry?.variants.join('\n') ?? '',
    abbreviations: entry?.abbreviations?.join('\n') ?? '',
    action: entry?.action ?? 'replace',
    alternatives:
      entry?.alternatives.map((alt) => formatAlternative(alt, entry.pos)).join('\n') ?? '',
    definition: entry?.definition ?? '',
    easyRead: entry?.easyRead.join('\n') ?? '',
    category: entry?.category ?? 'meetings-reports',
    severity: entry?.severity ?? 'warning',
    status: entry?.status ?? 'proposed',
    replacedBy: entry?.replacedBy ?? '',
    sources: entry?.sources.join('\n') ?? '',
    agreedBy: entry?.agreedBy ?? '',
    agreedOn: entry?.agreedOn ?? '',
    coProduced: entry?.coProduced ?? false,
    notes: entry?.notes ?? '',
  };
}

/** The entry the draft describes; fields the form does not show are kept from the original. */
function fromDraft(draft: Draft, original: GlossaryEntry | undefined): Record<string, unknown> {
  const pos = original?.pos ?? 'phrase';
  const out: Record<string, unknown> = {
    kind: 'term',
    audiences: ['plain', 'public', 'easy-read'],
    pos,
    ...(original ?? {}),
    id: draft.id.trim(),
    term: draft.term.trim(),
    variants: lines(draft.variants),
    action: draft.action,
    alternatives: lines(draft.alternatives).map((line) => parseAlternative(line, pos)),
    definition: draft.definition.trim(),
    easyRead: lines(draft.easyRead),
    category: draft.category,
    severity: draft.severity,
    status: draft.status,
    sources: lines(draft.sources),
  };
  const optional: [string, string | undefined][] = [
    ['agreedBy', draft.agreedBy.trim() || undefined],
    ['agreedOn', draft.agreedOn.trim() || undefined],
    [
      'replacedBy',
      draft.status === 'deprecated' ? draft.replacedBy.trim() || undefined : undefined,
    ],
    ['notes', draft.notes.trim() || undefined],
  ];
  for (const [key, value] of optional) {
    if (value === undefined) delete out[key];
    else out[key] = value;
  }
  const abbreviations = lines(draft.abbreviations);
  if (abbreviations.length > 0) out.abbreviations = abbreviations;
  else delete out.abbreviations;
  if (draft.coProduced) out.coProduced = true;
  else if (original?.coProduced !== undefined) out.coProduced = false;
  else delete out.coProduced;
  return out;
}

/** The forms of a term Plainly will match: every inflection of its last word. */
export function matchedForms(term: string): string[] {
  const words = term.trim().split(/\s+/).filter(Boolean);
  const last = words.pop();
  if (last === undefined) return [];
  const prefix = words.length > 0 ? `${words.join(' ')} ` : '';
  return [...inflections(spellingKey(last)).keys()].map((form) => `${prefix}${form}`);
}

const FIELD_IDS: Record<string, string> = {
  id: 'entry-id',
  term: 'entry-term',
  variants: 'entry-variants',
  abbreviations: 'entry-abbreviations',
  action: 'entry-action',
  alternatives: 'entry-alternatives',
  definition: 'entry-definition',
  easyRead: 'entry-easy-read',
  category: 'entry-category',
  severity: 'entry-severity',
  status: 'entry-status',
  replacedBy: 'entry-replaced-by',
  sources: 'entry-sources',
  agreedBy: 'entry-agreed-by',
  agreedOn: 'entry-agreed-on',
  coProduced: 'entry-co-produced',
  notes: 'entry-notes',
};

const LABELS: Record<string, string> = {
  id: 'Id',
  term: 'Term',
  variants: 'Other forms and spellings',
  abbreviations: 'Short forms',
  action: 'What to do about it',
  alternatives: 'Words to use instead',
  definition: 'What it means',
  easyRead: 'Easy read sentences',
  category: 'Category',
  severity: 'How serious',
  status: 'Status',
  replacedBy: 'Replaced by',
  sources: 'Sources',
  agreedBy: 'Who agreed it',
  agreedOn: 'When it was agreed',
  coProduced: 'Reviewed by people who draw on care and support',
  notes: 'Notes for maintainers',
};

export interface EntryFormProps {
  entry: GlossaryEntry | undefined;
  /** Where the entry comes from now ("Built-in", a feed, "Your own"). */
  layerName: string | undefined;
  ids: readonly string[];
  history: readonly HistoryRecord[];
  serverProblems: readonly FileProblem[];
  canEdit: boolean;
  onSave: (entry: GlossaryEntry) => void;
  onCancel: () => void;
  onDeleteOwn?: (() => void) | undefined;
}

export function EntryForm(props: EntryFormProps) {
  const { entry, ids, history, serverProblems, canEdit } = props;
  const [draft, setDraft] = useState<Draft>(() => toDraft(entry));
  const [submitted, setSubmitted] = useState(false);
  const summary = useRef<HTMLDivElement>(null);
  useEffect(() => setDraft(toDraft(entry)), [entry]);

  const raw = useMemo(() => fromDraft(draft, entry), [draft, entry]);
  const problems = useMemo(() => {
    const local = validateEntry(raw, 0).problems.map((p) => ({
      field: p.field.split('.')[0] ?? p.field,
      problem: p.problem,
    }));
    const extra: { field: string; problem: string }[] = [];
    if (entry === undefined && ids.includes(draft.id.trim())) {
      extra.push({ field: 'id', problem: 'is used by another entry. Choose another id.' });
    }
    if (countWords(draft.definition) > DEFINITION_MAX_WORDS) {
      extra.push({
        field: 'definition',
        problem: `has ${countWords(draft.definition)} words. Keep it to ${DEFINITION_MAX_WORDS} or fewer.`,
      });
    }
    lines(draft.easyRead).forEach((sentence, i) => {
      const n = countWords(sentence);
      if (n > EASY_READ_MAX_WORDS) {
        extra.push({
          field: 'easyRead',
          problem: `sentence ${i + 1} has ${n} words. Keep each to ${EASY_READ_MAX_WORDS} or fewer.`,
        });
      }
    });
    const fromServer = serverProblems.map((p) => ({ field: p.field, problem: p.problem }));
    return [...local, ...extra, ...fromServer];
  }, [raw, draft, entry, ids, serverProblems]);
  // Length limits are advice (the health panel lists them); schema problems block saving.
  const blocking = problems.filter((p) => !/ words\. Keep /.test(p.problem));
  const shown = submitted ? problems : problems.filter((p) => / words\. Keep /.test(p.problem));
  const errorFor = (field: string) => shown.filter((p) => p.field === field);

  useEffect(() => {
    if (submitted && serverProblems.length > 0) summary.current?.focus();
  }, [serverProblems, submitted]);

  const set = (key: keyof Draft) => (value: string | boolean) =>
    setDraft((d) => ({ ...d, [key]: value }));
  const originalStatus = (entry?.status ?? 'proposed') as Status;
  const statuses: Status[] = entry
    ? [originalStatus, ...NEXT_STATUSES[originalStatus]]
    : ['proposed', 'approved'];
  const forms = matchedForms(draft.term);

  function field(
    key: keyof Draft,
    control: (id: string, describedBy: string) => React.ReactNode,
    hint?: string,
  ) {
    const id = FIELD_IDS[key] as string;
    const errors = errorFor(key);
    const describedBy = [hint ? `${id}-hint` : '', errors.length > 0 ? `${id}-error` : '']
      .filter(Boolean)
      .join(' ');
    return (
      <div className={`field${errors.length > 0 ? ' field--error' : ''}`}>
        <label htmlFor={id}>{LABELS[key]}</label>
        {hint ? (
          <p className="hint" id={`${id}-hint`}>
            {hint}
          </p>
        ) : null}
        {errors.length > 0 ? (
          <p className="field-error" id={`${id}-error`}>
            {errors.map((e) => `${LABELS[key]} ${e.problem}`).join(' ')}
          </p>
        ) : null}
        {control(id, describedBy)}
      </div>
    );
  }
  const text = (key: keyof Draft, hint?: string, type = 'text') =>
    field(
      key,
      (id, describedBy) => (
        <input
          id={id}
          type={type}
          value={draft[key] as string}
          readOnly={key === 'id' && entry !== undefined}
          aria-describedby={describedBy || undefined}
          aria-invalid={errorFor(key).length > 0 || undefined}
          onChange={(e) => set(key)(e.target.value)}
        />
      ),
      hint,
    );
  const area = (key: keyof Draft, hint?: string) =>
    field(
      key,
      (id, describedBy) => (
        <textarea
          id={id}
          rows={3}
          value={draft[key] as string}
          aria-describedby={describedBy || undefined}
          aria-invalid={errorFor(key).length > 0 || undefined}
          onChange={(e) => set(key)(e.target.value)}
        />
      ),
      hint,
    );
  const select = (key: keyof Draft, options: readonly string[], hint?: string) =>
    field(
      key,
      (id, describedBy) => (
        <select
          id={id}
          value={draft[key] as string}
          aria-describedby={describedBy || undefined}
          onChange={(e) => set(key)(e.target.value)}
        >
          {options.map((o) => (
            <option key={o} value={o}>
              {o}
            </option>
          ))}
        </select>
      ),
      hint,
    );

  return (
    <form
      noValidate
      aria-labelledby="entry-form-heading"
      onSubmit={(event) => {
        event.preventDefault();
        setSubmitted(true);
        if (blocking.length > 0) {
          setTimeout(() => summary.current?.focus(), 0);
          return;
        }
        props.onSave(raw as unknown as GlossaryEntry);
      }}
    >
      <h2 id="entry-form-heading">{entry ? `Edit “${entry.term}”` : 'Add an entry'}</h2>
      {props.layerName && entry ? (
        <p className="hint">
          This entry comes from: {props.layerName}. Saving makes your own version, which comes
          first; updates to the built-in glossary or a feed never change it.
        </p>
      ) : null}
      {submitted && problems.length > 0 ? (
        <div className="error-summary" role="alert" tabIndex={-1} ref={summary}>
          <h3>
            There {problems.length === 1 ? 'is a problem' : `are ${problems.length} problems`}
          </h3>
          <ul>
            {problems.map((p, i) => (
              <li key={i}>
                <a href={`#${FIELD_IDS[p.field] ?? 'entry-term'}`}>
                  {LABELS[p.field] ?? p.field} {p.problem}
                </a>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <fieldset disabled={!canEdit} style={{ border: 0, padding: 0, margin: 0 }}>
        {text(
          'id',
          'Lower-case letters, digits and hyphens, like direct-payments. It cannot change later.',
        )}
        {text('term', 'The word or phrase, in UK spelling.')}
        <p className="hint" id="entry-forms">
          {forms.length > 0
            ? `Plainly will find: ${forms.join(', ')} (and the same with capitals, hyphens or US spelling).`
            : ''}
        </p>
        {area('variants', 'One a line. Plurals and verb endings are found without listing them.')}
        {area('abbreviations', 'One a line, for example DoLS.')}
        {select(
          'action',
          ACTIONS,
          'replace: use a plainer word; explain: no good substitute, explain it; rewrite: say what you mean; respectful: people-first wording; expand: write out an abbreviation.',
        )}
        {area('alternatives', 'One a line, best first.')}
        {area(
          'definition',
          `Plain words, to “you”: at most ${DEFINITION_MAX_WORDS} words. Now ${countWords(draft.definition)}.`,
        )}
        {area('easyRead', `One sentence a line, each at most ${EASY_READ_MAX_WORDS} words.`)}
        {select('category', CATEGORIES)}
        {select('severity', SEVERITIES)}
        {select('status', statuses, 'Only approved entries are used when checking.')}
        {draft.status === 'deprecated'
          ? text('replacedBy', 'The id of the entry that replaces this one.')
          : null}
        {area('sources', 'One a line: what the entry is based on.')}
        {text('agreedBy', 'For example: Co-production panel.')}
        {text('agreedOn', 'The date it was agreed.', 'date')}
        <div className="field">
          <label className="check" htmlFor="entry-co-produced">
            <input
              id="entry-co-produced"
              type="checkbox"
              checked={draft.coProduced}
              onChange={(e) => set('coProduced')(e.target.checked)}
            />
            {LABELS.coProduced}
          </label>
          <p className="hint">
            Staff see a small “agreed with people who use services” mark on the suggestion.
          </p>
        </div>
        {area('notes')}
      </fieldset>
      <div className="row">
        <button type="submit" disabled={!canEdit}>
          Save
        </button>
        <button type="button" className="secondary" onClick={props.onCancel}>
          Close without saving
        </button>
        {props.onDeleteOwn ? (
          <button type="button" className="secondary" onClick={props.onDeleteOwn}>
            Remove your own version
          </button>
        ) : null}
      </div>
      {!canEdit ? (
        <p className="hint">
          Your organisation does not allow your own glossary entries, so you cannot save changes.
        </p>
      ) : null}
      <h3>History</h3>
      {history.length === 0 ? (
        <p>No changes recorded yet.</p>
      ) : (
        <ul className="plain">
          {history.map((h) => (
            <li key={h.seq ?? `${h.at}-${h.what}`}>
              {new Date(h.at).toLocaleString('en-GB')}: {h.by} {h.what}
              {h.changes.length > 0 && h.changes.length <= 6
                ? ` (${h.changes.map((c) => `${c.field}: “${c.from}” → “${c.to}”`).join('; ')})`
                : h.changes.length > 6
                  ? ` (${h.changes.length} fields)`
                  : ''}
            </li>
          ))}
        </ul>
      )}
    </form>
  );
}
