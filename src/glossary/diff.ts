/**
 * The preview shown before an import changes anything: which entries are
 * new, changed, unchanged or in conflict with another entry.
 *
 * Imports go into your own layer and add or replace entries by id; entries
 * not in the file are left as they are, so importing a file you exported
 * changes nothing.
 */
import type { FieldChange } from './history';
import { entryChanges, sameEntry } from './history';
import { phraseKey } from './matcher';
import type { GlossaryEntry } from './schema';

export interface ImportPreview {
  added: GlossaryEntry[];
  changed: { entry: GlossaryEntry; changes: FieldChange[] }[];
  unchanged: GlossaryEntry[];
  /**
   * Entries whose term or a variant is already used by a different entry.
   * They are imported too (your own layer comes first), but both entries
   * would claim the same words, so the preview points them out.
   */
  conflicting: { entry: GlossaryEntry; otherId: string; phrase: string }[];
}

/**
 * @param current the glossary in use now, all layers merged (highest first).
 * @param incoming the entries in the file, already validated.
 */
export function previewImport(
  current: readonly GlossaryEntry[],
  incoming: readonly GlossaryEntry[],
): ImportPreview {
  const byId = new Map(current.map((entry) => [entry.id, entry]));
  const incomingIds = new Set(incoming.map((entry) => entry.id));
  // Words claimed by entries that will still be there after the import.
  const owner = new Map<string, string>();
  for (const entry of current) {
    if (incomingIds.has(entry.id)) continue;
    for (const phrase of [entry.term, ...entry.variants]) {
      const key = phraseKey(phrase);
      if (key !== '' && !owner.has(key)) owner.set(key, entry.id);
    }
  }
  const preview: ImportPreview = { added: [], changed: [], unchanged: [], conflicting: [] };
  for (const entry of incoming) {
    const before = byId.get(entry.id);
    if (!before) preview.added.push(entry);
    else if (sameEntry(before, entry)) preview.unchanged.push(entry);
    else preview.changed.push({ entry, changes: entryChanges(before, entry) });
    for (const phrase of [entry.term, ...entry.variants]) {
      const other = owner.get(phraseKey(phrase));
      if (other !== undefined && other !== entry.id) {
        preview.conflicting.push({ entry, otherId: other, phrase });
        break;
      }
    }
  }
  return preview;
}
