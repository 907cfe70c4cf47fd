/**
 * The styles inside Plainly's shadow root (the card has its own, in its
 * frame: src/ui/card.css). Every colour pair meets WCAG AA contrast; focus
 * is always visible; sizes are in rem of the root font so page zoom scales them.
 */
export const UI_CSS = `
:host { all: initial; }
* { box-sizing: border-box; }
.overlays, .badges, .card-slot { position: fixed; inset: 0 auto auto 0; width: 0; height: 0; }
.live { position: fixed; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
.mirror { position: fixed; overflow: hidden; pointer-events: none; color: transparent; margin: 0;
  border-color: transparent !important; background: transparent !important; box-shadow: none; }
.mirror .mark { color: transparent; text-decoration-skip-ink: none; }
.mark--jargon { text-decoration: underline wavy #b3261e 1.5px; }
.mark--wording { text-decoration: underline double #1d4ed8 1.5px; }
.mark--reading { text-decoration: underline dotted #6b21a8 2px; }
.badge { position: fixed; pointer-events: auto; display: flex; gap: 0.25rem; align-items: center;
  font: 600 12px/1.2 system-ui, sans-serif; color: #1f2937; background: #fff; border: 1px solid #4b5563;
  border-radius: 999px; padding: 2px 8px; white-space: nowrap; }
.badge button { font: inherit; cursor: pointer; }
.badge button { border: 1px solid #1d4ed8; background: #fff; color: #1d4ed8; border-radius: 999px; padding: 1px 6px; }
.badge button:focus-visible { outline: 3px solid #1d4ed8; outline-offset: 2px; }
.badge--checking { font-weight: 400; font-style: italic; }
`;
