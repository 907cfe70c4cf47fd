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
    const used = (entry.abbreviations ?? []).filter((short) => shortFormPattern(short).test(text));
    if (used.length > 0) item.abbreviations = used;
    if (profile === 'easy-read' && entry.easyRead.length > 0) item.easyRead = [...entry.easyRead];
    out.push(item);
  }
  return out.sort((a, b) => collator().compare(a.term, b.term));
}

let COLLATOR: Intl.Collator | undefined;

/** Made on first use: the first Intl.Collator takes a few milliseconds to set up. */
function collator(): Intl.Collator {
  COLLATOR ??= new Intl.Collator('en-GB', { sensitivity: 'base' });
  return COLLATOR;
}

/**
 * Each short form's pattern, made once: a folder report builds a list for
 * every paper, and making the same patterns again for each one was a tenth
 * of a worker's time. Glossaries have a few hundred short forms; the cap
 * only guards against unbounded growth.
 */
const patterns = new Map<string, RegExp>();

function shortFormPattern(short: string): RegExp {
  let pattern = patterns.get(short);
  if (pattern === undefined) {
    if (patterns.size >= 10_000) patterns.clear();
    pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(short)}s?(?![\\p{L}\\p{N}])`, 'u');
    patterns.set(short, pattern);
  }
  return pattern;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
