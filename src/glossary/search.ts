/**
 * Searching, filtering and sorting the editor's table. Pure, so it is
 * measured in Node by `npm run bench` (docs/decisions.md: ≤ 100 ms over 10,000 entries).
 */
import type { Action, GlossaryCategory, GlossaryEntry, Status } from './schema';
import { alternativeTexts } from './alternatives';

/** One entry as the editor lists it: which layer it comes from and whether a higher layer hides it. */
export interface GlossaryRow {
  entry: GlossaryEntry;
  /** `own`, `builtin` or `feed:<url>`. */
  layer: string;
  /** The layer's name for people: "Your own", "Built-in", the feed's name. */
  layerName: string;
  /** A higher layer has an entry with the same id, so this one is not used. */
  hidden: boolean;
}

export type SortKey = 'term' | 'category' | 'status' | 'action' | 'layer';

export interface GlossaryQuery {
  /** Words to find in the term, variants, alternatives or definition (any case). */
  text?: string;
  category?: GlossaryCategory | '';
  status?: Status | '';
  action?: Action | '';
  layer?: string;
  sort?: SortKey;
  descending?: boolean;
}

export interface SearchIndex {
  rows: readonly GlossaryRow[];
  haystacks: readonly string[];
}

/** Lower-cased text of every searchable field, joined once so each search is one pass. */
export function buildSearchIndex(rows: readonly GlossaryRow[]): SearchIndex {
  return {
    rows,
    haystacks: rows.map(({ entry }) =>
      [entry.term, ...entry.variants, ...alternativeTexts(entry), entry.definition, entry.id]
        .join('\u0000')
        .toLocaleLowerCase('en-GB'),
    ),
  };
}

const collator = new Intl.Collator('en-GB', { sensitivity: 'base', numeric: true });

/** The words a code is shown in ("services-settings" → "Services and settings"), to sort by them. */
export type CodeWords = (key: 'category' | 'status' | 'action', code: string) => string;

function sortValue(row: GlossaryRow, key: SortKey, words: CodeWords | undefined): string {
  switch (key) {
    case 'term':
      return row.entry.term;
    case 'layer':
      return row.layerName;
    default:
      return words ? words(key, row.entry[key]) : row.entry[key];
  }
}

/**
 * The rows that match every part of the query, sorted (by term unless told).
 *
 * @param codeWords the words codes are shown in, so a column sorts as people read it.
 */
export function searchGlossary(
  index: SearchIndex,
  query: GlossaryQuery,
  codeWords?: CodeWords,
): GlossaryRow[] {
  const words = (query.text ?? '').toLocaleLowerCase('en-GB').split(/\s+/).filter(Boolean);
  const out: GlossaryRow[] = [];
  index.rows.forEach((row, i) => {
    const { entry } = row;
    if (query.category && entry.category !== query.category) return;
    if (query.status && entry.status !== query.status) return;
    if (query.action && entry.action !== query.action) return;
    if (query.layer && row.layer !== query.layer) return;
    const haystack = index.haystacks[i] as string;
    if (words.every((word) => haystack.includes(word))) out.push(row);
  });
  const key = query.sort ?? 'term';
  const direction = query.descending ? -1 : 1;
  out.sort(
    (a, b) =>
      direction * collator.compare(sortValue(a, key, codeWords), sortValue(b, key, codeWords)) ||
      collator.compare(a.entry.term, b.entry.term),
  );
  return out;
}
