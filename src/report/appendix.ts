/**
 * The "words we used" list, for the readers of a paper: every glossary term
 * the document uses (whether or not the text explains it, and whether or not
 * it was flagged for these readers), A to Z, with its reader definition only
 * (and its easy read sentences in the easy read profile), and the short
 * forms the document uses for it. Style words ("key", "going forward") are
 * the writer's business and never appear; nor does any advice to the writer.
 */
import type { ProfileName } from '../checker/types';
import type { GlossaryEntry } from '../glossary/schema';

export interface AppendixEntry {
  id: string;
  term: string;
  /** The entry's abbreviations that the document uses ("DoLS"). */
  abbreviations?: string[];
  definition: string;
  easyRead?: string[];
}

/** How a term is shown in the list: "Deprivation of Liberty Safeguards (DoLS)". */
export function appendixHeading(entry: AppendixEntry): string {
  return entry.abbreviations?.length
    ? `${entry.term} (${entry.abbreviations.join(', ')})`
    : entry.term;
}

/**
 * @param termIds the glossary terms the document uses, from the report's
 *   `stats.glossaryTerms`
 * @param text the document's text, to find which short forms it uses
 */
export function buildAppendix(
  termIds: readonly string[],
  entries: ReadonlyMap<string, GlossaryEntry>,
  profile: ProfileName,
  text: string,
): AppendixEntry[] {
  const out: AppendixEntry[] = [];
  for (const id of new Set(termIds)) {
    const entry = entries.get(id);
    if (!entry || entry.kind !== 'term') continue;
    const item: AppendixEntry = { id: entry.id, term: entry.term, definition: entry.definition };
    const used = (entry.abbreviations ?? []).filter((short) =>
      new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(short)}s?(?![\\p{L}\\p{N}])`, 'u').test(text),
    );
    if (used.length > 0) item.abbreviations = used;
    if (profile === 'easy-read' && entry.easyRead.length > 0) item.easyRead = [...entry.easyRead];
    out.push(item);
  }
  const collator = new Intl.Collator('en-GB', { sensitivity: 'base' });
  return out.sort((a, b) => collator.compare(a.term, b.term));
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
