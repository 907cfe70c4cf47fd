/**
 * axe-core's checks for "review this page", injected only when the user asks
 * for them: axe-core is large, and on a long page its checks keep the page
 * busy for a moment (see README, Speed), so the text review does not wait
 * for them. It only reads the page.
 */
import { defineContentScript } from '#imports';
import { runAxe } from '../../src/accessibility/page-axe';
import { pageMessenger } from '../../src/messaging/review';

export default defineContentScript({
  registration: 'runtime',
  matches: [],
  main() {
    const flag = '__plainlyAxeHelper';
    const scope = globalThis as unknown as Record<string, boolean>;
    if (scope[flag]) return;
    scope[flag] = true;
    pageMessenger.onMessage('pageAxe', () => runAxe(document));
  },
});
