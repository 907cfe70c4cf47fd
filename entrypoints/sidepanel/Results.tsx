/**
 * The side panel's results: the summary, the writing, the "words we used"
 * list, and the page's forms and structure (with axe-core's checks).
 */
import { useMemo } from 'react';
import type { Finding } from '../../src/checker/types';
import { FINDING_CATEGORIES } from '../../src/checker/types';
import type { FormFinding } from '../../src/accessibility/form-types';
import { CATEGORY_LABELS, PROFILE_LABELS } from '../../src/report/labels';
import { countOf, formatCount } from '../../src/report/numbers';
import { groupFindings, paragraphNumbers, type FindingRow } from '../../src/report/rows';
import { FindingMessage } from '../../src/ui/finding-list';
import { FindingRows } from '../../src/ui/finding-rows';
import { ReadingLevel } from '../../src/ui/reading-level';
import { safeBaseName } from '../../src/ui/save-file';
import { WordsWeUsed } from '../../src/ui/words-we-used';
import type { PageReview } from './page-review';
import type { AxeState, PagePlace, WordsState } from './use-page-review';

interface ResultsProps {
  review: PageReview;
  words: WordsState;
  axe: AxeState;
  onAxe: () => void;
  onShow: (where: PagePlace) => void;
}

/** Every part of the results, in order. */
export function Results({ review, words, axe, onAxe, onShow }: ResultsProps) {
  const { report, forms } = review;
  const rows = useMemo(() => groupFindings(report.findings), [report]);
  // "paragraph 12": the page's headings, paragraphs, list items and table cells, counted from 1.
  const paragraphOf = useMemo(() => paragraphNumbers(review.index.blocks), [review]);
  const placeLabel = (place: Finding) => {
    const paragraph = paragraphOf(place.start);
    return paragraph === undefined ? undefined : `paragraph ${formatCount(paragraph)}`;
  };
  return (
    <>
      <Summary review={review} rows={rows} axe={axe} />
      <section aria-labelledby="writing-heading">
        <h2 id="writing-heading">Writing ({formatCount(rows.length)})</h2>
        {rows.length === 0 && <p>Nothing to look at in the writing.</p>}
        <FindingRows
          rows={rows}
          placeLabel={placeLabel}
          onShow={(place) => onShow({ start: place.start, end: place.end })}
          showLabel={(quote) => `Show “${quote}” in the page`}
        />
      </section>
      {Array.isArray(words) ? (
        <WordsWeUsed
          entries={words}
          title={review.title}
          base={safeBaseName(review.title, 'page')}
          what="page"
          showList
        />
      ) : (
        <section aria-labelledby="words-heading">
          <h2 id="words-heading">Words we used</h2>
          <p>{words === 'making' ? 'Making the list…' : words.error}</p>
        </section>
      )}
      <section aria-labelledby="forms-heading">
        <h2 id="forms-heading">Forms and page structure</h2>
        {forms.length === 0 && <p>No problems found in the page’s forms.</p>}
        {forms.length > 0 && <FormProblems forms={forms} onShow={onShow} />}
        <AxeResults axe={axe} onAxe={onAxe} />
      </section>
    </>
  );
}

/** The reading level, the size of the text, and how many things of each kind there are. */
function Summary({
  review,
  rows,
  axe,
}: {
  review: PageReview;
  rows: readonly FindingRow<Finding>[];
  axe: AxeState;
}) {
  const { report, forms } = review;
  return (
    <section aria-labelledby="summary-heading">
      <h2 id="summary-heading">Summary</h2>
      <ReadingLevel
        stats={report.stats}
        extra={`${countOf(report.stats.words, 'word', 'words')}. Checked in the ${PROFILE_LABELS[report.profile]} style.`}
      />
      <ul className="category-counts">
        {FINDING_CATEGORIES.map((category) => (
          <li key={category}>
            {CATEGORY_LABELS[category]}:{' '}
            {formatCount(rows.filter((row) => row.lead.category === category).length)}
          </li>
        ))}
        <li>Forms: {formatCount(forms.length)}</li>
        {Array.isArray(axe) && <li>Page checks by axe-core: {formatCount(axe.length)}</li>}
      </ul>
    </section>
  );
}

/** The problems in the page's forms, each with a button that shows its field or button. */
function FormProblems({
  forms,
  onShow,
}: {
  forms: readonly FormFinding[];
  onShow: (where: PagePlace) => void;
}) {
  return (
    <>
      <h3>Forms ({formatCount(forms.length)})</h3>
      <ol className="finding-list">
        {forms.map((finding, index) => (
          <li
            key={`${finding.target}:${finding.ruleId}:${index}`}
            className={`finding finding--${finding.severity}`}
            data-rule={finding.ruleId}
          >
            <button
              type="button"
              className="link-button secondary"
              onClick={() => onShow({ target: finding.target })}
            >
              Show this {finding.where === 'button' ? 'button' : 'field'} in the page
            </button>
            <FindingMessage severity={finding.severity} message={finding.message} />
            <p className="source">Source: {finding.source}</p>
          </li>
        ))}
      </ol>
    </>
  );
}

/** axe-core's checks: a button to run them, then what they found (or why they could not run). */
function AxeResults({ axe, onAxe }: { axe: AxeState; onAxe: () => void }) {
  if (axe === 'none' || axe === 'running') {
    return (
      <>
        <p id="axe-hint">
          axe-core can also check the page for colour contrast, labels, names of links and buttons,
          headings and language. On a long page, the page may stop responding for a few seconds
          while it checks.
        </p>
        <button
          type="button"
          className="secondary"
          aria-describedby="axe-hint"
          onClick={onAxe}
          disabled={axe === 'running'}
        >
          Check the page with axe-core
        </button>
      </>
    );
  }
  if (!Array.isArray(axe)) return <p>{axe.error}</p>;
  return (
    <>
      <h3>Page checks by axe-core ({formatCount(axe.length)})</h3>
      {axe.length === 0 && <p>axe-core found no problems on this page.</p>}
      {axe.length > 0 && (
        <ul>
          {axe.map((problem) => (
            <li key={problem.id} data-rule={problem.id}>
              {problem.help} ({countOf(problem.count, 'place', 'places')}).{' '}
              <span className="source">Source: {problem.source}.</span>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
