/**
 * The side panel (Firefox: sidebar): review the page in the current tab.
 * Findings are grouped by category with counts and the reading age; choosing
 * one scrolls the page to it and highlights it there. Form and page checks
 * are listed beside the writing findings.
 */
import { useState } from 'react';
import { browser } from '#imports';
import type { Finding, FindingCategory } from '../../src/checker/types';
import { FINDING_CATEGORIES } from '../../src/checker/types';
import { getSettings } from '../../src/settings/store';
import { FindingAdvice, FindingMessage } from '../../src/ui/finding-list';
import { CATEGORY_LABELS, PROFILE_LABELS, summarySentence } from '../../src/ui/labels';
import type { AxeProblem } from '../../src/messaging/review';
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

export function App() {
  const [whole, setWhole] = useState(false);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState('Choose what to check, then review the page.');
  const [error, setError] = useState<string | null>(null);
  const [review, setReview] = useState<PageReview | null>(null);
  const [axe, setAxe] = useState<AxeState>('none');

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
          : `axe-core found ${problems.length} ${problems.length === 1 ? 'problem' : 'problems'} on this page.`,
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
  return count === 0 ? '' : `${count} ${count === 1 ? 'thing' : 'things'} to look at in forms.`;
}

interface ResultsProps {
  review: PageReview;
  axe: AxeState;
  onAxe: () => void;
  onShow: (where: { start: number; end: number } | { target: number }) => void;
}

function Results({ review, axe, onAxe, onShow }: ResultsProps) {
  const { report, forms } = review;
  const byCategory = new Map<FindingCategory, Finding[]>();
  for (const finding of report.findings) {
    const list = byCategory.get(finding.category) ?? [];
    list.push(finding);
    byCategory.set(finding.category, list);
  }
  return (
    <>
      <section aria-labelledby="summary-heading">
        <h2 id="summary-heading">Summary</h2>
        <p>
          Reading age {Math.round(report.stats.readingAge)} (aim for{' '}
          {Math.round(report.stats.targetReadingAge)} or under, {PROFILE_LABELS[report.profile]}{' '}
          style). {report.stats.words} words.
        </p>
        <ul className="category-counts">
          {FINDING_CATEGORIES.map((category) => (
            <li key={category}>
              {CATEGORY_LABELS[category]}: {report.stats.byCategory[category]}
            </li>
          ))}
          <li>Forms: {forms.length}</li>
          {Array.isArray(axe) && <li>Page checks by axe-core: {axe.length}</li>}
        </ul>
      </section>
      <section aria-labelledby="writing-heading">
        <h2 id="writing-heading">Writing</h2>
        {report.findings.length === 0 && <p>Nothing to look at in the writing.</p>}
        {FINDING_CATEGORIES.filter((c) => byCategory.has(c)).map((category) => {
          const list = byCategory.get(category) ?? [];
          return (
            <div key={category}>
              <h3>
                {CATEGORY_LABELS[category]} ({list.length})
              </h3>
              <ol className="finding-list">
                {list.map((finding, index) => (
                  <li
                    key={`${finding.start}:${finding.ruleId}:${index}`}
                    className={`finding finding--${finding.severity}`}
                  >
                    <button
                      type="button"
                      className="link-button secondary"
                      onClick={() => onShow({ start: finding.start, end: finding.end })}
                    >
                      Show “{finding.text}” in the page
                    </button>
                    <FindingMessage severity={finding.severity} message={finding.message} />
                    <FindingAdvice finding={finding} />
                  </li>
                ))}
              </ol>
            </div>
          );
        })}
      </section>
      <section aria-labelledby="forms-heading">
        <h2 id="forms-heading">Forms and page structure</h2>
        {forms.length === 0 && <p>No problems found in the page’s forms.</p>}
        {forms.length > 0 && (
          <>
            <h3>Forms ({forms.length})</h3>
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
      <h3>Page checks by axe-core ({axe.length})</h3>
      {axe.length === 0 && <p>axe-core found no problems on this page.</p>}
      {axe.length > 0 && (
        <ul>
          {axe.map((problem) => (
            <li key={problem.id} data-rule={problem.id}>
              {problem.help} ({problem.count} {problem.count === 1 ? 'place' : 'places'}).{' '}
              <span className="source">Source: {problem.source}.</span>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
