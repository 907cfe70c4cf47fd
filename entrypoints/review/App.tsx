/**
 * "Review a file": drop or choose a .docx, .pdf, .html, .md or .txt file. It
 * is read on this computer in a Web Worker, checked in the background with
 * the glossary in use, and shown with its findings marked and listed. The
 * report and the "words we used" list can be saved or copied, and a .docx
 * can be downloaded marked up with the suggestions (src/markup, in a worker).
 */
import { useEffect, useMemo, useState, type DragEvent } from 'react';
import type { ProfileName } from '../../src/checker/types';
import { PROFILE_NAMES } from '../../src/checker/types';
import { ACCEPTED_EXTENSIONS } from '../../src/documents/index';
import { sendMessage } from '../../src/messaging/protocol';
import { countOf, formatCount } from '../../src/report/numbers';
import { readingLevelSentence } from '../../src/report/reading-age';
import type { DocumentReview } from '../../src/report/review';
import { groupFindings, paragraphNumbers, placeContext } from '../../src/report/rows';
import { getSettings } from '../../src/settings/store';
import { FindingRows } from '../../src/ui/finding-rows';
import { CATEGORY_LABELS, countThings, PROFILE_LABELS } from '../../src/report/labels';
import { ReadingLevel } from '../../src/ui/reading-level';
import { WordsWeUsed } from '../../src/ui/words-we-used';
import { DocumentView } from './DocumentView';
import { baseName, DOCX_TYPE, exportReview, save, savedName, type ExportKind } from './exports';
import { readFile } from './read-file';
import { suggestFile } from './suggest-file';
import { contents, HOW_TO_REVIEW, notes } from '../../src/markup/summary';
import { viewFindings, type ViewFinding } from './view-findings';
import { StatusLines } from '../../src/ui/status-lines';

const EXPORTS: { kind: ExportKind; label: string }[] = [
  { kind: 'report-html', label: 'Save the report (HTML, prints to PDF)' },
  { kind: 'report-md', label: 'Save the report (Markdown)' },
  { kind: 'report-json', label: 'Save the report (JSON)' },
  { kind: 'findings-csv', label: 'Save the findings (CSV)' },
];

export function App() {
  const [profile, setProfile] = useState<ProfileName>('plain');
  const [status, setStatus] = useState(
    'Choose a file, or drop one here. It stays on your computer.',
  );
  const [error, setError] = useState<string | null>(null);
  const [review, setReview] = useState<DocumentReview | null>(null);
  const [file, setFile] = useState<File | null>(null);
  const [dragging, setDragging] = useState(false);

  useEffect(() => {
    getSettings().then(
      (settings) => setProfile(settings.profile),
      () => undefined,
    );
  }, []);

  const open = async (file: File | undefined) => {
    if (!file) return;
    setError(null);
    setReview(null);
    setFile(file);
    setStatus(`Reading ${file.name}…`);
    try {
      const document = await readFile(file);
      setStatus(`Checking ${file.name}…`);
      const result = await sendMessage('reviewDocument', { document, profile });
      setReview(result);
      const r = result.readiness;
      setStatus(
        `${file.name}: ${countThings(r.total)} to look at. ${readingLevelSentence(result.report.stats)}`,
      );
    } catch (cause) {
      setStatus(`Plainly could not review ${file.name}.`);
      setError(
        cause instanceof Error && (cause.name === 'DocumentError' || cause.name === 'ProtocolError')
          ? cause.message
          : 'Plainly could not read this file. It may be damaged.',
      );
    }
  };

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    void open(event.dataTransfer.files[0]);
  };

  return (
    <main>
      <h1>Review a file</h1>
      <p>
        Check a paper before it goes out: its writing, its accessibility, and the words that need
        explaining.
      </p>
      <div
        className={`drop-zone${dragging ? ' drop-zone--active' : ''}`}
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <p>
          <label htmlFor="file">Choose a file (.docx, .pdf, .html, .md or .txt, up to 50 MB)</label>
        </p>
        <input
          id="file"
          type="file"
          accept={ACCEPTED_EXTENSIONS.join(',')}
          onChange={(event) => void open(event.target.files?.[0])}
        />
        <p>
          <label htmlFor="profile">Writing style</label>{' '}
          <select
            id="profile"
            value={profile}
            onChange={(event) => setProfile(event.target.value as ProfileName)}
          >
            {PROFILE_NAMES.map((name) => (
              <option key={name} value={name}>
                {PROFILE_LABELS[name]}
              </option>
            ))}
          </select>
        </p>
      </div>
      <StatusLines status={status} error={error} />
      {review !== null && <Results review={review} file={file} />}
    </main>
  );
}

function Results({ review, file }: { review: DocumentReview; file: File | null }) {
  const r = review.readiness;
  const findings = useMemo(() => viewFindings(review), [review]);
  const rows = useMemo(() => groupFindings(findings), [findings]);
  const paragraphOf = useMemo(() => paragraphNumbers(review.document.blocks), [review]);
  // The place the user stepped to last, marked in the document view.
  const [current, setCurrent] = useState<ViewFinding | null>(null);
  const title = review.document.title ?? review.document.name;

  const placeLabel = (place: ViewFinding) => {
    if (place.page !== undefined) return `page ${formatCount(place.page)}`;
    if (place.text === '' && place.start === place.end) return undefined;
    const paragraph = paragraphOf(place.start);
    return paragraph === undefined ? undefined : `paragraph ${formatCount(paragraph)}`;
  };

  const show = (place: ViewFinding) => {
    setCurrent(place);
    // Scroll the document view only, so the button you pressed stays where it is.
    const anchor = document.getElementById(place.id);
    const view = anchor?.closest('.document-view');
    if (anchor && view instanceof HTMLElement) {
      const top =
        anchor.getBoundingClientRect().top - view.getBoundingClientRect().top + view.scrollTop;
      view.scrollTop = Math.max(0, top - view.clientHeight / 3);
    }
  };

  return (
    <>
      <section aria-labelledby="ready-heading">
        <h2 id="ready-heading">Ready to circulate?</h2>
        <p>
          {r.ready
            ? 'Yes: nothing must change, and the checklist is done.'
            : 'Not yet: see what to change below.'}
        </p>
        <ReadingLevel stats={review.report.stats} extra={`${countOf(r.words, 'word', 'words')}.`} />
        <ul>
          {r.checklist.map((item) => (
            <li key={item.id}>
              {item.label}: <strong>{item.done ? 'Yes' : 'Not yet'}</strong>
              {item.done ? '' : `. ${item.advice}`}
            </li>
          ))}
        </ul>
        <div className="actions">
          <ExportButtons review={review} exports={EXPORTS} />
        </div>
      </section>
      {review.document.kind === 'docx' && file !== null && (
        <MarkedUpCopy review={review} file={file} />
      )}
      <WordsWeUsed entries={review.appendix} title={title} base={baseName(review)} what="paper" />
      <div className="review-results">
        <section aria-labelledby="findings-heading">
          <h2 id="findings-heading">Things to look at ({formatCount(rows.length)})</h2>
          <FindingRows
            rows={rows}
            placeLabel={placeLabel}
            href={(place) => `#${place.id}`}
            onShow={show}
            excerpt={(place) => {
              if (place.start === place.end) return null;
              const { before, words, after } = placeContext(
                review.document.text,
                place.start,
                place.end,
              );
              return (
                <>
                  {before}
                  <mark>{words}</mark>
                  {after}
                </>
              );
            }}
            categoryLabel={(f) =>
              f.category !== undefined ? CATEGORY_LABELS[f.category] : 'Accessibility'
            }
          />
        </section>
        <section aria-labelledby="document-heading">
          <h2 id="document-heading">{title}</h2>
          <DocumentView document={review.document} findings={findings} current={current} />
        </section>
      </div>
    </>
  );
}

/** The author's own Word file with Plainly's suggestions in it, to send back. */
function MarkedUpCopy({ review, file }: { review: DocumentReview; file: File }) {
  const [status, setStatus] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const download = async () => {
    setBusy(true);
    setError(null);
    setStatus('Putting the suggestions into your Word file…');
    try {
      const result = await suggestFile(file, review);
      const name = savedName(review, 'suggestions.docx');
      save(result.bytes as BlobPart, DOCX_TYPE, name);
      setStatus(
        [
          `Saved ${name} with ${contents(result)}.`,
          HOW_TO_REVIEW,
          ...notes(result, 'They are still in the findings below.'),
        ].join(' '),
      );
    } catch (cause) {
      setStatus('');
      setError(
        cause instanceof Error && cause.name === 'DocumentError'
          ? cause.message
          : 'Plainly could not mark up this file. Choose it again and try once more.',
      );
    } finally {
      setBusy(false);
    }
  };
  return (
    <section aria-labelledby="markup-heading">
      <h2 id="markup-heading">Send it back marked up</h2>
      <p>
        Get this Word file back with Plainly’s suggestions in it: plainer words as tracked changes,
        and other advice as comments. Your file stays on your computer, and the one you chose is not
        changed.
      </p>
      <div className="actions">
        <button type="button" disabled={busy} onClick={() => void download()}>
          Download the Word file with suggestions
        </button>
      </div>
      <StatusLines status={status} error={error} />
    </section>
  );
}

/** One button for each way to save the review. */
function ExportButtons({
  review,
  exports,
}: {
  review: DocumentReview;
  exports: readonly { kind: ExportKind; label: string }[];
}) {
  return exports.map(({ kind, label }) => (
    <button
      key={kind}
      type="button"
      className="secondary"
      onClick={() => exportReview(review, kind)}
    >
      {label}
    </button>
  ));
}
