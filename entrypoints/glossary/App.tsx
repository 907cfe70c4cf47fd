/** The maintainers' glossary editor: wiring only; the parts are in src/ui/glossary-*.tsx. */
import { useCallback, useMemo, useState } from 'react';
import type { HistoryRecord } from '../../src/glossary/history';
import type { FileProblem } from '../../src/glossary/csv';
import type { HealthIssue } from '../../src/glossary/health';
import { sameEntry } from '../../src/glossary/history';
import { ACTIONS, CATEGORIES, STATUSES, type GlossaryEntry } from '../../src/glossary/schema';
import {
  buildSearchIndex,
  searchGlossary,
  type GlossaryQuery,
  type GlossaryRow,
  type SortKey,
} from '../../src/glossary/search';
import { sendMessage } from '../../src/messaging/protocol';
import { EntryForm } from '../../src/ui/glossary-form';
import { ImportExport } from '../../src/ui/glossary-import';
import { ProposalsPanel } from '../../src/ui/glossary-proposals';
import { codeWords } from '../../src/ui/glossary-labels';
import { useGlossaryData } from '../../src/ui/glossary-live';
import { savedMessage } from '../../src/ui/glossary-messages';
import { GlossaryTable } from '../../src/ui/glossary-table';
import { StatusWithUndo, type Undo } from '../../src/ui/status-undo';

type View = 'entries' | 'health' | 'proposals' | 'files';
const VIEWS: [View, string][] = [
  ['entries', 'Entries'],
  ['health', 'Health'],
  ['proposals', 'Proposals'],
  ['files', 'Import and export'],
];

export function App() {
  const [view, setView] = useState<View>(() =>
    location.hash === '#proposals' ? 'proposals' : 'entries',
  );
  const [query, setQuery] = useState<GlossaryQuery>({ text: '', sort: 'term' });
  /** The entry open in the form, and the entry in use for its id when it was opened. */
  const [editing, setEditing] = useState<{
    row: GlossaryRow | undefined;
    inUse?: GlossaryRow | undefined;
  } | null>(null);
  const [history, setHistory] = useState<HistoryRecord[]>([]);
  const [serverProblems, setServerProblems] = useState<FileProblem[]>([]);
  const [status, setStatus] = useState('');
  const [undo, setUndo] = useState<Undo | null>(null);
  /** Shows a status line, with an Undo button after a deletion. */
  const say = useCallback((message: string, next: Undo | null = null) => {
    setStatus(message);
    setUndo(next);
  }, []);
  const [health, setHealth] = useState<HealthIssue[] | null>(null);
  const { snapshot, proposals, error, write } = useGlossaryData(say);

  const index = useMemo(() => buildSearchIndex(snapshot?.rows ?? []), [snapshot]);
  const rows = useMemo(() => searchGlossary(index, query, codeWords), [index, query]);
  const inUse = useMemo(() => snapshot?.rows.filter((r) => !r.hidden) ?? [], [snapshot]);
  const inUseEntries = useMemo(() => inUse.map((r) => r.entry), [inUse]);
  const inUseRow = (id: string) => inUse.find((r) => r.entry.id === id);
  const settings = {
    profile: snapshot?.profile ?? 'plain',
    includeProposed: snapshot?.includeProposed ?? false,
  };

  async function edit(row: GlossaryRow | undefined) {
    setServerProblems([]);
    setEditing({ row, inUse: row ? inUseRow(row.entry.id) : undefined });
    setHistory(row ? await sendMessage('getEntryHistory', { id: row.entry.id }) : []);
  }
  async function save(raw: Record<string, unknown>, isNew: boolean) {
    const entry = raw as unknown as GlossaryEntry;
    const result = await write(() =>
      isNew
        ? sendMessage('addGlossaryEntry', { entry })
        : sendMessage('saveGlossaryEntry', { entry }),
    );
    if (!result.ok) {
      setServerProblems(result.problems);
      return;
    }
    setEditing(null);
    const id = 'id' in result && typeof result.id === 'string' ? result.id : undefined;
    say(savedMessage(entry, settings, id));
  }
  async function removeOwn(own: GlossaryEntry) {
    const result = await write(() => sendMessage('deleteGlossaryEntry', { id: own.id }));
    if (!result.ok) {
      setServerProblems(result.problems);
      return;
    }
    setEditing(null);
    say(`Removed your own version of “${own.term}”.`, {
      label: `Undo: put back your own version of “${own.term}”`,
      run: async () => {
        const back = await write(() => sendMessage('restoreOwnEntry', { entry: own }));
        say(
          back.ok
            ? `Put back your own version of “${own.term}”.`
            : `Plainly could not put back your own version of “${own.term}”: ${back.problems.map((p) => p.problem).join(' ')}`,
        );
      },
    });
  }
  const setFilter = (key: keyof GlossaryQuery) => (value: string) =>
    setQuery((q) => ({ ...q, [key]: value }));
  const sortBy = (key: SortKey) =>
    setQuery((q) => ({ ...q, sort: key, descending: q.sort === key ? !q.descending : false }));
  const canEdit = snapshot?.allowOwnEntries ?? false;
  // The entry open in the form, as it is now: another tab may have changed it,
  // or saved its own version over it.
  const open = editing?.row;
  const now = open
    ? snapshot?.rows.find((r) => r.layer === open.layer && r.entry.id === open.entry.id)
    : undefined;
  const was = editing?.inUse;
  const used = open ? inUseRow(open.entry.id) : undefined;
  const changedElsewhere =
    open !== undefined &&
    (!now ||
      !sameEntry(now.entry, open.entry) ||
      (was !== undefined &&
        (!used || used.layer !== was.layer || !sameEntry(used.entry, was.entry))));

  return (
    <main className="page">
      <h1>Glossary editor</h1>
      <p>
        Look after the words Plainly checks for. Your own entries come first, then the feeds you
        follow, then the built-in glossary.{' '}
        {snapshot && snapshot.maintainerName === ''
          ? 'Add your name in Settings so the history says who made each change.'
          : ''}
      </p>
      {error ? (
        <p className="error-summary" role="alert">
          {error}
        </p>
      ) : null}
      <nav aria-label="Parts of the editor">
        <ul className="tabs">
          {VIEWS.map(([key, label]) => (
            <li key={key}>
              <button
                type="button"
                className={view === key ? '' : 'secondary'}
                aria-current={view === key ? 'page' : undefined}
                onClick={() => setView(key)}
              >
                {label}
                {key === 'proposals'
                  ? ` (${proposals.filter((p) => p.status === 'open').length} open)`
                  : ''}
              </button>
            </li>
          ))}
        </ul>
      </nav>
      <StatusWithUndo status={status} undo={undo} />

      {view === 'entries' && editing ? (
        <EntryForm
          entry={editing.row?.entry}
          layerName={editing.row?.layerName}
          glossary={inUseEntries}
          settings={settings}
          history={history}
          serverProblems={serverProblems}
          canEdit={canEdit}
          changedElsewhere={changedElsewhere}
          onSave={(entry, isNew) => void save(entry, isNew)}
          onCancel={() => setEditing(null)}
          onEditOther={(id) => void edit(inUse.find((r) => r.entry.id === id))}
          onDeleteOwn={
            editing.row?.layer === 'own'
              ? (
                  (own: GlossaryEntry) => () =>
                    void removeOwn(own)
                )(editing.row.entry)
              : undefined
          }
        />
      ) : null}

      {view === 'entries' && !editing ? (
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
              disabled={!canEdit || snapshot === null}
              onClick={() => void edit(undefined)}
            >
              Add an entry
            </button>
          </div>
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
                onSort={sortBy}
                onEdit={(row) => void edit(row)}
              />
            </>
          )}
        </section>
      ) : null}

      {view === 'health' ? (
        <section aria-labelledby="health-heading">
          <h2 id="health-heading">Glossary health</h2>
          <p>
            Finds words in two entries, jargon inside alternatives and definitions, and text that is
            too long.
          </p>
          <button
            type="button"
            onClick={() => void sendMessage('getGlossaryHealth').then(setHealth)}
          >
            Check the glossary
          </button>
          {health ? (
            <>
              <p role="status">
                {health.length === 0
                  ? 'No problems found.'
                  : `${health.length} ${health.length === 1 ? 'problem' : 'problems'} found.`}
              </p>
              <ul>
                {health.slice(0, 1000).map((issue, i) => {
                  const row = inUse.find((r) => r.entry.id === issue.entryId);
                  return (
                    <li key={i}>
                      <button
                        type="button"
                        className="link"
                        onClick={() => {
                          setView('entries');
                          void edit(row);
                        }}
                      >
                        {row?.entry.term ?? issue.entryId}
                      </button>
                      : {issue.message}
                    </li>
                  );
                })}
              </ul>
            </>
          ) : null}
        </section>
      ) : null}

      {view === 'proposals' ? (
        <ProposalsPanel
          proposals={proposals}
          glossary={inUseEntries}
          canEdit={canEdit}
          write={write}
          onChanged={(message, next) => say(message, next ?? null)}
        />
      ) : null}

      {view === 'files' ? <ImportExport canEdit={canEdit} write={write} /> : null}
    </main>
  );
}
