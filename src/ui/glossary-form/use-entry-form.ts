/**
 * The entry form's state: the draft, its problems, and what "Save" does.
 * Problems that block saving show only after "Save"; advice on length shows
 * as you type. When saving is refused, focus goes to the summary of problems.
 */
import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import type { FileProblem } from '../../glossary/csv';
import type { HistoryRecord } from '../../glossary/history';
import { idFromTerm } from '../../glossary/ids';
import { phraseKey } from '../../glossary/matcher';
import type { GlossaryEntry, PartOfSpeech } from '../../glossary/schema';
import type { UseSettings } from '../glossary-messages';
import { usePhraseOwners } from '../phrase-owners';
import { fromDraft, toDraft, type Draft } from './draft';
import { draftProblems, type Problem } from './problems';

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

/** Sets one field of the draft. */
export type SetField = <K extends keyof Draft>(key: K) => (value: Draft[K]) => void;

/** Sets one field; a word to use instead not yet written takes the term's new part of speech. */
function fieldSetter(setDraft: (change: (d: Draft) => Draft) => void): SetField {
  return (key) => (value) =>
    setDraft((d) => {
      const next = { ...d, [key]: value };
      if (key === 'pos') {
        next.alternatives = d.alternatives.map((a) =>
          a.text.trim() === '' ? { ...a, pos: value as PartOfSpeech } : a,
        );
      }
      return next;
    });
}

/** The draft of `props.entry`, its problems, and the form's "Save". */
export function useEntryForm(props: EntryFormProps) {
  const { entry, glossary, serverProblems } = props;
  const [draft, setDraft] = useState<Draft>(() => toDraft(entry));
  const [submitted, setSubmitted] = useState(false);
  const summary = useRef<HTMLDivElement>(null);
  useEffect(() => setDraft(toDraft(entry)), [entry]);

  const ids = useMemo(() => new Set(glossary.map((e) => e.id)), [glossary]);
  const owners = usePhraseOwners(glossary);
  const isNew = entry === undefined;
  const newId = isNew ? idFromTerm(draft.term, ids) : undefined;
  const raw = useMemo(() => fromDraft(draft, entry), [draft, entry]);
  const before = entry ? glossary.find((e) => e.id === entry.id) : undefined;
  const repeats = isNew ? owners.get(phraseKey(draft.term)) : undefined;

  const problems = useMemo(
    () => draftProblems({ draft, raw, entry, before, ids, newId, repeats, serverProblems }),
    [raw, draft, entry, before, ids, newId, repeats, serverProblems],
  );
  const blocking = problems.filter((p) => !p.advisory);
  // Advice on length shows as you type; problems that block saving show after "Save".
  const shown = submitted ? problems : problems.filter((p) => p.advisory);
  const errorFor = (field: string): Problem[] => shown.filter((p) => p.field === field);

  useEffect(() => {
    if (submitted && serverProblems.length > 0) summary.current?.focus();
  }, [serverProblems, submitted]);

  /** "Save": shows the problems and moves focus to them, or saves. */
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (blocking.length > 0) {
      setTimeout(() => summary.current?.focus(), 0);
      return;
    }
    props.onSave(raw, isNew);
  };
  const set = fieldSetter(setDraft);
  return { draft, set, errorFor, raw, newId, repeats, blocking, submitted, summary, submit };
}
