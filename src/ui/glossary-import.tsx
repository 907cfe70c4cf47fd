/**
 * Import with a preview and an error list, export as CSV or JSON, and
 * "Publish" (the feed file, downloaded for the maintainer to put online).
 * Nothing changes until you choose "Import"; a file with any problem changes
 * nothing at all.
 */
import { useState } from 'react';
import type { FileProblem } from '../glossary/csv';
import { glossaryToCsv } from '../glossary/csv';
import type { ImportPreview } from '../glossary/diff';
import { glossaryToFeed } from '../glossary/feed';
import { describeProblem, readGlossaryFile } from '../glossary/read-file';
import type { GlossaryEntry } from '../glossary/schema';
import { sendMessage } from '../messaging/protocol';
import { downloadText, today } from './glossary-download';

interface Pending {
  fileName: string;
  entries: GlossaryEntry[];
  preview: ImportPreview;
}

export function ImportExport({ canEdit, onChanged }: { canEdit: boolean; onChanged: () => void }) {
  const [problems, setProblems] = useState<FileProblem[] | null>(null);
  const [pending, setPending] = useState<Pending | null>(null);
  const [status, setStatus] = useState('');
  const [scope, setScope] = useState<'all' | 'own'>('all');
  const [feedName, setFeedName] = useState('');

  async function choose(file: File | undefined) {
    setStatus('');
    setProblems(null);
    setPending(null);
    if (!file) return;
    const result = readGlossaryFile(file.name, new Uint8Array(await file.arrayBuffer()));
    if (!result.entries) {
      setProblems(result.problems);
      return;
    }
    const answer = await sendMessage('previewGlossaryImport', { entries: result.entries });
    if (!answer.preview) {
      setProblems(answer.problems);
      return;
    }
    setPending({ fileName: file.name, entries: result.entries, preview: answer.preview });
  }

  async function apply() {
    if (!pending) return;
    const result = await sendMessage('applyGlossaryImport', {
      entries: pending.entries,
      source: pending.fileName,
    });
    if (!result.ok) {
      setProblems(result.problems);
      setPending(null);
      return;
    }
    setPending(null);
    setStatus(
      `Imported ${pending.fileName}: ${result.written ?? 0} entries added or changed. Plainly uses them straight away.`,
    );
    onChanged();
  }

  async function exportAs(format: 'csv' | 'json') {
    const entries = await sendMessage('exportGlossary', { scope });
    const base = scope === 'own' ? 'plainly-own-entries' : 'plainly-glossary';
    if (format === 'csv')
      downloadText(`${base}-${today()}.csv`, glossaryToCsv(entries), 'text/csv;charset=utf-8');
    else downloadText(`${base}-${today()}.json`, glossaryToFeed(entries), 'application/json');
    setStatus(`Exported ${entries.length} entries as ${format.toUpperCase()}.`);
  }

  async function publish() {
    const entries = await sendMessage('exportGlossary', { scope });
    const name = feedName.trim() || 'Our glossary';
    downloadText(
      'glossary-feed.json',
      glossaryToFeed(entries, { name, publishedAt: new Date().toISOString() }),
      'application/json',
    );
    setStatus(
      `Saved glossary-feed.json with ${entries.length} entries. Put it where your staff’s copies can fetch it over HTTPS.`,
    );
  }

  const p = pending?.preview;
  return (
    <section aria-labelledby="import-heading">
      <h2 id="import-heading">Import a glossary file</h2>
      <p className="hint" id="import-hint">
        A CSV or JSON file of up to 5 MB. You see what will change before anything does. Entries go
        into your own entries; entries with the same id are replaced.
      </p>
      <div className="field">
        <label htmlFor="import-file">Choose a CSV or JSON file</label>
        <input
          id="import-file"
          type="file"
          accept=".csv,.json,text/csv,application/json"
          aria-describedby="import-hint"
          disabled={!canEdit}
          onChange={(e) => void choose(e.target.files?.[0])}
        />
      </div>
      {problems ? (
        <div className="error-summary" role="alert" aria-labelledby="import-problems-heading">
          <h3 id="import-problems-heading">
            This file has {problems.length === 1 ? 'a problem' : `${problems.length} problems`}.
            Nothing was changed.
          </h3>
          <ul className="problem-list">
            {problems.slice(0, 500).map((problem, i) => (
              <li key={i}>{describeProblem(problem)}</li>
            ))}
          </ul>
          {problems.length > 500 ? <p>And {problems.length - 500} more.</p> : null}
        </div>
      ) : null}
      {p && pending ? (
        <div className="panel" aria-labelledby="preview-heading">
          <h3 id="preview-heading">What importing {pending.fileName} will do</h3>
          <ul>
            <li>{p.added.length} new</li>
            <li>{p.changed.length} changed</li>
            <li>{p.unchanged.length} unchanged</li>
            <li>{p.conflicting.length} using the same words as another entry</li>
          </ul>
          {p.changed.length > 0 ? (
            <details>
              <summary>Changed entries</summary>
              <ul>
                {p.changed.slice(0, 200).map(({ entry, changes }) => (
                  <li key={entry.id}>
                    {entry.term}: {changes.map((c) => c.field).join(', ')}
                  </li>
                ))}
              </ul>
            </details>
          ) : null}
          {p.conflicting.length > 0 ? (
            <ul>
              {p.conflicting.slice(0, 200).map(({ entry, otherId, phrase }) => (
                <li key={entry.id}>
                  “{phrase}” in {entry.id} is also in {otherId}. Your own entry will come first.
                </li>
              ))}
            </ul>
          ) : null}
          <div className="row">
            <button type="button" onClick={() => void apply()}>
              Import
            </button>
            <button type="button" className="secondary" onClick={() => setPending(null)}>
              Cancel
            </button>
          </div>
        </div>
      ) : null}
      <p className="status" role="status">
        {status}
      </p>

      <h2 id="export-heading">Export and publish</h2>
      <div className="field">
        <label htmlFor="export-scope">What to export</label>
        <select
          id="export-scope"
          value={scope}
          onChange={(e) => setScope(e.target.value as 'all' | 'own')}
        >
          <option value="all">The whole glossary in use</option>
          <option value="own">Only your own entries</option>
        </select>
      </div>
      <div className="row">
        <button type="button" className="secondary" onClick={() => void exportAs('csv')}>
          Export as CSV
        </button>
        <button type="button" className="secondary" onClick={() => void exportAs('json')}>
          Export as JSON
        </button>
      </div>
      <div className="field">
        <label htmlFor="feed-name">Name of your published glossary</label>
        <input
          id="feed-name"
          type="text"
          value={feedName}
          onChange={(e) => setFeedName(e.target.value)}
        />
      </div>
      <button type="button" onClick={() => void publish()}>
        Publish the feed file
      </button>
    </section>
  );
}
