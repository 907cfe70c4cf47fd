import type { GlossaryEntry } from '../src/glossary/schema';

/** A glossary entry for tests, with only the fields a test cares about set. */
export function entry(
  fields: Partial<GlossaryEntry> & Pick<GlossaryEntry, 'id' | 'term'>,
): GlossaryEntry {
  return {
    variants: [],
    action: 'replace',
    alternatives: [],
    definition: `What ${fields.term} means.`,
    easyRead: [],
    category: 'approaches-values',
    severity: 'warning',
    status: 'approved',
    sources: ['test'],
    ...fields,
  };
}
