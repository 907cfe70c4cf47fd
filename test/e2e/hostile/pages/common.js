// Shared by the hostile pages: what a page can find and poke at, and a log
// the test reads. Everything here runs as the page's own script.
'use strict';

/** Every element in the document, and in every shadow root the page can open. */
window.deepElements = function deepElements(root) {
  const out = [];
  const walk = (node) => {
    for (const el of node.querySelectorAll('*')) {
      out.push(el);
      if (el.shadowRoot) walk(el.shadowRoot);
    }
  };
  walk(root || document);
  return out;
};

/** All the markup and text the page can reach, open shadow roots included. */
window.deepDump = function deepDump() {
  const parts = [document.documentElement.outerHTML];
  for (const el of window.deepElements(document)) {
    if (el.shadowRoot) parts.push(el.shadowRoot.innerHTML);
    for (const attr of el.getAttributeNames()) parts.push(`${attr}=${el.getAttribute(attr)}`);
    if ('value' in el && typeof el.value === 'string' && el.id !== 'field') parts.push(el.value);
  }
  parts.push(JSON.stringify(performance.getEntries().map((e) => e.name)));
  parts.push(String(window.frames.length));
  return parts.join('\n');
};

/** What the page managed to reach of Plainly's interface (should stay empty). */
window.reached = [];
window.attempts = 0;

/** The page's own controls, which it may click as it likes. */
window.isPagesOwn = (el) => el.closest('main') !== null;

// The field tests' helpers find the field through `harness`.
window.harness = {
  root: () => document.getElementById('field'),
  text: () => document.getElementById('field').value,
};
