/**
 * The "words we used" list: each glossary term found in the document, in
 * alphabetical order, with its plain definition (and its easy read sentences
 * in the easy read profile), ready to attach to the paper.
 */
import type { Finding, ProfileName } from '../checker/types';
import type { GlossaryEntry } from '../glossary/schema';

export interface AppendixEntry {
  id: string;
  term: string;
  definition: string;
  easyRead?: string[];
}

export function buildAppendix(
  findings: readonly Finding[],
  entries: ReadonlyMap<string, GlossaryEntry>,
  profile: ProfileName,
): AppendixEntry[] {
  const seen = new Set<string>();
  const out: AppendixEntry[] = [];
  for (const finding of findings) {
    if (finding.entryId === undefined || seen.has(finding.entryId)) continue;
    seen.add(finding.entryId);
    const entry = entries.get(finding.entryId);
    if (!entry) continue;
    const item: AppendixEntry = { id: entry.id, term: entry.term, definition: entry.definition };
    if (profile === 'easy-read' && entry.easyRead.length > 0) item.easyRead = [...entry.easyRead];
    out.push(item);
  }
  const collator = new Intl.Collator('en-GB', { sensitivity: 'base' });
  return out.sort((a, b) => collator.compare(a.term, b.term));
}
