/**
 * The content script: checks what you write in web page fields. It finds
 * fields, sends their text to the background for checking, draws the
 * findings, places the suggestion card's frame and applies the fixes you
 * accept there. It holds no engine, glossary or database (those stay in the
 * background), so it stays small.
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
  // WXT tells other copies of this script that a new one started with a
  // window message carrying the extension's id, which every page can read.
  // Plainly does not use that signal (see session.ts), so it is not sent.
  noScriptStartedPostMessage: true,
  main() {
    startSession();
  },
});
