/** The maintainers' glossary editor: wiring only; the parts are in src/ui/glossary-*.tsx. */
import { useCallback, useMemo, useState } from 'react';
import type { HealthIssue } from '../../src/glossary/health';
import {
  buildSearchIndex,
  searchGlossary,
  type GlossaryQuery,
  type SortKey,
} from '../../src/glossary/search';
import type { GlossarySnapshot } from '../../src/messaging/glossary';
import { sendMessage } from '../../src/messaging/protocol';
import { OpenEntryForm, useEntryEditing } from '../../src/ui/glossary-editing';
import { EntriesSection } from '../../src/ui/glossary-entries';
import { HealthSection } from '../../src/ui/glossary-health';
import { ImportExport } from '../../src/ui/glossary-import';
import { ProposalsPanel } from '../../src/ui/glossary-proposals';
import { codeWords } from '../../src/ui/glossary-labels';
import { useGlossaryData } from '../../src/ui/glossary-live';
import { EditorTabs, type View } from '../../src/ui/glossary-tabs';
import { StatusWithUndo, type Undo } from '../../src/ui/status-undo';

/** What the editor is for, a reminder to add your name, and why the glossary did not load. */
function EditorIntro({ snapshot, error }: { snapshot: GlossarySnapshot | null; error: string }) {
  return (
    <>
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
    </>
  );
}

/** The query the entries are searched and sorted by, and the rows it finds. */
function useGlossarySearch(snapshot: GlossarySnapshot | null) {
  const [query, setQuery] = useState<GlossaryQuery>({ text: '', sort: 'term' });
  const index = useMemo(() => buildSearchIndex(snapshot?.rows ?? []), [snapshot]);
  const found = useMemo(() => searchGlossary(index, query, codeWords), [index, query]);
  const setFilter = (key: keyof GlossaryQuery) => (value: string) =>
    setQuery((q) => ({ ...q, [key]: value }));
  const sortBy = (key: SortKey) =>
    setQuery((q) => ({ ...q, sort: key, descending: q.sort === key ? !q.descending : false }));
  return { query, found, setFilter, sortBy };
}

/** The status line and its Undo button; `say` shows a message, with an Undo button after a deletion. */
function useStatusLine() {
  const [status, setStatus] = useState('');
  const [undo, setUndo] = useState<Undo | null>(null);
  const say = useCallback((message: string, next: Undo | null = null) => {
    setStatus(message);
    setUndo(next);
  }, []);
  return { status, undo, say };
}

/** The editor: its introduction, the parts as tabs, a status line, then the part shown. */
export function App() {
  const [view, setView] = useState<View>(() =>
    location.hash === '#proposals' ? 'proposals' : 'entries',
  );
  const { status, undo, say } = useStatusLine();
  const [health, setHealth] = useState<HealthIssue[] | null>(null);
  const { snapshot, proposals, error, write } = useGlossaryData(say);
  const { query, found, setFilter, sortBy } = useGlossarySearch(snapshot);
  const inUse = useMemo(() => snapshot?.rows.filter((r) => !r.hidden) ?? [], [snapshot]);
  const inUseEntries = useMemo(() => inUse.map((r) => r.entry), [inUse]);
  const settings = {
    profile: snapshot?.profile ?? 'plain',
    includeProposed: snapshot?.includeProposed ?? false,
  };
  const editor = useEntryEditing({ snapshot, inUse, write, say, settings });
  const { editing } = editor;
  const canEdit = snapshot?.allowOwnEntries ?? false;

  return (
    <main className="page">
      <EditorIntro snapshot={snapshot} error={error} />
      <EditorTabs
        view={view}
        onView={setView}
        openProposals={proposals.filter((p) => p.status === 'open').length}
      />
      <StatusWithUndo status={status} undo={undo} />

      {view === 'entries' && editing ? (
        <OpenEntryForm
          editor={editor}
          editing={editing}
          glossary={inUseEntries}
          inUse={inUse}
          settings={settings}
          canEdit={canEdit}
        />
      ) : null}

      {view === 'entries' && !editing ? (
        <EntriesSection
          query={query}
          setFilter={setFilter}
          onSort={sortBy}
          rows={found}
          snapshot={snapshot}
          error={error}
          canEdit={canEdit}
          onEdit={(row) => void editor.edit(row)}
        />
      ) : null}

      {view === 'health' ? (
        <HealthSection
          health={health}
          onCheck={() => void sendMessage('getGlossaryHealth').then(setHealth)}
          inUse={inUse}
          onOpen={(row) => {
            setView('entries');
            void editor.edit(row);
          }}
        />
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
