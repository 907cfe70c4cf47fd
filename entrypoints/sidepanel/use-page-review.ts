/**
 * The side panel's review of the page in front: progress, the result, the
 * "words we used" list for it, and axe-core's checks when asked for.
 */
import { useState } from 'react';
import type { AxeProblem } from '../../src/accessibility/types';
import { sendMessage } from '../../src/messaging/protocol';
import type { AppendixEntry } from '../../src/report/appendix';
import { summarySentence } from '../../src/report/labels';
import { countOf } from '../../src/report/numbers';
import { getSettings } from '../../src/settings/store';
import {
  checkPageWithAxe,
  reviewError,
  reviewedTabId,
  reviewPage,
  showInPage,
  type PageReview,
} from './page-review';

/** axe-core's results: not asked for yet, running, done, or failed. */
export type AxeState = 'none' | 'running' | AxeProblem[] | { error: string };

/** The "words we used" list: being made, made, or failed. */
export type WordsState = 'making' | AppendixEntry[] | { error: string };

/** A place in the page: some of the checked text, or a form's field or button. */
export type PagePlace = { start: number; end: number } | { target: number };

/** "3 things to look at in forms.", or nothing when there are none. */
function countForms(count: number): string {
  return count === 0 ? '' : `${countOf(count, 'thing', 'things')} to look at in forms.`;
}

/** What the review found, in a sentence or two, and what it could not do. */
function reviewSummary(result: PageReview): string {
  const fell = result.fellBack
    ? ' Plainly could not find the main text, so it checked the whole page.'
    : '';
  const cut = result.truncated
    ? ' This page is very long: Plainly checked its first part only.'
    : '';
  return `${summarySentence(result.report)} ${countForms(result.forms.length)}${fell}${cut}`;
}

/** Runs axe-core's checks on the reviewed tab, and says how it went. */
async function runAxe(
  tabId: number,
  setAxe: (axe: AxeState) => void,
  setStatus: (status: string) => void,
) {
  setAxe('running');
  setStatus('Running axe-core’s checks on the page…');
  try {
    const problems = await checkPageWithAxe(tabId);
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
}

/** The review and its parts; `run` reviews the page in front, `status` says how it is going. */
export function usePageReview() {
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState('Choose what to check, then review the page.');
  const [error, setError] = useState<string | null>(null);
  const [review, setReview] = useState<PageReview | null>(null);
  const [axe, setAxe] = useState<AxeState>('none');
  const [words, setWords] = useState<WordsState>('making');

  /** Reviews the main text of the page in front, or the `whole` page. */
  const run = async (whole: boolean) => {
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
      setStatus(reviewSummary(result));
    } catch (cause) {
      setError(reviewError(cause));
      setStatus('The review did not finish.');
    } finally {
      setBusy(false);
    }
  };

  /** Scrolls the page to a place and highlights it, or says it is not there any more. */
  const show = async (where: PagePlace) => {
    if (review === null) return;
    const shown = await showInPage(review.tabId, review.index, where).catch(() => false);
    if (!shown)
      setStatus('Plainly cannot find that place in the page any more. Review the page again.');
  };

  const checkAxe = async () => {
    if (review === null) return;
    await runAxe(review.tabId, setAxe, setStatus);
  };
  return { busy, status, error, review, axe, words, run, show, checkAxe };
}
