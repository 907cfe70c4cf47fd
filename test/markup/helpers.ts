/**
 * Reading a marked-up .docx back for the tests: its parts, its comments and
 * the words each comment is on, and its text as Plainly's own reader sees it
 * (mammoth reads inserted words and skips deleted ones, so that is the text
 * with every change accepted).
 */
import { DOMParser } from '@xmldom/xmldom';
import { unzipSync } from 'fflate';
import type { Finding, Suggestion } from '../../src/checker/types';
import { readDocument, type DocumentModel } from '../../src/documents/index';

export const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

export function parts(bytes: Uint8Array): Record<string, Uint8Array> {
  return unzipSync(bytes);
}

export function part(bytes: Uint8Array, name: string): string {
  const data = parts(bytes)[name];
  if (!data) throw new Error(`There is no ${name}.`);
  return new TextDecoder().decode(data);
}

/** Each block of the file as Plainly reads it. */
export async function blocks(bytes: Uint8Array): Promise<string[]> {
  const model = await readDocument(bytes, 'marked-up.docx');
  return model.blocks.map((b) => model.text.slice(b.start, b.end));
}

function elements(root: Element, local: string): Element[] {
  return Array.from(root.getElementsByTagNameNS(W, local));
}

function textOf(element: Element): string {
  return elements(element, 't')
    .map((t) => t.textContent)
    .join('');
}

export interface ReadComment {
  author: string;
  /** The words the comment is on, with changes accepted. */
  on: string;
  text: string[];
}

/** The file's comments, in the order their ranges end in the document. */
export function comments(bytes: Uint8Array): ReadComment[] {
  const parser = new DOMParser();
  const commentsDoc = parser.parseFromString(part(bytes, 'word/comments.xml'), 'text/xml');
  const byId = new Map<string, Element>();
  for (const comment of elements(commentsDoc.documentElement, 'comment')) {
    byId.set(comment.getAttributeNS(W, 'id') ?? '', comment);
  }
  const doc = parser.parseFromString(part(bytes, 'word/document.xml'), 'text/xml');
  const open = new Map<string, string>();
  const out: ReadComment[] = [];
  const walk = (node: Node): void => {
    if (node.nodeType !== 1) return;
    const element = node as Element;
    if (element.namespaceURI === W) {
      const id = element.getAttributeNS(W, 'id') ?? '';
      if (element.localName === 'commentRangeStart') open.set(id, '');
      if (element.localName === 'commentRangeEnd') {
        const comment = byId.get(id);
        out.push({
          author: comment?.getAttributeNS(W, 'author') ?? '',
          on: open.get(id) ?? '',
          text: comment ? elements(comment, 'p').map(textOf) : [],
        });
        open.delete(id);
      }
      if (element.localName === 't') {
        for (const [key, value] of open) open.set(key, value + element.textContent);
      }
      // Deleted words are not part of what a comment is on once changes are accepted.
      if (element.localName === 'del') return;
    }
    for (let child = element.firstChild; child; child = child.nextSibling) walk(child);
  };
  walk(doc.documentElement);
  return out;
}

/** The tracked changes Plainly made: [deleted words, inserted words], in order. */
export function changes(bytes: Uint8Array, author = 'Plainly'): [string, string][] {
  const doc = new DOMParser().parseFromString(part(bytes, 'word/document.xml'), 'text/xml');
  const out: [string, string][] = [];
  let deleted = '';
  const walk = (node: Node): void => {
    if (node.nodeType !== 1) return;
    const element = node as Element;
    const mine = element.getAttributeNS(W, 'author') === author;
    if (element.namespaceURI === W && mine && element.localName === 'del') {
      deleted += elements(element, 'delText')
        .map((t) => t.textContent)
        .join('');
      return;
    }
    if (element.namespaceURI === W && mine && element.localName === 'ins') {
      out.push([deleted, textOf(element)]);
      deleted = '';
      return;
    }
    for (let child = element.firstChild; child; child = child.nextSibling) walk(child);
  };
  walk(doc.documentElement);
  return out;
}

/** Every `w:id` on a tracked change or comment mark, with the element's name. */
export function ids(bytes: Uint8Array): { name: string; id: string }[] {
  const doc = new DOMParser().parseFromString(part(bytes, 'word/document.xml'), 'text/xml');
  return ['ins', 'del', 'commentRangeStart'].flatMap((name) =>
    elements(doc.documentElement, name).map((e) => ({ name, id: e.getAttributeNS(W, 'id') ?? '' })),
  );
}

/**
 * A finding on the `nth` time `text` is in the document, made by hand, so a
 * test says exactly what it asks the marking up to do.
 */
export function findingOn(
  model: DocumentModel,
  text: string,
  fields: Partial<Finding> & { ruleId: string; suggestions?: Suggestion[] },
  nth = 1,
): Finding {
  let start = -1;
  for (let i = 0; i < nth; i++) {
    start = model.text.indexOf(text, start + 1);
    if (start === -1) throw new Error(`"${text}" is not in the document ${nth} times.`);
  }
  return {
    category: 'jargon',
    severity: 'warning',
    message: `A message about “${text}”.`,
    suggestions: [],
    line: 1,
    column: 1,
    ...fields,
    text,
    start,
    end: start + text.length,
  };
}

/**
 * Each zip entry's compressed bytes as stored, read from the central
 * directory (written here, apart from Plainly's zip code, to check it).
 */
export function storedEntries(bytes: Uint8Array): Map<string, Buffer> {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = buffer.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = buffer.readUInt16LE(end + 10);
  let at = buffer.readUInt32LE(end + 16);
  const out = new Map<string, Buffer>();
  for (let i = 0; i < count; i++) {
    const size = buffer.readUInt32LE(at + 20);
    const nameLength = buffer.readUInt16LE(at + 28);
    const name = buffer.toString('utf8', at + 46, at + 46 + nameLength);
    const local = buffer.readUInt32LE(at + 42);
    const data = local + 30 + buffer.readUInt16LE(local + 26) + buffer.readUInt16LE(local + 28);
    out.set(name, buffer.subarray(data, data + size));
    at += 46 + nameLength + buffer.readUInt16LE(at + 30) + buffer.readUInt16LE(at + 32);
  }
  return out;
}
