/**
 * The one table of HTML elements, for every reader of HTML: the engine's
 * own reading of HTML text, .html files and Word files (through the HTML
 * mammoth makes), and the pages the side panel reviews. Tag names are lower
 * case.
 */

/** Elements whose content is never prose: it is neither read nor checked. */
export const SKIPPED_TAGS: ReadonlySet<string> = new Set([
  'button',
  'head',
  'iframe',
  'math',
  'noscript',
  'object',
  'script',
  'select',
  'style',
  'svg',
  'template',
  'textarea',
]);

/** Code: not prose either, but kept as one masked word so sentences around it stay whole. */
export const CODE_TAGS: ReadonlySet<string> = new Set(['code', 'kbd', 'pre', 'samp', 'var']);

/** Elements that make a block of their own (a paragraph, unless `blockKindOf` says more). */
const BLOCK_TAGS: ReadonlySet<string> = new Set([
  'address',
  'article',
  'aside',
  'body',
  'caption',
  'dd',
  'details',
  'dialog',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'header',
  'hgroup',
  'hr',
  'html',
  'label',
  'legend',
  'main',
  'nav',
  'ol',
  'option',
  'p',
  'section',
  'summary',
  'table',
  'tbody',
  'tfoot',
  'thead',
  'tr',
  'ul',
]);

export type HtmlBlockKind = 'paragraph' | 'heading' | 'list-item' | 'table-cell' | 'quote';

/** The kind of block an element starts (and a heading's level), or undefined for inline elements. */
export function blockKindOf(tag: string): { kind: HtmlBlockKind; level?: number } | undefined {
  const name = tag.toLowerCase();
  const heading = /^h([1-6])$/.exec(name);
  if (heading) return { kind: 'heading', level: Number(heading[1]) };
  if (name === 'li') return { kind: 'list-item' };
  if (name === 'td' || name === 'th') return { kind: 'table-cell' };
  if (name === 'blockquote') return { kind: 'quote' };
  if (BLOCK_TAGS.has(name)) return { kind: 'paragraph' };
  return undefined;
}
