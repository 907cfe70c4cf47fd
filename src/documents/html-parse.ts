/**
 * Parses HTML into a hast tree with parse5 and hast-util-from-parse5 (what
 * rehype-parse uses), with two limits added through parse5's tree adapter, so
 * a hostile page cannot make the work grow faster than the page:
 *
 * - no element may sit more than `MAX_NESTING` levels deep. parse5 checks the
 *   open elements for every new one, and turning its tree into hast recurses
 *   once per level, so 100,000 nested elements would take the square of that
 *   work and then overflow the stack;
 * - no more elements than the page could hold written out. HTML's rules for
 *   unclosed <b>, <em> and the like re-open them in every new paragraph, so a
 *   page of a few thousand unclosed ones could otherwise make billions.
 */
import type { Root } from 'hast';
import { fromParse5 } from 'hast-util-from-parse5';
import { VFile } from 'vfile';
import { defaultTreeAdapter, parse, parseFragment, type DefaultTreeAdapterMap } from 'parse5';
import { DocumentError, MAX_NESTING, MESSAGES } from './errors';

type TreeAdapter = typeof defaultTreeAdapter;
type ParentNode = DefaultTreeAdapterMap['parentNode'];
type ChildNode = DefaultTreeAdapterMap['childNode'];

const tooDeep = () => new DocumentError('too-complex', MESSAGES.tooDeep());

function guardedAdapter(source: string): TreeAdapter {
  const depths = new WeakMap<object, number>();
  // Every element needs at least "<b>" in the page; the allowance covers the
  // few a parser adds itself (<html>, <head>, <body>, <tbody>).
  const maxElements = Math.ceil(source.length / 3) + 1_000;
  let elements = 0;
  const place = (parent: ParentNode, child: ChildNode) => {
    const depth = (depths.get(parent) ?? 0) + 1;
    if (depth > MAX_NESTING) throw tooDeep();
    depths.set(child, depth);
  };
  return {
    ...defaultTreeAdapter,
    createElement(tagName, namespaceURI, attrs) {
      elements++;
      if (elements > maxElements) throw tooDeep();
      return defaultTreeAdapter.createElement(tagName, namespaceURI, attrs);
    },
    appendChild(parent, child) {
      place(parent, child);
      defaultTreeAdapter.appendChild(parent, child);
    },
    insertBefore(parent, child, reference) {
      place(parent, child);
      defaultTreeAdapter.insertBefore(parent, child, reference);
    },
  };
}

/**
 * @throws {DocumentError} `too-complex` for a page nested too deep or that
 *   would make far more elements than it holds.
 */
export function parseHtml(
  source: string,
  options: { fragment?: boolean; locations?: boolean } = {},
): Root {
  // Locations (for an .html file) let findings give the file's own lines.
  const settings = {
    treeAdapter: guardedAdapter(source),
    scriptingEnabled: false,
    sourceCodeLocationInfo: options.locations === true,
  };
  try {
    const tree = options.fragment ? parseFragment(source, settings) : parse(source, settings);
    return (
      options.locations ? fromParse5(tree, { file: new VFile(source) }) : fromParse5(tree)
    ) as Root;
  } catch (error) {
    // The limits above stop every case known; this catches any other way of
    // nesting too deep (parse5 moving misnested elements about, say).
    if (error instanceof RangeError) throw tooDeep();
    throw error;
  }
}
