/**
 * Reading and writing the XML parts of a .docx with @xmldom/xmldom, the
 * parser mammoth itself uses, so Plainly sees the same text mammoth saw.
 *
 * Writing back changes as little as it can: `spliceChanged` serialises only
 * the elements that were edited and puts them where the originals were, so
 * every other byte of the part (the declaration, namespaces, untouched
 * paragraphs) stays as it was.
 */
import { DOMParser } from '@xmldom/xmldom';
import { SaxesParser } from 'saxes';

export class XmlFormatError extends Error {
  override name = 'XmlFormatError';
}

const ELEMENT = 1;
const TEXT = 3;
const CDATA = 4;
const PROCESSING_INSTRUCTION = 7;
const COMMENT = 8;

export function isElement(node: Node | null | undefined): node is Element {
  return node?.nodeType === ELEMENT;
}

export function isText(node: Node | null | undefined): node is Text {
  return node?.nodeType === TEXT;
}

/**
 * Deeper than any Word document nests (a table in a table in a cell is a few
 * dozen levels): a part nested deeper is damaged or made to do harm.
 */
export const MAX_XML_DEPTH = 1_000;

/**
 * Reads a part once with saxes, a streaming parser, in time linear in its
 * length: @throws {XmlFormatError} if it is not well formed or nests deeper
 * than `MAX_XML_DEPTH`. xmldom, which builds the tree to edit, takes time
 * that grows with the square of the depth (each new element walks up past
 * its ancestors), so a part of 200,000 unclosed paragraphs would keep it
 * busy for hours; this check refuses such a part in milliseconds first.
 */
function checkWellFormed(source: string): void {
  const parser = new SaxesParser({ xmlns: false, position: false });
  let depth = 0;
  parser.on('opentag', (tag) => {
    if (!tag.isSelfClosing && ++depth > MAX_XML_DEPTH) {
      throw new XmlFormatError(`The part nests deeper than ${MAX_XML_DEPTH} levels.`);
    }
  });
  parser.on('closetag', (tag) => {
    if (!tag.isSelfClosing) depth--;
  });
  try {
    parser.write(source).close();
  } catch (error) {
    if (error instanceof XmlFormatError) throw error;
    throw new XmlFormatError(error instanceof Error ? error.message : String(error));
  }
}

/** Parses a part. @throws {XmlFormatError} on any error, so a damaged part is never edited. */
export function parseXml(source: string): Document {
  checkWellFormed(source);
  const problems: string[] = [];
  const record = (message: string) => {
    problems.push(message);
  };
  let doc: Document;
  try {
    doc = new DOMParser({
      locator: {},
      errorHandler: { warning: () => undefined, error: record, fatalError: record },
    }).parseFromString(source, 'text/xml');
  } catch (error) {
    throw new XmlFormatError(error instanceof Error ? error.message : String(error));
  }
  if (problems.length > 0 || !doc?.documentElement) {
    throw new XmlFormatError(problems[0] ?? 'The part has no root element.');
  }
  return doc;
}

function escapeText(text: string): string {
  return text.replace(/[&<>]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : '&gt;'));
}

const ATTRIBUTE_ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '"': '&quot;',
  '\t': '&#9;',
  '\n': '&#10;',
  '\r': '&#13;',
};

function escapeAttribute(value: string): string {
  return value.replace(/[&<"\t\n\r]/g, (c) => ATTRIBUTE_ESCAPES[c] as string);
}

/** Characters XML 1.0 does not allow, removed from any text Plainly writes. */
const NOT_XML = /[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu;

export function xmlSafe(text: string): string {
  return text.replace(NOT_XML, '');
}

/**
 * Serialises a node as written: qualified names and namespace declarations
 * exactly as they are in the tree (new elements use prefixes declared on the
 * part's root), empty elements as `<x/>`.
 */
export function serialize(node: Node): string {
  const out: string[] = [];
  const write = (current: Node): void => {
    switch (current.nodeType) {
      case ELEMENT: {
        const element = current as Element;
        out.push('<', element.tagName);
        for (let i = 0; i < element.attributes.length; i++) {
          const attribute = element.attributes.item(i) as Attr;
          out.push(' ', attribute.name, '="', escapeAttribute(attribute.value), '"');
        }
        if (!element.firstChild) {
          out.push('/>');
          return;
        }
        out.push('>');
        for (let child: Node | null = element.firstChild; child; child = child.nextSibling) {
          write(child);
        }
        out.push('</', element.tagName, '>');
        return;
      }
      case TEXT:
        out.push(escapeText((current as Text).data));
        return;
      case CDATA:
        out.push(
          '<![CDATA[',
          (current as CDATASection).data.replaceAll(']]>', ']]]]><![CDATA[>'),
          ']]>',
        );
        return;
      case COMMENT:
        out.push('<!--', (current as Comment).data, '-->');
        return;
      case PROCESSING_INSTRUCTION: {
        const instruction = current as ProcessingInstruction;
        out.push('<?', instruction.target, ' ', instruction.data, '?>');
        return;
      }
      default:
        return;
    }
  };
  write(node);
  return out.join('');
}

/** Where each line of `source` starts, counted the way xmldom's locator counts lines. */
function lineStarts(source: string): number[] {
  const starts: number[] = [];
  const pattern = /.*(?:\r\n?|\n)|.*$/g;
  let match: RegExpExecArray | null;
  while ((match = pattern.exec(source)) !== null) {
    starts.push(match.index);
    if (match[0].length === 0) break;
  }
  return starts;
}

interface Located {
  lineNumber?: number;
  columnNumber?: number;
}

function offsetOf(node: Node, starts: readonly number[]): number | undefined {
  const { lineNumber, columnNumber } = node as unknown as Located;
  if (lineNumber === undefined || columnNumber === undefined) return undefined;
  const start = starts[lineNumber - 1];
  return start === undefined ? undefined : start + columnNumber - 1;
}

/**
 * The part with each element in `changed` (elements that were parsed from
 * `source`, then edited) serialised again in place; everything between them
 * is copied from `source`. Each changed element must be followed by a
 * sibling node or its parent's end tag. Falls back to serialising the whole
 * root element when the positions cannot be checked.
 */
export function spliceChanged(source: string, doc: Document, changed: readonly Element[]): string {
  const starts = lineStarts(source);
  const pieces: { start: number; end: number; text: string }[] = [];
  for (const element of changed) {
    const start = offsetOf(element, starts);
    const end = endOf(element, source, starts);
    if (
      start === undefined ||
      end === undefined ||
      end <= start ||
      !source.startsWith(`<${element.tagName}`, start) ||
      source[end - 1] !== '>'
    ) {
      return serializeDocument(source, doc);
    }
    pieces.push({ start, end, text: serialize(element) });
  }
  pieces.sort((a, b) => a.start - b.start);
  const out: string[] = [];
  let at = 0;
  for (const piece of pieces) {
    if (piece.start < at) return serializeDocument(source, doc);
    out.push(source.slice(at, piece.start), piece.text);
    at = piece.end;
  }
  out.push(source.slice(at));
  return out.join('');
}

/** Where a node parsed from `source` ends: where the next node starts, or its parent's end tag starts. */
function endOf(node: Node, source: string, starts: readonly number[]): number | undefined {
  if (node.nextSibling) return offsetOf(node.nextSibling, starts);
  const parent = node.parentNode;
  if (!isElement(parent)) return source.lastIndexOf('>') + 1;
  const parentEnd = endOf(parent, source, starts);
  if (parentEnd === undefined) return undefined;
  const close = source.lastIndexOf(`</${parent.tagName}`, parentEnd - 1);
  const start = offsetOf(node, starts);
  return start !== undefined && close > start ? close : undefined;
}

/** The part written again from its tree, keeping whatever comes before the root element (the declaration). */
export function serializeDocument(source: string, doc: Document): string {
  const root = doc.documentElement;
  const start = offsetOf(root, lineStarts(source));
  if (start === undefined || !source.startsWith(`<${root.tagName}`, start)) {
    throw new XmlFormatError('The part cannot be written back.');
  }
  // Whatever follows the root (usually nothing, or a line break) is kept.
  const close = source.lastIndexOf('>');
  return source.slice(0, start) + serialize(root) + source.slice(close + 1);
}

/**
 * The part with `elements` (made with `doc`, not yet in it) added at the end
 * of its root element; the rest of the part is kept as it was.
 */
export function appendToRoot(source: string, doc: Document, elements: readonly Element[]): string {
  const root = doc.documentElement;
  const close = source.lastIndexOf(`</${root.tagName}`);
  if (close !== -1 && close > source.indexOf(`<${root.tagName}`)) {
    return source.slice(0, close) + elements.map(serialize).join('') + source.slice(close);
  }
  // An empty root, `<w:comments/>`: written again whole.
  for (const element of elements) root.appendChild(element);
  return serializeDocument(source, doc);
}
