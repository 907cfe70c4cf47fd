/**
 * The side panel's review of the page in front: progress, the result, the
 * "words we used" list for it, and axe-core's checks when asked for.
 */
import { useEffect, useRef, useState } from 'react';
import { storage } from '#imports';
import type { AxeProblem } from '../../src/accessibility/types';
import { GLOSSARY_VERSION_KEY } from '../../src/messaging/glossary';
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

  /** The last review asked for, so a glossary change can run it again. */
  const last = useRef<{ tabId: number; whole: boolean } | null>(null);
  const running = useRef(false);

  /** Reviews the main text of the page in front, or the `whole` page. */
  const run = async (whole: boolean) => {
    // The side panel stays open as you move between tabs: review the one in front now.
    const tabId = await reviewedTabId().catch(() => null);
    if (tabId === null) {
      setError('Plainly cannot find the page to review. Click on the page, then try again.');
      setStatus('The review did not finish.');
      return;
    }
    await reviewTab(tabId, whole, 'Reviewing the page…');
  };

  /**
   * Reviews `tabId`, saying `doing` while it runs, then `done` before what it
   * found; returns whether it finished.
   */
  const reviewTab = async (
    tabId: number,
    whole: boolean,
    doing: string,
    done = '',
  ): Promise<boolean> => {
    running.current = true;
    setBusy(true);
    setError(null);
    setStatus(doing);
    try {
      const { profile } = await getSettings();
      const result = await reviewPage(tabId, whole, profile);
      last.current = { tabId, whole };
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
      setStatus(`${done}${reviewSummary(result)}`);
      return true;
    } catch (cause) {
      setError(reviewError(cause));
      setStatus('The review did not finish.');
      return false;
    } finally {
      running.current = false;
      setBusy(false);
    }
  };

  // When the glossary changes (a word added or ignored, a feed updated), the
  // findings shown may be out of date: review the same page again with it.
  useEffect(() => {
    const unwatch = storage.watch<number>(`local:${GLOSSARY_VERSION_KEY}`, () => {
      const again = last.current;
      if (again === null || running.current) return;
      void reviewTab(
        again.tabId,
        again.whole,
        'The glossary changed. Reviewing the page again…',
        'Reviewed again with the changed glossary. ',
      );
    });
    return unwatch;
    // reviewTab reads only refs and state setters, which do not change.
  }, []);

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
