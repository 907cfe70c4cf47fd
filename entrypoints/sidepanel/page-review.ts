/**
 * The side panel's side of "review this page": find the tab, put the page
 * helper into it, read the page, and check its text and forms in the
 * background.
 */
import { browser } from '#imports';
import type { FormFinding } from '../../src/accessibility/form-types';
import type { ProfileName, Report } from '../../src/checker/types';
import { sendMessage } from '../../src/messaging/protocol';
import { pageMessenger, type PageText } from '../../src/messaging/review';

/** Plainly's highlight in the page: yellow with dark text, 4.5:1 or more. */
const HIGHLIGHT_CSS =
  '::highlight(plainly-review) { background-color: #ffdd00; color: #0b0c0c; text-decoration: underline 2px; }';

/**
 * The tab to review: `?tab=<id>` when the side panel page is opened for a
 * given tab (tests do this), otherwise the active tab of this window.
 */
export async function reviewedTabId(): Promise<number> {
  const fromUrl = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(fromUrl) && fromUrl > 0) return fromUrl;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) throw new Error('no tab');
  return tab.id;
}

const HELPER = '/content-scripts/review-page.js';

/**
 * Puts the page helper into the tab. Clicking Plainly's toolbar button on the
 * page gives Plainly the activeTab permission for it; without that, Plainly
 * asks once for permission to read web pages (an optional permission) and
 * tries again.
 */
async function injectHelper(tabId: number): Promise<void> {
  try {
    await browser.scripting.executeScript({ target: { tabId }, files: [HELPER] });
  } catch (error) {
    const origins = ['https://*/*', 'http://localhost/*', 'http://127.0.0.1/*'];
    if (!(await browser.permissions.request({ origins }).catch(() => false))) throw error;
    await browser.scripting.executeScript({ target: { tabId }, files: [HELPER] });
  }
}

export interface PageReview {
  page: PageText;
  report: Report;
  forms: FormFinding[];
}

export async function reviewPage(
  tabId: number,
  whole: boolean,
  profile: ProfileName,
): Promise<PageReview> {
  await injectHelper(tabId);
  await browser.scripting.insertCSS({ target: { tabId }, css: HIGHLIGHT_CSS });
  const page = await pageMessenger.sendMessage('pageRead', { whole }, tabId);
  const [report, forms] = await Promise.all([
    sendMessage('check', { text: page.text, profile, format: 'text' }),
    sendMessage('reviewForms', { forms: page.forms, profile }),
  ]);
  return { page, report, forms };
}

export function showInPage(
  tabId: number,
  where: { start: number; end: number } | { target: number },
): Promise<boolean> {
  return pageMessenger.sendMessage('pageShow', where, tabId);
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
