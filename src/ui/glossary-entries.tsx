/**
 * The glossary editor's "Entries": search, filters, "Add an entry", how many
 * entries are shown, and the table of entries.
 */
import { ACTIONS, CATEGORIES, STATUSES } from '../glossary/schema';
import type { GlossaryQuery, GlossaryRow, SortKey } from '../glossary/search';
import type { GlossarySnapshot } from '../messaging/glossary';
import { codeWords } from './glossary-labels';
import { GlossaryTable } from './glossary-table';

export interface EntriesProps {
  query: GlossaryQuery;
  /** Sets one filter (or the search words) of the query. */
  setFilter: (key: keyof GlossaryQuery) => (value: string) => void;
  onSort: (key: SortKey) => void;
  /** The rows the query finds, in its order. */
  rows: readonly GlossaryRow[];
  /** null until the glossary has loaded. */
  snapshot: GlossarySnapshot | null;
  /** Why the glossary could not be loaded, or ''. */
  error: string;
  canEdit: boolean;
  /** Opens the form: for a new entry when `row` is undefined. */
  onEdit: (row: GlossaryRow | undefined) => void;
}

/** The search box and "Add an entry", the filters, then the count and the table. */
export function EntriesSection(props: EntriesProps) {
  const { query, setFilter, rows, snapshot, error } = props;
  return (
    <section aria-labelledby="entries-heading">
      <h2 id="entries-heading">Entries</h2>
      <div className="row">
        <div>
          <label htmlFor="search">Search the glossary</label>
          <input
            id="search"
            type="search"
            value={query.text ?? ''}
            aria-describedby="search-hint"
            onChange={(e) => setFilter('text')(e.target.value)}
          />
          <p className="hint" id="search-hint">
            Finds words in terms, other forms, alternatives and definitions.
          </p>
        </div>
        <button
          type="button"
          disabled={!props.canEdit || snapshot === null}
          onClick={() => props.onEdit(undefined)}
        >
          Add an entry
        </button>
      </div>
      <Filters query={query} setFilter={setFilter} snapshot={snapshot} />
      {snapshot === null ? (
        error === '' ? (
          <p className="status" role="status" id="result-count">
            Loading the glossary…
          </p>
        ) : null
      ) : (
        <>
          <p aria-live="polite" id="result-count">
            Showing {rows.length.toLocaleString('en-GB')} of{' '}
            {snapshot.rows.length.toLocaleString('en-GB')} entries.
          </p>
          <GlossaryTable
            rows={rows}
            sort={query.sort ?? 'term'}
            descending={query.descending ?? false}
            onSort={props.onSort}
            onEdit={props.onEdit}
          />
        </>
      )}
    </section>
  );
}

/** Filters by category, status, what Plainly asks, and where the entry comes from. */
function Filters({
  query,
  setFilter,
  snapshot,
}: Pick<EntriesProps, 'query' | 'setFilter' | 'snapshot'>) {
  return (
    <div className="row">
      {(
        [
          ['category', 'Category', CATEGORIES],
          ['status', 'Status', STATUSES],
          ['action', 'What Plainly asks', ACTIONS],
        ] as const
      ).map(([key, label, options]) => (
        <div key={key}>
          <label htmlFor={`filter-${key}`}>{label}</label>
          <select
            id={`filter-${key}`}
            value={(query[key] as string) ?? ''}
            onChange={(e) => setFilter(key)(e.target.value)}
          >
            <option value="">All</option>
            {options.map((o) => (
              <option key={o} value={o}>
                {codeWords(key, o)}
              </option>
            ))}
          </select>
        </div>
      ))}
      <div>
        <label htmlFor="filter-layer">Comes from</label>
        <select
          id="filter-layer"
          value={query.layer ?? ''}
          onChange={(e) => setFilter('layer')(e.target.value)}
        >
          <option value="">All</option>
          {snapshot?.layers.map((l) => (
            <option key={l.id} value={l.id}>
              {l.name}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}
