/**
 * Import with a preview and an error list, export as CSV or JSON, and
 * "Publish" (the feed file, downloaded for the maintainer to put online).
 * Nothing changes until you choose "Import"; a file with any problem changes
 * nothing at all.
 *
 * The page reads the file and sends its text to the background, which
 * merges it with the glossary in use (src/glossary/import.ts): a CSV file
 * may have only some columns, and an older file is upgraded. The preview
 * says what will happen; "Import" merges again with the glossary as it is
 * then, so a change made in another tab in between is kept.
 */
import { useState } from 'react';
import type { FileProblem } from '../glossary/csv';
import { glossaryToCsv } from '../glossary/csv';
import type { ImportPreview } from '../glossary/diff';
import { glossaryToFeed } from '../glossary/feed';
import type { ImportSummary } from '../glossary/import';
import { fileSizeProblem } from '../glossary/limits';
import { decodeUtf8, describeProblem } from '../glossary/read-file';
import { sendMessage } from '../messaging/protocol';
import { downloadText, today } from './glossary-download';
import { GLOSSARY_CATEGORY_LABELS } from './glossary-labels';
import { entries as entryCount, fieldWords, importPreviewLines } from './glossary-messages';

interface Pending {
  fileName: string;
  text: string;
  preview: ImportPreview;
  summary: ImportSummary;
}

export interface ImportExportProps {
  canEdit: boolean;
  /** Runs a change from this page (the glossary is loaded again after it). */
  write: <T>(change: () => Promise<T>) => Promise<T>;
}

/** Which entries to export: the whole glossary in use, or only your own. */
type Scope = 'all' | 'own';

/** A problem with the whole file. */
const whole = (problem: string): FileProblem[] => [
  { entry: '(file)', field: '(whole file)', problem },
];

/** Reading a chosen file, showing what importing it would do, and importing it. */
function useImport(write: ImportExportProps['write'], setStatus: (status: string) => void) {
  const [problems, setProblems] = useState<FileProblem[] | null>(null);
  const [pending, setPending] = useState<Pending | null>(null);

  async function choose(file: File | undefined) {
    setStatus('');
    setProblems(null);
    setPending(null);
    if (!file) return;
    const tooBig = fileSizeProblem(file.size);
    if (tooBig !== undefined) {
      setProblems(whole(tooBig));
      return;
    }
    const { text, problem } = decodeUtf8(new Uint8Array(await file.arrayBuffer()));
    if (text === undefined) {
      setProblems(whole(problem ?? 'cannot be read'));
      return;
    }
    const answer = await sendMessage('previewGlossaryFile', { fileName: file.name, text });
    if (!answer.preview || !answer.summary) {
      setProblems(answer.problems);
      return;
    }
    setPending({ fileName: file.name, text, preview: answer.preview, summary: answer.summary });
  }

  async function apply() {
    if (!pending) return;
    const { fileName, text } = pending;
    const result = await write(() => sendMessage('importGlossaryFile', { fileName, text }));
    setPending(null);
    if (!result.ok) {
      setProblems(result.problems);
      return;
    }
    setStatus(
      `Imported ${fileName}: ${entryCount(result.written ?? 0)} added or changed. Plainly uses them straight away.`,
    );
  }

  return { problems, pending, choose, apply, cancel: () => setPending(null) };
}

/** Downloads the glossary (or your own entries) as CSV or JSON; returns what to tell the user. */
async function exportAs(scope: Scope, format: 'csv' | 'json'): Promise<string> {
  const entries = await sendMessage('exportGlossary', { scope });
  const base = scope === 'own' ? 'plainly-own-entries' : 'plainly-glossary';
  if (format === 'csv')
    downloadText(`${base}-${today()}.csv`, glossaryToCsv(entries), 'text/csv;charset=utf-8');
  else downloadText(`${base}-${today()}.json`, glossaryToFeed(entries), 'application/json');
  return `Exported ${entries.length} entries as ${format.toUpperCase()}.`;
}

/** Downloads the feed file, named `feedName`; returns what to tell the user. */
async function publish(scope: Scope, feedName: string): Promise<string> {
  const entries = await sendMessage('exportGlossary', { scope });
  const name = feedName.trim() || 'Our glossary';
  downloadText(
    'glossary-feed.json',
    glossaryToFeed(entries, { name, publishedAt: new Date().toISOString() }),
    'application/json',
  );
  return `Saved glossary-feed.json with ${entries.length} entries. Put it where your staff’s copies can fetch it over HTTPS.`;
}

/** Import a file (with its problems or a preview), then export and publish; one status line between. */
export function ImportExport({ canEdit, write }: ImportExportProps) {
  const [status, setStatus] = useState('');
  const { problems, pending, choose, apply, cancel } = useImport(write, setStatus);
  return (
    <section aria-labelledby="import-heading">
      <h2 id="import-heading">Import a glossary file</h2>
      <p className="hint" id="import-hint">
        A CSV or JSON file of up to 5 MB. You see what will change before anything does. Entries go
        into your own entries; entries with the same id are replaced. A CSV file may have only some
        columns (for example id, definition and advice): only those fields change.
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
      {problems ? <ImportProblems problems={problems} /> : null}
      {pending ? (
        <ImportPreviewPanel pending={pending} onImport={() => void apply()} onCancel={cancel} />
      ) : null}
      <p className="status" role="status">
        {status}
      </p>
      <ExportControls onDone={setStatus} />
    </section>
  );
}

/** Why the file cannot be imported (the first 500 problems). */
function ImportProblems({ problems }: { problems: readonly FileProblem[] }) {
  return (
    <div className="error-summary" role="alert" aria-labelledby="import-problems-heading">
      <h3 id="import-problems-heading">
        This file has {problems.length === 1 ? 'a problem' : `${problems.length} problems`}. Nothing
        was changed.
      </h3>
      <ul className="problem-list">
        {problems.slice(0, 500).map((problem, i) => (
          <li key={i}>{describeProblem(problem)}</li>
        ))}
      </ul>
      {problems.length > 500 ? <p>And {problems.length - 500} more.</p> : null}
    </div>
  );
}

/** What importing the file will do: the summary, new and changed entries, words two entries claim. */
function ImportPreviewPanel({
  pending,
  onImport,
  onCancel,
}: {
  pending: Pending;
  onImport: () => void;
  onCancel: () => void;
}) {
  const p = pending.preview;
  return (
    <div className="panel" aria-labelledby="preview-heading">
      <h3 id="preview-heading">What importing {pending.fileName} will do</h3>
      <ul id="import-preview">
        {importPreviewLines(p, pending.summary).map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      {p.added.length > 0 ? (
        <details>
          <summary>New entries</summary>
          <ul>
            {p.added.slice(0, 200).map((entry) => (
              <li key={entry.id}>
                {entry.term} ({GLOSSARY_CATEGORY_LABELS[entry.category]})
              </li>
            ))}
          </ul>
        </details>
      ) : null}
      {p.changed.length > 0 ? (
        <details>
          <summary>What changes in each entry</summary>
          <ul>
            {p.changed.slice(0, 200).map(({ entry, changes }) => (
              <li key={entry.id}>
                {entry.term}: {changes.map((c) => fieldWords(c.field)).join(', ')}
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
        <button type="button" onClick={onImport}>
          Import
        </button>
        <button type="button" className="secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </div>
  );
}

/** What to export, the export buttons, and publishing the feed file; `onDone` gets what to say. */
function ExportControls({ onDone }: { onDone: (status: string) => void }) {
  const [scope, setScope] = useState<Scope>('all');
  const [feedName, setFeedName] = useState('');
  return (
    <>
      <h2 id="export-heading">Export and publish</h2>
      <div className="field">
        <label htmlFor="export-scope">What to export</label>
        <select id="export-scope" value={scope} onChange={(e) => setScope(e.target.value as Scope)}>
          <option value="all">The whole glossary in use</option>
          <option value="own">Only your own entries</option>
        </select>
      </div>
      <div className="row">
        <button
          type="button"
          className="secondary"
          onClick={() => void exportAs(scope, 'csv').then(onDone)}
        >
          Export as CSV
        </button>
        <button
          type="button"
          className="secondary"
          onClick={() => void exportAs(scope, 'json').then(onDone)}
        >
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
      <button type="button" onClick={() => void publish(scope, feedName).then(onDone)}>
        Publish the feed file
      </button>
    </>
  );
}
