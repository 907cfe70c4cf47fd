/**
 * The review page's marking up, in its own Web Worker so a big file never
 * freezes the page; the page stops it after a time limit
 * (src/markup/worker-client.ts).
 */
import { DocumentError } from '../../src/documents/errors';
import { suggestDocx } from '../../src/markup/index';
import {
  MARKUP_FAILED,
  type SuggestAnswer,
  type SuggestRequest,
} from '../../src/markup/worker-client';

self.onmessage = (event: MessageEvent<SuggestRequest>) => {
  const { bytes, review, include } = event.data;
  let answer: SuggestAnswer;
  let transfer: Transferable[] = [];
  try {
    const result = suggestDocx(new Uint8Array(bytes), review, include ? { include } : {});
    const { bytes: marked, ...summary } = result;
    const buffer = marked.buffer.slice(
      marked.byteOffset,
      marked.byteOffset + marked.byteLength,
    ) as ArrayBuffer;
    answer = { ok: true, bytes: buffer, summary };
    transfer = [buffer];
  } catch (error) {
    answer =
      error instanceof DocumentError
        ? { ok: false, code: error.code, message: error.message }
        : { ok: false, code: 'bug', message: MARKUP_FAILED };
  }
  self.postMessage(answer, { transfer });
};
