/**
 * The side panel's side of "review this page": find the tab, put the page
 * helper into it, get a copy of the page, find its text here (Readability
 * runs in the side panel, not in the page), and check the text and forms in
 * the background. axe-core's checks run only when asked for.
 */
import { browser } from '#imports';
import type { FormFinding } from '../../src/accessibility/form-types';
import type { ProfileName, Report } from '../../src/checker/types';
import type { PagePlace } from '../../src/documents/page-snapshot';
import { rebuildPage } from '../../src/dom/page-snapshot';
import {
  firstPart,
  indexMainText,
  indexText,
  placeFor,
  type TextIndex,
} from '../../src/dom/page-text';
import { sendMessage } from '../../src/messaging/protocol';
import { MAX_CHECK_TEXT } from '../../src/validation/index';
import type { AxeProblem } from '../../src/accessibility/types';
import { pageMessenger } from '../../src/messaging/review';

/** Plainly's highlight in the page: yellow with dark text, 4.5:1 or more. */
const HIGHLIGHT_CSS =
  '::highlight(plainly-review) { background-color: #ffdd00; color: #0b0c0c; text-decoration: underline 2px; }';

/**
 * The tab to review: `?tab=<id>` when the side panel page is opened for a
 * given tab (tests do this), otherwise the tab in front in this window now.
 */
export async function reviewedTabId(): Promise<number> {
  const fromUrl = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(fromUrl) && fromUrl > 0) return fromUrl;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) throw new Error('no tab');
  return tab.id;
}

const HELPER = '/content-scripts/review-page.js';
const AXE_HELPER = '/content-scripts/review-axe.js';

/**
 * Puts the page helper into the tab. Clicking Plainly's toolbar button on the
 * page gives Plainly the activeTab permission for it; without that, Plainly
 * asks once for permission to read web pages (an optional permission) and
 * tries again.
 */
async function injectHelper(tabId: number, file: typeof HELPER | typeof AXE_HELPER): Promise<void> {
  try {
    await browser.scripting.executeScript({ target: { tabId }, files: [file] });
  } catch (error) {
    const origins = ['https://*/*', 'http://localhost/*', 'http://127.0.0.1/*'];
    if (!(await browser.permissions.request({ origins }).catch(() => false))) throw error;
    await browser.scripting.executeScript({ target: { tabId }, files: [file] });
  }
}

export interface PageReview {
  /** The tab that was reviewed, where findings are shown. */
  tabId: number;
  title: string;
  report: Report;
  forms: FormFinding[];
  /** Where the checked text is on the page. */
  index: TextIndex;
  /** True when the main text was asked for but could not be found, so the whole page was read. */
  fellBack: boolean;
  /** True when the page was too long and only its first part was checked. */
  truncated: boolean;
}

export async function reviewPage(
  tabId: number,
  whole: boolean,
  profile: ProfileName,
): Promise<PageReview> {
  await injectHelper(tabId, HELPER);
  await browser.scripting.insertCSS({ target: { tabId }, css: HIGHLIGHT_CSS });
  const { snapshot, forms: pageForms } = await pageMessenger.sendMessage('pageRead', {}, tabId);
  // Readability changes the copy it reads, so each reading gets a new copy.
  const fresh = () => {
    const copy = rebuildPage(snapshot, document.implementation);
    return { doc: copy.document, idOf: (node: Text) => copy.textIds.get(node) };
  };
  let main: TextIndex | null = null;
  if (!whole) {
    const { doc, idOf } = fresh();
    main = indexMainText(doc, idOf);
  }
  let read = main;
  if (read === null) {
    const { doc, idOf } = fresh();
    read = indexText(doc.body, idOf);
  }
  // The background checks up to MAX_CHECK_TEXT characters at a time.
  const index = firstPart(read, MAX_CHECK_TEXT);
  const [report, forms] = await Promise.all([
    // The page's blocks go in with their kinds, as a file's do.
    sendMessage('check', { text: index.text, profile, blocks: index.blocks }),
    sendMessage('reviewForms', { forms: pageForms, profile }),
  ]);
  return {
    tabId,
    title: snapshot.title,
    report,
    forms,
    index,
    fellBack: !whole && main === null,
    truncated: snapshot.truncated || index !== read,
  };
}

/** Runs axe-core's checks in the page. */
export async function checkPageWithAxe(tabId: number): Promise<AxeProblem[]> {
  await injectHelper(tabId, AXE_HELPER);
  return pageMessenger.sendMessage('pageAxe', {}, tabId);
}

/** Scrolls the page to a stretch of the checked text, or a form field, and highlights it. */
export function showInPage(
  tabId: number,
  index: TextIndex,
  where: { start: number; end: number } | { target: number },
): Promise<boolean> {
  const place: PagePlace | { target: number } | null =
    'target' in where ? where : placeFor(index, where.start, where.end);
  if (place === null) return Promise.resolve(false);
  return pageMessenger.sendMessage('pageShow', place, tabId);
}

/** Why a review failed, in words for the user. */
export function reviewError(cause: unknown): string {
  if (cause instanceof Error && cause.name === 'ProtocolError') return cause.message;
  const text = cause instanceof Error ? cause.message : String(cause);
  if (
    /cannot be scripted|cannot access|chrome:\/\/|extensions gallery|permission|Missing host/i.test(
      text,
    )
  ) {
    return 'Plainly cannot read this page. Browsers do not let extensions read their own pages, the web store, or some PDF views. Open the page as a normal web page, or save it and use “Review a file”.';
  }
  return 'Plainly could not review this page. Reload the page and try again.';
}
