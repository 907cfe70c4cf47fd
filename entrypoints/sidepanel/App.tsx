/**
 * The side panel (Firefox: sidebar): review the page in the current tab.
 * One row per thing to fix (src/report/rows.ts), most serious first, with
 * the reading level; "Show" and "Show next" scroll the page to each place
 * and highlight it there. Form and page checks are listed beside the
 * writing, and the "words we used" list for the page below it.
 */
import { useState } from 'react';
import { browser } from '#imports';
import { StatusLines } from '../../src/ui/status-lines';
import { Results } from './Results';
import { usePageReview } from './use-page-review';

/** What to check, "Review this page", how it is going, the results, and a link to review a file. */
export function App() {
  const [whole, setWhole] = useState(false);
  const { busy, status, error, review, axe, words, run, show, checkAxe } = usePageReview();

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
      <button type="button" onClick={() => void run(whole)} disabled={busy}>
        Review this page
      </button>
      <StatusLines status={status} error={error} />
      {review !== null && (
        <Results
          review={review}
          words={words}
          axe={axe}
          onAxe={() => void checkAxe()}
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
