import type { Alternative, GlossaryEntry } from '../src/glossary/schema';

type EntryFields = Partial<Omit<GlossaryEntry, 'alternatives'>> &
  Pick<GlossaryEntry, 'id' | 'term'> & {
    /** Alternatives as plain text take the entry's part of speech. */
    alternatives?: (string | Alternative)[];
  };

/** A glossary entry for tests, with only the fields a test cares about set. */
export function entry(fields: EntryFields): GlossaryEntry {
  const pos = fields.pos ?? 'phrase';
  const alternatives = (fields.alternatives ?? []).map((item) =>
    typeof item === 'string' ? { text: item, pos } : item,
  );
  return {
    variants: [],
    kind: fields.action === 'rewrite' ? 'style' : 'term',
    action: 'replace',
    definition: `What ${fields.term} means.`,
    easyRead: [],
    audiences: ['plain', 'public', 'easy-read'],
    category: 'approaches-values',
    severity: 'warning',
    status: 'approved',
    sources: ['test'],
    ...fields,
    pos,
    alternatives,
  };
}
