/**
 * The host of the page in the current tab, asked of that page's content
 * script (so the popup needs no `tabs` permission). '' when there is no
 * content script there (browser pages, the web store) or no web page.
 */
import { browser } from '#imports';
import { sendMessage } from '../messaging/protocol';

export async function activeHost(): Promise<string> {
  try {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    let id = tab?.id;
    // The popup opened as a tab of its own (as in tests): use the page beside it.
    if (tab?.url?.startsWith(browser.runtime.getURL('/')) === true) {
      const [other] = await browser.tabs.query({ active: true, windowType: 'normal' });
      id = other?.id !== tab.id ? other?.id : undefined;
    }
    if (id === undefined) return '';
    return await sendMessage('fieldHost', undefined, { tabId: id, frameId: 0 });
  } catch {
    return '';
  }
}
