/**
 * The side panel (Firefox: sidebar): review the page in the current tab.
 * One row per thing to fix (src/report/rows.ts), most serious first, with
 * the reading level; "Show" and "Show next" scroll the page to each place
 * and highlight it there. Form and page checks are listed beside the
 * writing, and the "words we used" list for the page below it.
 */
import { useMemo, useState } from 'react';
import { browser } from '#imports';
import type { Finding } from '../../src/checker/types';
import { FINDING_CATEGORIES } from '../../src/checker/types';
import { sendMessage } from '../../src/messaging/protocol';
import type { AppendixEntry } from '../../src/report/appendix';
import { countOf, formatCount } from '../../src/report/numbers';
import { groupFindings, paragraphNumbers } from '../../src/report/rows';
import { getSettings } from '../../src/settings/store';
import { FindingMessage } from '../../src/ui/finding-list';
import { FindingRows } from '../../src/ui/finding-rows';
import { CATEGORY_LABELS, PROFILE_LABELS, summarySentence } from '../../src/report/labels';
import { ReadingLevel } from '../../src/ui/reading-level';
import { safeBaseName } from '../../src/ui/save-file';
import { WordsWeUsed } from '../../src/ui/words-we-used';
import type { AxeProblem } from '../../src/accessibility/types';
import {
  checkPageWithAxe,
  reviewError,
  reviewedTabId,
  reviewPage,
  showInPage,
  type PageReview,
} from './page-review';
import { StatusLines } from '../../src/ui/status-lines';

/** axe-core's results: not asked for yet, running, done, or failed. */
type AxeState = 'none' | 'running' | AxeProblem[] | { error: string };

/** The "words we used" list: being made, made, or failed. */
type WordsState = 'making' | AppendixEntry[] | { error: string };

export function App() {
  const [whole, setWhole] = useState(false);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState('Choose what to check, then review the page.');
  const [error, setError] = useState<string | null>(null);
  const [review, setReview] = useState<PageReview | null>(null);
  const [axe, setAxe] = useState<AxeState>('none');
  const [words, setWords] = useState<WordsState>('making');

  const run = async () => {
    setBusy(true);
    setError(null);
    setStatus('Reviewing the page…');
    // The side panel stays open as you move between tabs: review the one in front now.
    const tabId = await reviewedTabId().catch(() => null);
    if (tabId === null) {
      setError('Plainly cannot find the page to review. Click on the page, then try again.');
      setStatus('The review did not finish.');
      setBusy(false);
      return;
    }
    try {
      const { profile } = await getSettings();
      const result = await reviewPage(tabId, whole, profile);
      setReview(result);
      setAxe('none');
      setWords('making');
      // The same list a file's review and `plainly appendix` give, made with the glossary in use.
      sendMessage('wordsWeUsed', {
        termIds: result.report.stats.glossaryTerms,
        text: result.index.text,
        profile,
      }).then(setWords, () =>
        setWords({ error: 'Plainly could not make the list of words for this page.' }),
      );
      const fell = result.fellBack
        ? ' Plainly could not find the main text, so it checked the whole page.'
        : '';
      const cut = result.truncated
        ? ' This page is very long: Plainly checked its first part only.'
        : '';
      setStatus(
        `${summarySentence(result.report)} ${countForms(result.forms.length)}${fell}${cut}`,
      );
    } catch (cause) {
      setError(reviewError(cause));
      setStatus('The review did not finish.');
    } finally {
      setBusy(false);
    }
  };

  const show = async (where: { start: number; end: number } | { target: number }) => {
    if (review === null) return;
    const shown = await showInPage(review.tabId, review.index, where).catch(() => false);
    if (!shown)
      setStatus('Plainly cannot find that place in the page any more. Review the page again.');
  };

  const runAxe = async () => {
    if (review === null) return;
    setAxe('running');
    setStatus('Running axe-core’s checks on the page…');
    try {
      const problems = await checkPageWithAxe(review.tabId);
      setAxe(problems);
      setStatus(
        problems.length === 0
          ? 'axe-core found no problems on this page.'
          : `axe-core found ${countOf(problems.length, 'problem', 'problems')} on this page.`,
      );
    } catch {
      setAxe({ error: 'axe-core’s checks could not run on this page.' });
      setStatus('axe-core’s checks did not finish.');
    }
  };

  return (
    <main>
      <h1>Review this page</h1>
      <fieldset>
        <legend>What to check</legend>
        <label>
          <input type="radio" name="scope" checked={!whole} onChange={() => setWhole(false)} /> The
          main text
        </label>{' '}
        <label>
          <input type="radio" name="scope" checked={whole} onChange={() => setWhole(true)} /> The
          whole page
        </label>
      </fieldset>
      <button type="button" onClick={() => void run()} disabled={busy}>
        Review this page
      </button>
      <StatusLines status={status} error={error} />
      {review !== null && (
        <Results
          review={review}
          words={words}
          axe={axe}
          onAxe={() => void runAxe()}
          onShow={(where) => void show(where)}
        />
      )}
      <p>
        <a href={browser.runtime.getURL('/review.html')} target="_blank" rel="noreferrer">
          Review a file from your computer (opens in a new tab)
        </a>
      </p>
    </main>
  );
}

function countForms(count: number): string {
  return count === 0 ? '' : `${countOf(count, 'thing', 'things')} to look at in forms.`;
}

interface ResultsProps {
  review: PageReview;
  words: WordsState;
  axe: AxeState;
  onAxe: () => void;
  onShow: (where: { start: number; end: number } | { target: number }) => void;
}

function Results({ review, words, axe, onAxe, onShow }: ResultsProps) {
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
        {forms.length > 0 && (
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
        )}
        <AxeResults axe={axe} onAxe={onAxe} />
      </section>
    </>
  );
}

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
