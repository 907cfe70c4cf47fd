// The document review pipeline and its fixtures, bundled for scripts/bench/review.mjs.
export { readDocument } from '../../src/documents/index';
export { loadPdfJsForNode } from '../../src/documents/pdfjs-node';
export { reviewDocument } from '../../src/report/review';
export { reportHtml } from '../../src/report/formats';
export { Checker } from '../../src/checker/index';
export { longDocx, longPdf } from '../../test/fixtures/documents';
