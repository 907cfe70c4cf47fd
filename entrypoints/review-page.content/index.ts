/**
 * "Review this page": a helper the side panel injects into the tab you are
 * reviewing (with `scripting.executeScript`; it is not in the manifest's
 * content scripts, so it runs only when you ask). It reads the page's text
 * and forms and highlights findings with the CSS Custom Highlight API. It
 * never changes the page's DOM.
 */
import { defineContentScript } from '#imports';
import { extractForms } from '../../src/accessibility/form-extract';
import { pageMessenger, type PageText } from '../../src/messaging/review';
import { runAxe } from './axe-run';
import { indexMainText, indexText, rangeFor, type TextIndex } from './page-text';

/** The name of Plainly's highlight; the side panel adds its style with `scripting.insertCSS`. */
const HIGHLIGHT = 'plainly-review';

export default defineContentScript({
  registration: 'runtime',
  matches: [],
  main() {
    // Injected again on every review: the first copy keeps answering.
    const flag = '__plainlyReviewHelper';
    const scope = globalThis as unknown as Record<string, boolean>;
    if (scope[flag]) return;
    scope[flag] = true;

    let index: TextIndex | null = null;
    let elements: Element[] = [];

    pageMessenger.onMessage('pageRead', async ({ data }): Promise<PageText> => {
      const main = data.whole ? null : indexMainText(document);
      index = main ?? indexText(document.body);
      const shown = (el: Element) => (el as HTMLElement).getClientRects().length > 0;
      const extracted = extractForms(document, shown);
      elements = extracted.elements;
      const result: PageText = {
        title: document.title,
        text: index.text,
        fellBack: !data.whole && main === null,
        forms: extracted.forms,
        axe: [],
      };
      try {
        result.axe = await runAxe(document);
      } catch {
        result.axeError = 'The web page checks could not run on this page.';
      }
      return result;
    });

    pageMessenger.onMessage('pageShow', ({ data }) => {
      let range: Range | null = null;
      if ('target' in data) {
        const el = elements[data.target];
        if (!el?.isConnected) return false;
        range = document.createRange();
        range.selectNode(el);
      } else if (index) {
        range = rangeFor(index, data.start, data.end);
      }
      if (!range) return false;
      const target =
        range.startContainer.nodeType === 1
          ? (range.startContainer as Element)
          : range.startContainer.parentElement;
      target?.scrollIntoView({ block: 'center' });
      // Needs Chrome 105 / Firefox 140; scrolling still works without it.
      if (typeof CSS !== 'undefined' && 'highlights' in CSS) {
        CSS.highlights.set(HIGHLIGHT, new Highlight(range));
      }
      return true;
    });
  },
});
