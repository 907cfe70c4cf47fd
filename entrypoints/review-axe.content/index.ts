/**
 * axe-core's checks for "review this page", injected only when the user asks
 * for them: axe-core is large, and on a long page its checks keep the page
 * busy for a moment (see README, Speed), so the text review does not wait
 * for them. It only reads the page.
 */
import { defineContentScript } from '#imports';
import { firstInjection } from '../../src/dom/first-injection';
import { runAxe } from '../../src/accessibility/page-axe';
import { pageMessenger } from '../../src/messaging/review';

export default defineContentScript({
  registration: 'runtime',
  matches: [],
  // No window message naming the extension's id, which the page could read
  // (see entrypoints/content/index.ts).
  noScriptStartedPostMessage: true,
  main() {
    if (!firstInjection('AxeHelper')) return;
    pageMessenger.onMessage('pageAxe', () => runAxe(document));
  },
});
