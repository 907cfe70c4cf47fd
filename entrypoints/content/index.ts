/**
 * The content script: checks what you write in web page fields. It finds
 * fields, sends their text to the background for checking, draws the
 * findings and applies the fixes you accept. It holds no engine, glossary
 * or database (those stay in the background), so it stays small.
 */
import { defineContentScript } from '#imports';
import { startSession } from './session';

export default defineContentScript({
  matches: ['<all_urls>'],
  // Editors in iframes, including TinyMCE's about:blank frame and srcdoc
  // frames (docs/reliability.md, "Frames and shadow roots").
  allFrames: true,
  matchAboutBlank: true,
  matchOriginAsFallback: true,
  runAt: 'document_idle',
  main(ctx) {
    startSession(ctx);
  },
});
