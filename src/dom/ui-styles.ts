/**
 * The styles inside Plainly's shadow root. Every colour pair meets WCAG AA
 * contrast; focus is always visible; sizes are in rem of the root font so
 * page zoom scales them.
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
.badge button, .card button { font: inherit; cursor: pointer; }
.badge button { border: 1px solid #1d4ed8; background: #fff; color: #1d4ed8; border-radius: 999px; padding: 1px 6px; }
.card { position: fixed; pointer-events: auto; width: min(22rem, calc(100vw - 16px)); max-height: min(28rem, calc(100vh - 16px));
  overflow: auto; background: #fff; color: #1f2937; border: 1px solid #4b5563; border-radius: 8px;
  box-shadow: 0 4px 16px rgb(0 0 0 / 25%); padding: 12px; font: 14px/1.45 system-ui, sans-serif; text-align: left; }
.card h2 { font-size: 15px; margin: 0 0 4px; color: #111827; }
.card p { margin: 0 0 8px; }
.card .kind { font-size: 12px; color: #374151; margin-bottom: 4px; }
.card ul { margin: 0 0 8px; padding-left: 1.2em; }
.card .actions { display: flex; flex-direction: column; gap: 4px; margin-top: 8px; }
.card .actions button { text-align: left; border: 1px solid #9ca3af; background: #f9fafb; color: #111827;
  border-radius: 6px; padding: 6px 8px; }
.card .actions button.primary { border-color: #1d4ed8; background: #eff6ff; color: #1e3a8a; }
.card button:focus-visible, .badge button:focus-visible, .card textarea:focus-visible { outline: 3px solid #1d4ed8; outline-offset: 2px; }
.card .note { font-size: 13px; color: #7c2d12; }
.card .agreed { font-size: 13px; font-weight: 600; color: #14532d; }
.card label { display: block; font-weight: 600; margin-top: 8px; }
.card textarea { width: 100%; font: inherit; border: 1px solid #4b5563; border-radius: 4px; }
`;
