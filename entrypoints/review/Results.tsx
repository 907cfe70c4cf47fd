/**
 * The review page's results: "Ready to circulate?", a marked-up copy of a
 * Word file, the "words we used" list, then the things to look at beside
 * the document with each of them marked.
 */
import { useMemo, useState } from 'react';
import { countOf, formatCount } from '../../src/report/numbers';
import type { DocumentReview } from '../../src/report/review';
import { groupFindings, paragraphNumbers, placeContext } from '../../src/report/rows';
import { FindingRows } from '../../src/ui/finding-rows';
import { CATEGORY_LABELS } from '../../src/report/labels';
import { ReadingLevel } from '../../src/ui/reading-level';
import { WordsWeUsed } from '../../src/ui/words-we-used';
import { DocumentView } from './DocumentView';
import { baseName, DOCX_TYPE, exportReview, save, savedName, type ExportKind } from './exports';
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

/**
 * Scrolls the document view (only it, so the button you pressed stays
 * where it is) to put `place` a third of the way down.
 */
function scrollTo(place: ViewFinding): void {
  const anchor = document.getElementById(place.id);
  const view = anchor?.closest('.document-view');
  if (anchor && view instanceof HTMLElement) {
    const top =
      anchor.getBoundingClientRect().top - view.getBoundingClientRect().top + view.scrollTop;
    view.scrollTop = Math.max(0, top - view.clientHeight / 3);
  }
}

/** The results of reviewing `file`. */
export function Results({ review, file }: { review: DocumentReview; file: File | null }) {
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
    scrollTo(place);
  };

  return (
    <>
      <ReadyToCirculate review={review} />
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

/** "Ready to circulate?": yes or not yet, the reading level, the checklist, and ways to save. */
function ReadyToCirculate({ review }: { review: DocumentReview }) {
  const r = review.readiness;
  return (
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
