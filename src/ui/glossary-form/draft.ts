/**
 * The entry form's draft: every field of an entry as the form's controls
 * hold it (lists as one item a line), and the way back to an entry.
 */
import type { GlossaryEntry } from '../../glossary/schema';
import {
  AUDIENCES,
  PARTS_OF_SPEECH,
  type Alternative,
  type Audience,
  type MatchOptions,
  type PartOfSpeech,
} from '../../glossary/schema';
import { inflections, spellingKey } from '../../glossary/word-forms';

/** The form's fields as its controls hold them. */
export interface Draft {
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
  plainAfter: string;
  notBefore: string;
  everyday: string;
  jargonWith: string;
  matchPos: PartOfSpeech[];
  /** "An everyday word too": flagged in a longer text only when it is about care. */
  needsCareTopic: boolean;
  status: string;
  replacedBy: string;
  sources: string;
  agreedBy: string;
  agreedOn: string;
  coProduced: boolean;
  notes: string;
}

/** The draft's fields that hold text (one control each). */
export type TextKey = {
  [K in keyof Draft]: Draft[K] extends string ? K : never;
}[keyof Draft];

/** The lines of a text box that are not blank, trimmed. */
export const lines = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');

/** A list as one item a line. */
const joinLines = (items: readonly string[] | undefined) => (items ?? []).join('\n');

/** The draft of an entry, or of a new one when there is none. */
export function toDraft(entry: GlossaryEntry | undefined): Draft {
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
    plainAfter: joinLines(entry?.match?.plainAfter),
    notBefore: joinLines(entry?.match?.notBefore),
    everyday: joinLines(entry?.match?.everyday),
    jargonWith: joinLines(entry?.match?.jargonWith),
    matchPos: [...(entry?.match?.pos ?? [])],
    needsCareTopic: entry?.match?.needsCareTopic ?? false,
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
    ['plainAfter', draft.plainAfter],
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
  if (draft.needsCareTopic) match.needsCareTopic = true;
  else delete match.needsCareTopic;
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
