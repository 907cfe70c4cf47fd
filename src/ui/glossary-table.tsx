/**
 * The editor's table of entries: a real <table> (so screen readers announce
 * rows and columns) whose rows are virtualised with @tanstack/react-virtual:
 * only the rows in view are in the page, with spacer rows above and below,
 * so 10,000 entries scroll smoothly. All glossary text is rendered as React
 * text, never as markup.
 */
import { useVirtualizer } from '@tanstack/react-virtual';
import { alternativeTexts } from '../glossary/alternatives';
import { useRef } from 'react';
import type { GlossaryRow, SortKey } from '../glossary/search';
import { ACTION_LABELS, GLOSSARY_CATEGORY_LABELS, STATUS_LABELS } from './glossary-labels';

const COLUMNS: { key: SortKey | 'alternatives'; label: string }[] = [
  { key: 'term', label: 'Term' },
  { key: 'alternatives', label: 'Say instead' },
  { key: 'category', label: 'Category' },
  { key: 'status', label: 'Status' },
  { key: 'action', label: 'What Plainly asks' },
  { key: 'layer', label: 'Comes from' },
];

export interface GlossaryTableProps {
  rows: readonly GlossaryRow[];
  sort: SortKey;
  descending: boolean;
  onSort: (key: SortKey) => void;
  onEdit: (row: GlossaryRow) => void;
}

/** The table, with only the rows in view in the page and spacer rows for the rest. */
export function GlossaryTable({ rows, sort, descending, onSort, onEdit }: GlossaryTableProps) {
  const scroller = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => 48,
    overscan: 10,
  });
  const items = virtualizer.getVirtualItems();
  const top = items[0]?.start ?? 0;
  const bottom = virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0);
  return (
    <div
      className="table-scroll"
      ref={scroller}
      tabIndex={0}
      role="region"
      aria-label="Glossary entries"
    >
      <table aria-rowcount={rows.length + 1}>
        <thead>
          <HeaderRow sort={sort} descending={descending} onSort={onSort} />
        </thead>
        <tbody>
          {top > 0 && <SpacerRow height={top} />}
          {items.map((item) => {
            const row = rows[item.index] as GlossaryRow;
            return (
              <EntryRow
                key={`${row.layer}:${row.entry.id}`}
                row={row}
                index={item.index}
                measure={virtualizer.measureElement}
                onEdit={onEdit}
              />
            );
          })}
          {bottom > 0 && <SpacerRow height={bottom} />}
        </tbody>
      </table>
    </div>
  );
}

/** The column headings; each but "Say instead" is a button that sorts by it, and says how. */
function HeaderRow({
  sort,
  descending,
  onSort,
}: Pick<GlossaryTableProps, 'sort' | 'descending' | 'onSort'>) {
  return (
    <tr aria-rowindex={1}>
      {COLUMNS.map(({ key, label }) =>
        key === 'alternatives' ? (
          <th key={key} scope="col">
            {label}
          </th>
        ) : (
          <th
            key={key}
            scope="col"
            aria-sort={sort === key ? (descending ? 'descending' : 'ascending') : 'none'}
          >
            <button type="button" onClick={() => onSort(key)}>
              {label}
              <span className="visually-hidden">
                {sort === key ? (descending ? ', sorted Z to A' : ', sorted A to Z') : ''}
              </span>
            </button>
          </th>
        ),
      )}
    </tr>
  );
}

/** Space for the rows not in the page, hidden from screen readers. */
function SpacerRow({ height }: { height: number }) {
  return (
    <tr aria-hidden="true">
      <td colSpan={COLUMNS.length} style={{ height, padding: 0, border: 0 }} />
    </tr>
  );
}

/** One entry's row (`index` counts from 0): its term opens it in the form. */
function EntryRow({
  row,
  index,
  measure,
  onEdit,
}: {
  row: GlossaryRow;
  index: number;
  /** Measures the row's real height once it is in the page. */
  measure: (element: HTMLTableRowElement | null) => void;
  onEdit: (row: GlossaryRow) => void;
}) {
  const { entry } = row;
  return (
    <tr data-index={index} ref={measure} aria-rowindex={index + 2}>
      <td>
        <button type="button" className="link" onClick={() => onEdit(row)}>
          {entry.term}
        </button>
        {entry.coProduced ? (
          <span className="mark"> Agreed with people who use services</span>
        ) : null}
      </td>
      <td>{alternativeTexts(entry).join('; ')}</td>
      <td>{GLOSSARY_CATEGORY_LABELS[entry.category]}</td>
      <td>{STATUS_LABELS[entry.status]}</td>
      <td>{ACTION_LABELS[entry.action]}</td>
      <td>
        {row.layerName}
        {row.hidden ? ' (not used: your own or a higher feed’s version comes first)' : ''}
      </td>
    </tr>
  );
}
