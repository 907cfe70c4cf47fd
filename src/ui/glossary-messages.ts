/**
 * What the glossary editor says, as plain sentences made from data: the
 * import preview, whether an entry is used when checking, the status line
 * after a save, and what changed when another tab or window changed the
 * glossary. Pure, so every sentence is tested word for word.
 */
import type { ProfileName } from '../checker/types';
import type { ImportPreview } from '../glossary/diff';
import { sameEntry } from '../glossary/history';
import type { ImportSummary } from '../glossary/import';
import type { GlossaryEntry } from '../glossary/schema';
import type { GlossaryRow } from '../glossary/search';
import type { FieldChange } from '../glossary/history';
import {
  ACTION_LABELS,
  AUDIENCE_LABELS,
  GLOSSARY_CATEGORY_LABELS,
  KIND_LABELS,
  POS_LABELS,
  STATUS_LABELS,
  listInWords,
} from './glossary-labels';

/** "1 entry", "3 entries". */
export function entries(count: number): string {
  return count === 1 ? '1 entry' : `${count.toLocaleString('en-GB')} entries`;
}

/** CSV columns in words, for "only definition and advice change". */
const COLUMN_WORDS: Readonly<Record<string, string>> = {
  easy_read: 'easy read',
  agreed_by: 'agreed by',
  agreed_on: 'agreed on',
  pos: 'part of speech',
  co_produced: 'co-produced',
  replaced_by: 'replaced by',
  omit_ok: 'can be deleted',
  match: 'matching',
  examples_flag: 'examples to flag',
  examples_ok: 'examples not to flag',
  examples_fixed: 'fixed examples',
  easyRead: 'easy read',
  agreedBy: 'agreed by',
  agreedOn: 'agreed on',
  coProduced: 'co-produced',
  replacedBy: 'replaced by',
  omitOk: 'can be deleted',
};

/** A field or CSV column in words ("easy_read" → "easy read"). */
export const fieldWords = (field: string) => COLUMN_WORDS[field] ?? field;

/** The words for the codes a field holds, where it holds codes. */
const VALUE_WORDS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  category: GLOSSARY_CATEGORY_LABELS,
  status: STATUS_LABELS,
  action: ACTION_LABELS,
  kind: KIND_LABELS,
  pos: POS_LABELS,
  audiences: AUDIENCE_LABELS,
};

/**
 * One change in an entry's history, in words: `category: “Housing” →
 * “Services and settings”`. Codes are shown in words; a list of codes
 * (audiences) item by item.
 */
export function changeInWords(change: FieldChange): string {
  const words = VALUE_WORDS[change.field];
  const value = (text: string) =>
    words
      ? text
          .split('; ')
          .map((code) => words[code] ?? code)
          .join('; ')
      : text;
  return `${fieldWords(change.field)}: “${value(change.from)}” → “${value(change.to)}”`;
}

/** The sentence about a version 1 file, or undefined for a version 2 file. */
export function upgradeLine(summary: ImportSummary): string | undefined {
  if (summary.upgradedFrom !== 1) return undefined;
  const parts: string[] = [];
  const { existing, added } = summary;
  if (existing > 0) {
    parts.push(
      `${entries(existing)} already in the glossary ${existing === 1 ? 'keeps its kind, who finds it jargon' : 'keep their kind, who finds them jargon'}, advice for writers and parts of speech`,
    );
  }
  if (added > 0) {
    parts.push(
      `${added === 1 ? '1 new entry is' : `${added} new entries are`} set as jargon for all three audiences and as a term readers meet (a style word if the action is “${ACTION_LABELS.rewrite}”), and ${added === 1 ? 'its' : 'their'} words to use instead take ${added === 1 ? 'its' : 'their'} part of speech`,
    );
  }
  const what = parts.length > 0 ? `: ${parts.join('; ')}` : '';
  return `This file uses the older version 1 format. Plainly will upgrade it${what}.`;
}

/**
 * The preview of an import, one sentence a line: the upgrade of an older
 * file, then what is added, changed (or, for a file with only some columns,
 * updated), the same as now, and in conflict.
 */
export function importPreviewLines(preview: ImportPreview, summary: ImportSummary): string[] {
  const lines: string[] = [];
  const upgrade = upgradeLine(summary);
  if (upgrade !== undefined) lines.push(upgrade);
  const added = preview.added.length;
  const changed = preview.changed.length;
  const unchanged = preview.unchanged.length;
  const conflicting = preview.conflicting.length;
  if (added + changed + unchanged === 0) lines.push('The file has no entries.');
  if (added > 0)
    lines.push(`${added === 1 ? '1 new entry' : `${added} new entries`} will be added.`);
  if (changed > 0) {
    const only = summary.onlyFields;
    if (only !== undefined && only.length > 0) {
      const one = changed === 1;
      lines.push(
        `${entries(changed)} will be updated: only ${listInWords(only.map(fieldWords))} ${only.length === 1 ? 'changes' : 'change'}; ${one ? 'its' : 'their'} other fields stay as they are.`,
      );
    } else lines.push(`${entries(changed)} will be changed.`);
  }
  if (unchanged > 0) {
    lines.push(
      `${unchanged === 1 ? '1 entry is' : `${entries(unchanged)} are`} the same as now and will not change.`,
    );
  }
  if (conflicting > 0) {
    lines.push(
      `${conflicting === 1 ? '1 entry uses' : `${entries(conflicting)} use`} the same words as another entry. Your own entry will come first.`,
    );
  }
  return lines;
}

/** The settings that decide whether an entry is used when checking. */
export interface UseSettings {
  profile: ProfileName;
  includeProposed: boolean;
}

/**
 * Whether Plainly uses an entry of your own when checking, and if not, why
 * (a reason that follows "Plainly does not use it when checking: ").
 */
export function entryUse(
  entry: Pick<GlossaryEntry, 'status' | 'audiences'>,
  settings: UseSettings,
): { used: true } | { used: false; why: string } {
  switch (entry.status) {
    case 'rejected':
      return { used: false, why: 'it is rejected' };
    case 'deprecated':
      return { used: false, why: `its status is “${STATUS_LABELS.deprecated}”` };
    case 'proposed':
      if (!settings.includeProposed) {
        return {
          used: false,
          why: 'it is only proposed. Approve it, or turn on “Also use glossary entries that are proposed” in settings',
        };
      }
      break;
    case 'approved':
      break;
  }
  if (!entry.audiences.includes(settings.profile)) {
    return {
      used: false,
      why: `it is jargon only for ${listInWords(entry.audiences.map((a) => AUDIENCE_LABELS[a]))}, and your writing style in settings is ${AUDIENCE_LABELS[settings.profile]}`,
    };
  }
  return { used: true };
}

/** The form's line under the status: what saving will mean for checking. */
export function useHint(
  entry: Pick<GlossaryEntry, 'status' | 'audiences'>,
  settings: UseSettings,
): string {
  const use = entryUse(entry, settings);
  return use.used
    ? 'Plainly will use this entry when checking as soon as you save it: open fields and the side panel check again.'
    : `Plainly will not use this entry in your checks: ${use.why}.`;
}

/** The status line after a save. `newId` is the id made for a new entry. */
export function savedMessage(
  entry: Pick<GlossaryEntry, 'term' | 'status' | 'audiences'>,
  settings: UseSettings,
  newId?: string,
): string {
  const saved =
    newId === undefined ? `Saved “${entry.term}”.` : `Added “${entry.term}”. Its id is ${newId}.`;
  const use = entryUse(entry, settings);
  return use.used
    ? `${saved} Plainly uses it when checking, straight away.`
    : `${saved} Plainly does not use it in your checks: ${use.why}.`;
}

/** The entries in use (the row each id takes), by id. */
function inUse(rows: readonly GlossaryRow[]): Map<string, GlossaryRow> {
  const map = new Map<string, GlossaryRow>();
  for (const row of rows) if (!row.hidden && !map.has(row.entry.id)) map.set(row.entry.id, row);
  return map;
}

/**
 * What changed in the glossary in use between two snapshots, when the change
 * was made outside this tab (another tab or window, a feed, an update), or
 * undefined when nothing did. Saving your own version of a built-in entry
 * is a change to that entry. Linear in the number of entries.
 */
export function outsideChangeMessage(
  before: readonly GlossaryRow[],
  after: readonly GlossaryRow[],
): string | undefined {
  const old = inUse(before);
  const now = inUse(after);
  const changes: { term: string; own: boolean; what: 'added' | 'changed' | 'removed' }[] = [];
  for (const [id, row] of now) {
    const was = old.get(id);
    const own = row.layer === 'own' || was?.layer === 'own';
    if (!was) changes.push({ term: row.entry.term, own, what: 'added' });
    else if (was.layer !== row.layer || !sameEntry(was.entry, row.entry)) {
      changes.push({ term: row.entry.term, own, what: 'changed' });
    }
  }
  for (const [id, row] of old) {
    if (!now.has(id))
      changes.push({ term: row.entry.term, own: row.layer === 'own', what: 'removed' });
  }
  if (changes.length === 0) return undefined;
  const where = changes.every((c) => c.own) ? 'in another tab or window' : 'outside this tab';
  const first = changes[0] as (typeof changes)[number];
  if (changes.length === 1) {
    return `“${first.term}” was ${first.what} ${where}. The list is up to date.`;
  }
  const counts = (['added', 'changed', 'removed'] as const)
    .map((what) => ({ what, n: changes.filter((c) => c.what === what).length }))
    .filter(({ n }) => n > 0)
    .map(({ what, n }) => `${entries(n)} ${what}`);
  return `The glossary changed ${where}: ${listInWords(counts)}. The list is up to date.`;
}
