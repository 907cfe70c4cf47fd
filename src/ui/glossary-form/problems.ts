/**
 * What the entry form says is wrong with a draft: the checks the background
 * runs before it writes anything, a term another entry already has, advice
 * on length, and the background's own answer. Each problem names the field
 * it belongs to and links to that field's first control.
 */
import type { FileProblem } from '../../glossary/csv';
import { countWords } from '../../glossary/health';
import {
  DEFINITION_MAX_WORDS,
  EASY_READ_MAX_WORDS,
  type Action,
  type GlossaryEntry,
} from '../../glossary/schema';
import { entryWriteProblems } from '../../glossary/write-checks';
import { ACTION_LABELS } from '../glossary-labels';
import { lines, type Draft } from './draft';

/** Advice for writers is kept short: at most this many words. */
export const ADVICE_MAX_WORDS = 30;

/** Where each field's problem links to (its first control). */
export const FIELD_IDS: Record<string, string> = {
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
  'match.plainAfter': 'entry-plain-after',
  'match.notBefore': 'entry-not-before',
  'match.everyday': 'entry-everyday',
  'match.jargonWith': 'entry-jargon-with',
  'match.pos': 'entry-match-pos-noun',
  'match.needsCareTopic': 'entry-needs-care-topic',
  status: 'entry-status',
  replacedBy: 'entry-replaced-by',
  sources: 'entry-sources',
  agreedBy: 'entry-agreed-by',
  agreedOn: 'entry-agreed-on',
  coProduced: 'entry-co-produced',
  notes: 'entry-notes',
};

/** Each field's name at the start of a sentence about it ("The definition is empty."). */
export const FIELD_NAMES: Record<string, string> = {
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
  'match.plainAfter': 'Words before it that make it plain',
  'match.notBefore': 'Words after it',
  'match.everyday': 'Everyday uses',
  'match.jargonWith': 'Uses that show it is jargon',
  'match.pos': 'The parts of speech where it is jargon',
  'match.needsCareTopic': 'An everyday word too',
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

/** One thing wrong with the draft, on one field. */
export interface Problem {
  field: string;
  problem: string;
  /** Advice only: saving still works (a long definition, for example). */
  advisory?: boolean;
}

/** What the problems of a draft are worked out from. */
export interface DraftState {
  draft: Draft;
  /** The entry the draft describes (`fromDraft`). */
  raw: Record<string, unknown>;
  /** The entry being edited, or undefined for a new one. */
  entry: GlossaryEntry | undefined;
  /** The entry as it is in the glossary in use now. */
  before: GlossaryEntry | undefined;
  /** The ids of the glossary in use. */
  ids: ReadonlySet<string>;
  /** The id a new entry will get, or undefined when editing one. */
  newId: string | undefined;
  /** The entry in use that already has a new entry's term. */
  repeats: GlossaryEntry | undefined;
  serverProblems: readonly FileProblem[];
}

/** A problem in the words the form uses, on the field the form shows it next to. */
function inForm(p: { field: string; problem: string }): Problem {
  return { field: formField(p.field), problem: plainProblem(p.field, p.problem) };
}

/** Every problem with the draft: the write checks first, then the form's own, then the background's. */
export function draftProblems(state: DraftState): Problem[] {
  const { draft, raw, entry, before, ids, newId, repeats } = state;
  const isNew = entry === undefined;
  const checked = entryWriteProblems(isNew ? { ...raw, id: newId } : raw, 0, {
    before: before ?? entry,
    ids: new Set([...ids, newId ?? '']),
  }).problems.map(inForm);
  const extra: Problem[] = [];
  if (repeats !== undefined && draft.term.trim() !== '') {
    extra.push({
      field: 'term',
      problem: `is already in the glossary, in “${repeats.term}”. Change that entry instead.`,
    });
  }
  return [...checked, ...extra, ...lengthAdvice(draft), ...state.serverProblems.map(inForm)];
}

/** Advice on length (saving still works): the definition, the advice and each easy read sentence. */
function lengthAdvice(draft: Draft): Problem[] {
  const advice: Problem[] = [];
  const words = countWords(draft.definition);
  if (words > DEFINITION_MAX_WORDS) {
    advice.push({
      field: 'definition',
      problem: `has ${words} words. Keep it to ${DEFINITION_MAX_WORDS} or fewer.`,
      advisory: true,
    });
  }
  const adviceWords = countWords(draft.advice);
  if (adviceWords > ADVICE_MAX_WORDS) {
    advice.push({
      field: 'advice',
      problem: `has ${adviceWords} words. Keep it to ${ADVICE_MAX_WORDS} or fewer.`,
      advisory: true,
    });
  }
  lines(draft.easyRead).forEach((sentence, i) => {
    const n = countWords(sentence);
    if (n > EASY_READ_MAX_WORDS) {
      advice.push({
        field: 'easyRead',
        problem: `sentence ${i + 1} has ${n} words. Keep each to ${EASY_READ_MAX_WORDS} or fewer.`,
        advisory: true,
      });
    }
  });
  return advice;
}
