/**
 * At least 100 XSS payloads (docs/reliability.md, "DOM and XSS"). Each one, if it
 * ever ran, would set `window.__plainlyXss`; tests assert it never is. All
 * fit in a glossary field (no line breaks, under 200 characters).
 */
const SET = 'window.__plainlyXss=1';

const VECTORS = [
  `<script>${SET}</script>`,
  `<img src=x onerror="${SET}">`,
  `<svg onload="${SET}">`,
  `<svg><script>${SET}</script></svg>`,
  `<iframe src="javascript:${SET}"></iframe>`,
  `<body onload="${SET}">`,
  `<a href="javascript:${SET}">click</a>`,
  `<div onmouseover="${SET}">hover</div>`,
  `<input autofocus onfocus="${SET}">`,
  `<details open ontoggle="${SET}">`,
  `<video><source onerror="${SET}"></video>`,
  `<audio src=x onerror="${SET}">`,
  `<object data="javascript:${SET}">`,
  `<embed src="javascript:${SET}">`,
  `<math><mtext><table><mglyph><style><img src=x onerror="${SET}">`,
  `<style>@import 'javascript:${SET}';</style>`,
  `<link rel=stylesheet href="javascript:${SET}">`,
  `<meta http-equiv="refresh" content="0;url=javascript:${SET}">`,
  `<form action="javascript:${SET}"><button>go</button></form>`,
  `<isindex type=image src=1 onerror="${SET}">`,
  `<marquee onstart="${SET}">x</marquee>`,
  `<textarea autofocus onfocus="${SET}">`,
  `<select autofocus onfocus="${SET}">`,
  `<keygen autofocus onfocus="${SET}">`,
  `<img src="x" onerror="eval(atob('d2luZG93Ll9fcGxhaW5seVhzcz0x'))">`,
  `<scr<script>ipt>${SET}</scr</script>ipt>`,
  `"><script>${SET}</script>`,
  `'><img src=x onerror=${SET}>`,
  `</textarea><script>${SET}</script>`,
  `</title><script>${SET}</script>`,
  `<!--<img src="--><img src=x onerror=${SET}//">`,
  `<img src=x:alert(1) onerror=eval(src.replace('x:alert(1)','${SET}'))>`,
  `javascript:${SET}`,
  `data:text/html,<script>${SET}</script>`,
  `{{constructor.constructor('${SET}')()}}`,
  `\${${SET}}`,
];

const WRAPPERS = [(v: string) => v, (v: string) => `care ${v}`, (v: string) => `${v} plan`];

export const XSS_PAYLOADS: readonly string[] = WRAPPERS.flatMap((wrap) => VECTORS.map(wrap));
