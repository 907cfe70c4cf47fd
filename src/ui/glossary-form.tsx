/**
 * The entry form: every field of the glossary format (version 2) in plain
 * words with help text, grouped in the order a maintainer thinks about an
 * entry. Problems are shown next to each field and in a summary at the top
 * (the GOV.UK error pattern). The checks are the ones the background runs
 * before it writes anything (src/glossary/write-checks.ts), so the form and
 * an import refuse the same things with the same words.
 *
 * A new entry has no id field: the background makes the id from the term.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import type { HistoryRecord } from '../glossary/history';
import type { FileProblem } from '../glossary/csv';
import { countWords } from '../glossary/health';
import { NEXT_STATUSES } from '../glossary/history';
import { idFromTerm } from '../glossary/ids';
import { phraseKey } from '../glossary/matcher';
import {
  ACTIONS,
  AUDIENCES,
  CATEGORIES,
  DEFINITION_MAX_WORDS,
  EASY_READ_MAX_WORDS,
  KINDS,
  PARTS_OF_SPEECH,
  SEVERITIES,
  type Action,
  type Alternative,
  type Audience,
  type GlossaryEntry,
  type MatchOptions,
  type PartOfSpeech,
  type Status,
} from '../glossary/schema';
import { inflections, spellingKey } from '../glossary/word-forms';
import { entryWriteProblems } from '../glossary/write-checks';
import {
  ACTION_HELP,
  ACTION_LABELS,
  AUDIENCE_LABELS,
  GLOSSARY_CATEGORY_LABELS,
  KIND_LABELS,
  POS_LABELS,
  STATUS_HELP,
  STATUS_LABELS,
} from './glossary-labels';
import { changeInWords, useHint, type UseSettings } from './glossary-messages';
import { SEVERITY_LABELS } from '../report/labels';

/** Advice for writers is kept short: at most this many words. */
export const ADVICE_MAX_WORDS = 30;

interface Draft {
  term: string;
  kind: string;
  pos: PartOfSpeech;
  variants: string;
  abbreviations: string;
  action: string;
  alternatives: Alternative[];
  definition: string;
  advice: string;
  easyRead: string;
  audiences: Audience[];
  category: string;
  severity: string;
  flag: string;
  ok: string;
  fixed: string;
  notAfter: string;
  notBefore: string;
  everyday: string;
  jargonWith: string;
  matchPos: PartOfSpeech[];
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

const joinLines = (items: readonly string[] | undefined) => (items ?? []).join('\n');

function toDraft(entry: GlossaryEntry | undefined): Draft {
  return {
    term: entry?.term ?? '',
    kind: entry?.kind ?? 'term',
    pos: entry?.pos ?? 'noun',
    variants: joinLines(entry?.variants),
    abbreviations: joinLines(entry?.abbreviations),
    action: entry?.action ?? 'replace',
    alternatives: entry?.alternatives.map((a) => ({ ...a })) ?? [{ text: '', pos: 'noun' }],
    definition: entry?.definition ?? '',
    advice: entry?.advice ?? '',
    easyRead: joinLines(entry?.easyRead),
    audiences: [...(entry?.audiences ?? AUDIENCES)],
    category: entry?.category ?? 'meetings-reports',
    severity: entry?.severity ?? 'warning',
    flag: joinLines(entry?.examples?.flag),
    ok: joinLines(entry?.examples?.ok),
    fixed: joinLines(entry?.examples?.fixed),
    notAfter: joinLines(entry?.match?.notAfter),
    notBefore: joinLines(entry?.match?.notBefore),
    everyday: joinLines(entry?.match?.everyday),
    jargonWith: joinLines(entry?.match?.jargonWith),
    matchPos: [...(entry?.match?.pos ?? [])],
    status: entry?.status ?? 'approved',
    replacedBy: entry?.replacedBy ?? '',
    sources: joinLines(entry?.sources),
    agreedBy: entry?.agreedBy ?? '',
    agreedOn: entry?.agreedOn ?? '',
    coProduced: entry?.coProduced ?? false,
    notes: entry?.notes ?? '',
  };
}

/**
 * The entry the draft describes (not yet checked). Fields the form does not
 * show (the matching switches, "can be deleted") are kept from the original.
 * A new entry has no id: the background gives it one.
 */
export function fromDraft(
  draft: Draft,
  original: GlossaryEntry | undefined,
): Record<string, unknown> {
  const out: Record<string, unknown> = {
    ...(original ?? {}),
    term: draft.term.trim(),
    variants: lines(draft.variants),
    kind: draft.kind,
    action: draft.action,
    alternatives: draft.alternatives
      .map((a) => ({ text: a.text.trim(), pos: a.pos }))
      .filter((a) => a.text !== ''),
    definition: draft.definition.trim(),
    easyRead: lines(draft.easyRead),
    audiences: AUDIENCES.filter((a) => draft.audiences.includes(a)),
    category: draft.category,
    severity: draft.severity,
    status: draft.status,
    sources: lines(draft.sources),
    pos: draft.pos,
  };
  const optional: [string, string | undefined][] = [
    ['advice', draft.advice.trim() || undefined],
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

  const match: MatchOptions = { ...(original?.match ?? {}) };
  for (const [key, text] of [
    ['notAfter', draft.notAfter],
    ['notBefore', draft.notBefore],
    ['everyday', draft.everyday],
    ['jargonWith', draft.jargonWith],
  ] as const) {
    const list = lines(text);
    if (list.length > 0) match[key] = list;
    else delete match[key];
  }
  const matchPos = PARTS_OF_SPEECH.filter((p) => draft.matchPos.includes(p));
  if (matchPos.length > 0) match.pos = matchPos;
  else delete match.pos;
  if (Object.keys(match).length > 0) out.match = match;
  else delete out.match;

  const flag = lines(draft.flag);
  const ok = lines(draft.ok);
  const fixed = lines(draft.fixed);
  if (flag.length > 0 || ok.length > 0) {
    out.examples = fixed.length > 0 ? { flag, ok, fixed } : { flag, ok };
  } else delete out.examples;
  return out;
}

/**
 * The forms of a term Plainly will match: every inflection of its last word,
 * or only the term itself when the entry says not to inflect it.
 */
export function matchedForms(term: string, inflect = true): string[] {
  const words = term.trim().split(/\s+/).filter(Boolean);
  if (!inflect) return words.length > 0 ? [words.join(' ')] : [];
  const last = words.pop();
  if (last === undefined) return [];
  const prefix = words.length > 0 ? `${words.join(' ')} ` : '';
  return [...inflections(spellingKey(last)).keys()].map((form) => `${prefix}${form}`);
}

/** Where each field's problem links to (its first control). */
const FIELD_IDS: Record<string, string> = {
  term: 'entry-term',
  kind: 'entry-kind-term',
  pos: 'entry-pos',
  variants: 'entry-variants',
  abbreviations: 'entry-abbreviations',
  action: 'entry-action',
  alternatives: 'entry-alternative-1',
  definition: 'entry-definition',
  advice: 'entry-advice',
  easyRead: 'entry-easy-read',
  audiences: 'entry-audience-plain',
  category: 'entry-category',
  severity: 'entry-severity',
  examples: 'entry-examples-flag',
  'examples.ok': 'entry-examples-ok',
  'examples.fixed': 'entry-examples-fixed',
  match: 'entry-everyday',
  'match.notAfter': 'entry-not-after',
  'match.notBefore': 'entry-not-before',
  'match.everyday': 'entry-everyday',
  'match.jargonWith': 'entry-jargon-with',
  'match.pos': 'entry-match-pos-noun',
  status: 'entry-status',
  replacedBy: 'entry-replaced-by',
  sources: 'entry-sources',
  agreedBy: 'entry-agreed-by',
  agreedOn: 'entry-agreed-on',
  coProduced: 'entry-co-produced',
  notes: 'entry-notes',
};

/** Each field's name at the start of a sentence about it ("The definition is empty."). */
const FIELD_NAMES: Record<string, string> = {
  id: 'The id',
  term: 'The term',
  kind: 'The kind of word',
  pos: 'The part of speech',
  variants: 'Other forms and spellings',
  abbreviations: 'Short forms',
  action: 'What Plainly asks the writer to do',
  alternatives: 'Words to use instead',
  definition: 'The definition',
  advice: 'The advice for writers',
  easyRead: 'The easy read sentences',
  audiences: 'Who finds it jargon',
  category: 'The category',
  severity: 'How serious it is',
  examples: 'The examples',
  'examples.ok': 'The sentences where it is not jargon',
  'examples.fixed': 'The fixed sentences',
  match: 'The everyday uses',
  'match.notAfter': 'Words before it',
  'match.notBefore': 'Words after it',
  'match.everyday': 'Everyday uses',
  'match.jargonWith': 'Uses that show it is jargon',
  'match.pos': 'The parts of speech where it is jargon',
  status: 'The status',
  replacedBy: 'Replaced by',
  sources: 'Sources',
  agreedBy: 'Who agreed it',
  agreedOn: 'When it was agreed',
  coProduced: 'Reviewed by people who draw on care and support',
  notes: 'Notes for maintainers',
};

/** A problem's field as the form knows it: "alternatives.2" belongs to "alternatives". */
function formField(field: string): string {
  if (field in FIELD_IDS) return field;
  const first = field.split('.')[0] ?? field;
  return first in FIELD_IDS ? first : 'term';
}

/** A few checks' words, made plainer for the form than in a file's problem list. */
function plainProblem(field: string, problem: string): string {
  if (field === 'audiences' && problem.startsWith('needs at least one')) {
    return 'needs at least one tick: say for which writing styles the word is jargon.';
  }
  const action = /when the action is "(\w+)"/.exec(problem)?.[1];
  if (field === 'alternatives' && action !== undefined && action in ACTION_LABELS) {
    return `needs at least one word, because Plainly is to “${ACTION_LABELS[action as Action]}”. Add one, or change what Plainly asks the writer to do.`;
  }
  return /[.!?]$/.test(problem) ? problem : `${problem}.`;
}

interface Problem {
  field: string;
  problem: string;
  /** Advice only: saving still works (a long definition, for example). */
  advisory?: boolean;
}

export interface EntryFormProps {
  /** The entry being edited, or undefined for a new one. */
  entry: GlossaryEntry | undefined;
  /** Where the entry comes from now ("Built-in", a feed, "Your own"). */
  layerName: string | undefined;
  /** The glossary in use (every layer merged), for ids, terms and "replaced by". */
  glossary: readonly GlossaryEntry[];
  /** The settings that decide whether the entry is used in your checks. */
  settings: UseSettings;
  history: readonly HistoryRecord[];
  serverProblems: readonly FileProblem[];
  canEdit: boolean;
  /** The entry changed in another tab or window since this form opened. */
  changedElsewhere?: boolean;
  /** `isNew`: the entry has no id yet; the background makes one from the term. */
  onSave: (entry: Record<string, unknown>, isNew: boolean) => void;
  onCancel: () => void;
  onDeleteOwn?: (() => void) | undefined;
  /** Opens another entry (one whose words a new entry repeats). */
  onEditOther?: ((id: string) => void) | undefined;
}

export function EntryForm(props: EntryFormProps) {
  const { entry, glossary, history, serverProblems, canEdit, settings } = props;
  const [draft, setDraft] = useState<Draft>(() => toDraft(entry));
  const [submitted, setSubmitted] = useState(false);
  const summary = useRef<HTMLDivElement>(null);
  useEffect(() => setDraft(toDraft(entry)), [entry]);

  const ids = useMemo(() => new Set(glossary.map((e) => e.id)), [glossary]);
  const owners = useMemo(() => {
    const map = new Map<string, GlossaryEntry>();
    for (const e of glossary) {
      for (const phrase of [e.term, ...e.variants]) {
        const key = phraseKey(phrase);
        if (key !== '' && !map.has(key)) map.set(key, e);
      }
    }
    return map;
  }, [glossary]);
  const isNew = entry === undefined;
  const newId = isNew ? idFromTerm(draft.term, ids) : undefined;
  const raw = useMemo(() => fromDraft(draft, entry), [draft, entry]);
  const before = entry ? glossary.find((e) => e.id === entry.id) : undefined;
  const repeats = isNew ? owners.get(phraseKey(draft.term)) : undefined;

  const problems = useMemo((): Problem[] => {
    const checked = entryWriteProblems(isNew ? { ...raw, id: newId } : raw, 0, {
      before: before ?? entry,
      ids: new Set([...ids, newId ?? '']),
    }).problems.map((p) => ({
      field: formField(p.field),
      problem: plainProblem(p.field, p.problem),
    }));
    const extra: Problem[] = [];
    if (repeats !== undefined && draft.term.trim() !== '') {
      extra.push({
        field: 'term',
        problem: `is already in the glossary, in “${repeats.term}”. Change that entry instead.`,
      });
    }
    const words = countWords(draft.definition);
    if (words > DEFINITION_MAX_WORDS) {
      extra.push({
        field: 'definition',
        problem: `has ${words} words. Keep it to ${DEFINITION_MAX_WORDS} or fewer.`,
        advisory: true,
      });
    }
    const adviceWords = countWords(draft.advice);
    if (adviceWords > ADVICE_MAX_WORDS) {
      extra.push({
        field: 'advice',
        problem: `has ${adviceWords} words. Keep it to ${ADVICE_MAX_WORDS} or fewer.`,
        advisory: true,
      });
    }
    lines(draft.easyRead).forEach((sentence, i) => {
      const n = countWords(sentence);
      if (n > EASY_READ_MAX_WORDS) {
        extra.push({
          field: 'easyRead',
          problem: `sentence ${i + 1} has ${n} words. Keep each to ${EASY_READ_MAX_WORDS} or fewer.`,
          advisory: true,
        });
      }
    });
    const fromServer = serverProblems.map((p) => ({
      field: formField(p.field),
      problem: plainProblem(p.field, p.problem),
    }));
    return [...checked, ...extra, ...fromServer];
  }, [raw, draft, entry, before, ids, isNew, newId, repeats, serverProblems]);
  const blocking = problems.filter((p) => !p.advisory);
  // Advice on length shows as you type; problems that block saving show after "Save".
  const shown = submitted ? problems : problems.filter((p) => p.advisory);
  const errorFor = (field: string) => shown.filter((p) => p.field === field);

  useEffect(() => {
    if (submitted && serverProblems.length > 0) summary.current?.focus();
  }, [serverProblems, submitted]);

  const set =
    <K extends keyof Draft>(key: K) =>
    (value: Draft[K]) =>
      setDraft((d) => {
        const next = { ...d, [key]: value };
        // A word to use instead not yet written takes the term's new part of speech.
        if (key === 'pos') {
          next.alternatives = d.alternatives.map((a) =>
            a.text.trim() === '' ? { ...a, pos: value as PartOfSpeech } : a,
          );
        }
        return next;
      });
  const originalStatus = (entry?.status ?? 'approved') as Status;
  const statuses: Status[] = entry
    ? [originalStatus, ...NEXT_STATUSES[originalStatus]]
    : ['approved', 'proposed'];
  const forms = matchedForms(draft.term, entry?.match?.inflect !== false);
  const status = draft.status as Status;

  /** The error line of a field, and the ids its control is described by. */
  function describe(key: string, hint: boolean) {
    const id = FIELD_IDS[key] as string;
    const errors = errorFor(key);
    const describedBy = [hint ? `${id}-hint` : '', errors.length > 0 ? `${id}-error` : '']
      .filter(Boolean)
      .join(' ');
    const line =
      errors.length > 0 ? (
        <p className="field-error" id={`${id}-error`}>
          {errors.map((e) => `${FIELD_NAMES[key] ?? key} ${e.problem}`).join(' ')}
        </p>
      ) : null;
    return { id, errors, describedBy: describedBy || undefined, line };
  }

  function field(
    key: string,
    label: string,
    control: (id: string, describedBy: string | undefined, invalid: boolean) => React.ReactNode,
    hint?: React.ReactNode,
  ) {
    const { id, errors, describedBy, line } = describe(key, hint !== undefined);
    return (
      <div className={`field${errors.length > 0 ? ' field--error' : ''}`}>
        <label htmlFor={id}>{label}</label>
        {hint !== undefined ? (
          <p className="hint" id={`${id}-hint`}>
            {hint}
          </p>
        ) : null}
        {line}
        {control(id, describedBy, errors.length > 0)}
      </div>
    );
  }
  type TextKey = {
    [K in keyof Draft]: Draft[K] extends string ? K : never;
  }[keyof Draft];
  const text = (key: TextKey, name: string, label: string, hint?: React.ReactNode, type = 'text') =>
    field(
      name,
      label,
      (id, describedBy, invalid) => (
        <input
          id={id}
          type={type}
          value={draft[key]}
          aria-describedby={describedBy}
          aria-invalid={invalid || undefined}
          onChange={(e) => set(key)(e.target.value)}
        />
      ),
      hint,
    );
  const area = (key: TextKey, name: string, label: string, hint?: React.ReactNode, rows = 3) =>
    field(
      name,
      label,
      (id, describedBy, invalid) => (
        <textarea
          id={id}
          rows={rows}
          value={draft[key]}
          aria-describedby={describedBy}
          aria-invalid={invalid || undefined}
          onChange={(e) => set(key)(e.target.value)}
        />
      ),
      hint,
    );
  const select = (
    key: TextKey,
    name: string,
    label: string,
    options: readonly string[],
    words: Readonly<Record<string, string>>,
    hint?: React.ReactNode,
  ) =>
    field(
      name,
      label,
      (id, describedBy, invalid) => (
        <select
          id={id}
          value={draft[key]}
          aria-describedby={describedBy}
          aria-invalid={invalid || undefined}
          onChange={(e) => set(key)(e.target.value)}
        >
          {options.map((o) => (
            <option key={o} value={o}>
              {words[o] ?? o}
            </option>
          ))}
        </select>
      ),
      hint,
    );
  /** A group of tick boxes or radio buttons with a legend. */
  function group(
    key: string,
    legend: string,
    hint: string | undefined,
    controls: () => React.ReactNode,
  ) {
    const { errors, describedBy, line } = describe(key, hint !== undefined);
    const id = FIELD_IDS[key] as string;
    return (
      <fieldset
        className={`field choices${errors.length > 0 ? ' field--error' : ''}`}
        aria-describedby={describedBy}
      >
        <legend>{legend}</legend>
        {hint !== undefined ? (
          <p className="hint" id={`${id}-hint`}>
            {hint}
          </p>
        ) : null}
        {line}
        {controls()}
      </fieldset>
    );
  }

  const alternativesField = (() => {
    const { errors, describedBy, line } = describe('alternatives', true);
    const update = (index: number, change: Partial<Alternative>) =>
      set('alternatives')(
        draft.alternatives.map((a, i) => (i === index ? { ...a, ...change } : a)),
      );
    return (
      <fieldset
        className={`field${errors.length > 0 ? ' field--error' : ''}`}
        aria-describedby={describedBy}
      >
        <legend>Words to use instead</legend>
        <p className="hint" id="entry-alternative-1-hint">
          Best first. Each must fit in the sentence in place of the term and mean the same. Its part
          of speech says where it fits: for “commission”, “buy” is a verb and “buying” a noun. Leave
          this empty when no plain word fits.
        </p>
        {line}
        {draft.alternatives.map((alternative, i) => (
          <div className="row alternative" key={i}>
            <div>
              <label htmlFor={`entry-alternative-${i + 1}`}>Word {i + 1}</label>
              <input
                id={`entry-alternative-${i + 1}`}
                type="text"
                value={alternative.text}
                aria-invalid={errors.length > 0 || undefined}
                onChange={(e) => update(i, { text: e.target.value })}
              />
            </div>
            <div>
              <label htmlFor={`entry-alternative-${i + 1}-pos`}>
                Part of speech of word {i + 1}
              </label>
              <select
                id={`entry-alternative-${i + 1}-pos`}
                value={alternative.pos}
                onChange={(e) => update(i, { pos: e.target.value as PartOfSpeech })}
              >
                {PARTS_OF_SPEECH.map((p) => (
                  <option key={p} value={p}>
                    {POS_LABELS[p]}
                  </option>
                ))}
              </select>
            </div>
            <button
              type="button"
              className="secondary"
              onClick={() => set('alternatives')(draft.alternatives.filter((_, j) => j !== i))}
            >
              Remove word {i + 1}
            </button>
          </div>
        ))}
        <button
          type="button"
          className="secondary"
          id={draft.alternatives.length === 0 ? 'entry-alternative-1' : undefined}
          onClick={() => set('alternatives')([...draft.alternatives, { text: '', pos: draft.pos }])}
        >
          Add a word to use instead
        </button>
      </fieldset>
    );
  })();

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
        props.onSave(raw, isNew);
      }}
    >
      <h2 id="entry-form-heading">{entry ? `Edit “${entry.term}”` : 'Add an entry'}</h2>
      {props.layerName && entry ? (
        <p className="hint">
          This entry comes from: {props.layerName}. Saving makes your own version, which comes
          first; updates to the built-in glossary or a feed never change it.
        </p>
      ) : null}
      {props.changedElsewhere ? (
        <p className="confirm" role="alert">
          This entry was changed in another tab or window while you had it open. If you save, your
          version here replaces that change.
        </p>
      ) : null}
      {submitted && blocking.length > 0 ? (
        <div className="error-summary" role="alert" tabIndex={-1} ref={summary}>
          <h3>
            There {blocking.length === 1 ? 'is a problem' : `are ${blocking.length} problems`}
          </h3>
          <ul>
            {blocking.map((p, i) => (
              <li key={i}>
                <a href={`#${FIELD_IDS[p.field] ?? 'entry-term'}`}>
                  {FIELD_NAMES[p.field] ?? p.field} {p.problem}
                </a>
              </li>
            ))}
          </ul>
          {repeats !== undefined && props.onEditOther ? (
            <button
              type="button"
              className="secondary"
              onClick={() => props.onEditOther?.(repeats.id)}
            >
              Edit “{repeats.term}” instead
            </button>
          ) : null}
        </div>
      ) : null}
      <fieldset disabled={!canEdit} className="sections">
        <h3>The word</h3>
        {text('term', 'term', 'Term', 'The word or phrase, in UK spelling.')}
        <p className="hint" id="entry-forms">
          {forms.length > 0
            ? `Plainly will find: ${forms.join(', ')} (and the same with capitals, hyphens or US spelling).`
            : ''}
        </p>
        {isNew ? (
          <p className="hint" id="entry-id">
            Plainly makes the entry’s id from the term when you save: {newId}.
          </p>
        ) : (
          <p id="entry-id">
            <strong>Id:</strong> {entry?.id} <span className="hint">(it never changes)</span>
          </p>
        )}
        {group(
          'kind',
          'What kind of word is it?',
          'A term readers meet is explained in the list of words used at the end of a paper. A style word never is: the writer should change it.',
          () =>
            KINDS.map((kind) => (
              <label className="check" key={kind} htmlFor={`entry-kind-${kind}`}>
                <input
                  type="radio"
                  id={`entry-kind-${kind}`}
                  name="entry-kind"
                  value={kind}
                  checked={draft.kind === kind}
                  onChange={() => set('kind')(kind)}
                />
                {KIND_LABELS[kind]}
              </label>
            )),
        )}
        {select(
          'pos',
          'pos',
          'Part of speech of the term',
          PARTS_OF_SPEECH,
          POS_LABELS,
          'Plainly puts words to use instead into the sentence in the same form as the term (buys, bought, buying).',
        )}
        {area(
          'variants',
          'variants',
          'Other forms and spellings',
          'One a line, for example “co-produce” for “co-production”. Plurals and verb endings are found without listing them.',
        )}
        {area('abbreviations', 'abbreviations', 'Short forms', 'One a line, for example DoLS.')}
        {select('category', 'category', 'Category', CATEGORIES, GLOSSARY_CATEGORY_LABELS)}

        <h3>What writers see</h3>
        {select(
          'action',
          'action',
          'What Plainly asks the writer to do',
          ACTIONS,
          ACTION_LABELS,
          ACTION_HELP[draft.action as keyof typeof ACTION_HELP],
        )}
        {alternativesField}
        {area(
          'advice',
          'advice',
          'Advice for writers',
          `What a writer should do about the word, at most ${ADVICE_MAX_WORDS} words. For example: “Name the service instead.” Only writers see it.`,
        )}
        {select('severity', 'severity', 'How serious it is', SEVERITIES, SEVERITY_LABELS)}

        <h3>What readers see</h3>
        {area(
          'definition',
          'definition',
          'What it means, for readers: no instructions',
          `Say what the word means, in plain words, at most ${DEFINITION_MAX_WORDS} words (now ${countWords(draft.definition)}). Readers of a paper see it, so it never tells anyone what to do: that goes in the advice for writers.`,
        )}
        {area(
          'easyRead',
          'easyRead',
          'Easy read sentences',
          `One sentence a line, each at most ${EASY_READ_MAX_WORDS} words, one idea each, for readers with a learning disability.`,
        )}

        <h3>When Plainly flags it</h3>
        {group(
          'audiences',
          'Who finds it jargon',
          'Tick each writing style in which Plainly should flag the word. Words all staff know, like “carer”, are jargon only for the public and in easy read.',
          () =>
            AUDIENCES.map((audience) => (
              <label className="check" key={audience} htmlFor={`entry-audience-${audience}`}>
                <input
                  type="checkbox"
                  id={`entry-audience-${audience}`}
                  checked={draft.audiences.includes(audience)}
                  onChange={(e) =>
                    set('audiences')(
                      e.target.checked
                        ? [...draft.audiences, audience]
                        : draft.audiences.filter((a) => a !== audience),
                    )
                  }
                />
                {AUDIENCE_LABELS[audience]}
              </label>
            )),
        )}
        {area(
          'notAfter',
          'match.notAfter',
          'Words before it that mean the everyday sense',
          'One word a line. When the word just before the term is one of these, Plainly stays quiet.',
        )}
        {area(
          'notBefore',
          'match.notBefore',
          'Words after it that mean the everyday sense',
          'One word a line. When the word just after the term is one of these, Plainly stays quiet (for example “people” after “disabled”).',
        )}
        {area(
          'everyday',
          'match.everyday',
          'Everyday uses',
          'One pattern a line: ~ stands for the term, and | goes between words that can stand in one place. For example “~ letter|parcel” keeps “deliver a letter” quiet. Up to three other words may come between.',
        )}
        {area(
          'jargonWith',
          'match.jargonWith',
          'Uses that show it is jargon',
          'Patterns written like the everyday uses. When you give some and none fits, Plainly only suggests a change instead of warning.',
        )}
        {group(
          'match.pos',
          'Parts of speech where it is jargon (optional)',
          'Tick none to flag it as any part of speech. For example, “signpost” is jargon as a verb but not as a noun.',
          () =>
            PARTS_OF_SPEECH.map((p) => (
              <label className="check" key={p} htmlFor={`entry-match-pos-${p}`}>
                <input
                  type="checkbox"
                  id={`entry-match-pos-${p}`}
                  checked={draft.matchPos.includes(p)}
                  onChange={(e) =>
                    set('matchPos')(
                      e.target.checked
                        ? [...draft.matchPos, p]
                        : draft.matchPos.filter((x) => x !== p),
                    )
                  }
                />
                {POS_LABELS[p]}
              </label>
            )),
        )}

        <h3>Examples</h3>
        {area(
          'flag',
          'examples',
          'Sentences where it is jargon',
          'One a line: sentences Plainly must flag. Give at least two, one with a changed form (“personalised”).',
        )}
        {area(
          'ok',
          'examples.ok',
          'Sentences where it is not jargon',
          'One a line: sentences Plainly must leave alone, one for each everyday use.',
        )}
        {area(
          'fixed',
          'examples.fixed',
          'The jargon sentences, fixed (optional)',
          'One a line, in the same order: each sentence where it is jargon, with the first word to use instead put in.',
        )}

        <h3>Agreement</h3>
        {select(
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
          ? text(
              'replacedBy',
              'replacedBy',
              'Replaced by',
              'The id of the entry that replaces this one.',
            )
          : null}
        {area('sources', 'sources', 'Sources', 'One a line: what the entry is based on.')}
        {text('agreedBy', 'agreedBy', 'Who agreed it', 'For example: Co-production panel.')}
        {text('agreedOn', 'agreedOn', 'When it was agreed', 'The date it was agreed.', 'date')}
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
        {area('notes', 'notes', 'Notes for maintainers')}
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
                ? ` (${h.changes.map(changeInWords).join('; ')})`
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
