/**
 * "Review this page": a helper the side panel injects into the tab you are
 * reviewing (with `scripting.executeScript`; it is not in the manifest's
 * content scripts, so it runs only when you ask). It copies the page for the
 * side panel, in short slices, reads its forms, and highlights findings with
 * the CSS Custom Highlight API. It never changes the page's DOM.
 */
import { defineContentScript } from '#imports';
import { firstInjection } from '../../src/dom/first-injection';
import { extractForms } from '../../src/accessibility/form-extract';
import { rangeOnPage, snapshotPage } from '../../src/dom/page-snapshot';
import { pageMessenger, type PageRead } from '../../src/messaging/review';

/** The name of Plainly's highlight; the side panel adds its style with `scripting.insertCSS`. */
const HIGHLIGHT = 'plainly-review';

export default defineContentScript({
  registration: 'runtime',
  matches: [],
  // No window message naming the extension's id, which the page could read
  // (see entrypoints/content/index.ts).
  noScriptStartedPostMessage: true,
  main() {
    // Injected again on every review: the first copy keeps answering.
    if (!firstInjection('ReviewHelper')) return;

    let texts: Text[] = [];
    let elements: Element[] = [];

    pageMessenger.onMessage('pageRead', async (): Promise<PageRead> => {
      const copied = await snapshotPage(document);
      texts = copied.texts;
      const shown = (el: Element) => (el as HTMLElement).getClientRects().length > 0;
      const extracted = extractForms(document, shown);
      elements = extracted.elements;
      return { snapshot: copied.snapshot, forms: extracted.forms };
    });

    pageMessenger.onMessage('pageShow', ({ data }) => {
      let range: Range | null;
      if ('target' in data) {
        const el = elements[data.target];
        if (!el?.isConnected) return false;
        range = document.createRange();
        range.selectNode(el);
      } else {
        range = rangeOnPage(texts, data);
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
