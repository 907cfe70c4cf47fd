/**
 * Builds the harness pages for the field tests: each real editor bundled from
 * node_modules with esbuild (never a CDN), and one HTML page per editor, into
 * `<PLAINLY_OUT_DIR or .output>/harness`, which the tests serve on localhost.
 */
import { build } from 'esbuild';
import { mkdir, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../../..');

export const EDITORS = [
  'textarea',
  'input',
  'contenteditable',
  'ckeditor',
  'tinymce',
  'quill',
  'tiptap',
  'lexical',
];

/** The field each page starts from. */
const FIELDS = {
  textarea: '<textarea id="field" rows="8" cols="60" aria-label="Notes"></textarea>',
  input: '<input id="field" type="text" size="60" aria-label="Title">',
  contenteditable:
    '<div id="field" contenteditable="true" role="textbox" aria-multiline="true" aria-label="Notes" style="min-height:8em;border:1px solid #555;padding:4px"></div>',
  ckeditor: '<div id="field"></div>',
  tinymce: '<textarea id="field" aria-label="Notes"></textarea>',
  quill: '<div id="field" style="height:12em;border:1px solid #555"></div>',
  tiptap: '<div id="field" style="border:1px solid #555;min-height:8em"></div>',
  lexical:
    '<div id="field" contenteditable="true" role="textbox" aria-label="Notes" style="min-height:8em;border:1px solid #555;padding:4px"></div>',
};

/** Fields Plainly must never read, on every page (docs/reliability.md). */
const SENSITIVE = `
<form id="sensitive" onsubmit="return false">
  <p><label>Password <input id="pw" type="password" name="pw"></label></p>
  <p><label>Password you can show <input id="shown" type="password" name="secret"></label></p>
  <p><label>Card number <input id="cc" name="ccn" autocomplete="cc-number"></label></p>
  <p><label>Name on card <input id="ccname" name="holder" autocomplete="cc-name"></label></p>
  <p><label>Code from your phone <input id="otp" name="code" autocomplete="one-time-code"></label></p>
  <p><label>New password <input id="np" name="np" autocomplete="new-password"></label></p>
  <p><label>Not checked <textarea id="off" data-plainly="off"></textarea></label></p>
</form>
<p><button id="elsewhere" type="button">Somewhere else</button></p>`;

function page(name) {
  const css = existsSync(join(out, `${name}.css`))
    ? `<link rel="stylesheet" href="${name}.css">`
    : '';
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${name} harness</title>${css}
<style>body{font:16px/1.5 sans-serif;margin:16px;max-width:760px}</style></head>
<body><main><h1>${name}</h1>
${FIELDS[name]}
${SENSITIVE}
</main><script type="module" src="${name}.js"></script></body></html>
`;
}

const out = resolve(root, process.env.PLAINLY_OUT_DIR ?? '.output', 'harness');

export async function buildHarness() {
  await mkdir(out, { recursive: true });
  await build({
    entryPoints: EDITORS.map((name) => join(here, 'editors', `${name}.js`)),
    bundle: true,
    format: 'esm',
    target: 'es2022',
    outdir: out,
    minify: true,
    logLevel: 'warning',
    loader: { '.svg': 'text' },
  });
  await build({
    entryPoints: [join(here, 'fuzz-entry.ts')],
    bundle: true,
    format: 'esm',
    target: 'es2022',
    outfile: join(out, 'fuzz.js'),
    logLevel: 'warning',
  });
  for (const name of EDITORS) await writeFile(join(out, `${name}.html`), page(name));
  for (const [file, html] of Object.entries(EXTRA_PAGES)) await writeFile(join(out, file), html);
  return out;
}

/** Frames, shadow roots and other places fields can be. */
const EXTRA_PAGES = {
  'frames.html': `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>frames</title></head><body>
<iframe id="same" title="Same origin" src="textarea.html" width="700" height="300"></iframe>
<iframe id="srcdoc" title="srcdoc" width="700" height="160" srcdoc="&lt;textarea id=field rows=4 cols=60 aria-label=Notes&gt;&lt;/textarea&gt;"></iframe>
<iframe id="blank" title="about blank" width="700" height="160"></iframe>
<script>
  const d = document.getElementById('blank').contentDocument;
  d.open(); d.write('<!doctype html><div id=field contenteditable=true style=min-height:4em>' + '</div>'); d.close();
  document.body.dataset.ready = 'true';
</script></body></html>`,
  'shadow.html': `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>shadow</title></head><body>
<div id="open-host"></div><div id="closed-host"></div>
<script>
  const open = document.getElementById('open-host').attachShadow({ mode: 'open' });
  open.innerHTML = '<textarea id=field rows=4 cols=60 aria-label=Notes></textarea><div id=ce contenteditable=true style="min-height:3em;border:1px solid #555"></div>';
  const closed = document.getElementById('closed-host').attachShadow({ mode: 'closed' });
  closed.innerHTML = '<textarea id=field rows=4 cols=60 aria-label=Hidden></textarea>';
  window.closedField = closed.getElementById('field');
  document.body.dataset.ready = 'true';
</script></body></html>`,
  'fuzz.html': `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>fuzz</title></head><body>
<textarea id="fuzz-textarea" rows="4" cols="60" aria-label="Fuzz"></textarea>
<div id="fuzz-editable" contenteditable="true" aria-label="Fuzz" style="min-height:3em;border:1px solid #555"></div>
<script type="module" src="fuzz.js"></script></body></html>`,
  // A frame from another origin (the same server as localhost): its card stays inside it.
  'cross.html': `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>cross</title></head><body>
<main><h1>Another site's frame</h1>
<iframe id="cross" title="Notes from another site" width="700" height="300"></iframe></main>
<script>
  const frame = document.getElementById('cross');
  frame.src = location.href.replace('127.0.0.1', 'localhost').replace('cross.html', 'contenteditable.html');
  frame.addEventListener('load', () => (document.body.dataset.ready = 'true'));
</script></body></html>`,
  // TinyMCE in a frame of the same site: its editing area is two frames deep.
  'nested.html': `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>nested</title>
<style>body{font:16px/1.5 sans-serif;margin:16px}</style></head><body>
<main><h1>An editor in a frame</h1>
<iframe id="outer" title="Editor" src="tinymce.html" width="820" height="560" style="border:2px solid #555;padding:6px"></iframe>
<p><button id="elsewhere" type="button">Somewhere else</button></p></main>
<script>
  document.getElementById('outer').addEventListener('load', () => (document.body.dataset.ready = 'true'));
</script></body></html>`,
  'blank.html': `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>blank</title></head><body><main><h1>Blank</h1></main></body></html>`,
};

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  console.log(`Harness built in ${await buildHarness()}`);
}
