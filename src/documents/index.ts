/**
 * `readDocument(bytes, name)`: any file Plainly reads, as a `DocumentModel`.
 * Pure: runs in Node (the CLI), in a Web Worker (the review page) and in tests.
 */
import { readDocx } from './docx';
import { DocumentError, MAX_FILE_BYTES, MESSAGES } from './errors';
import { readHtml } from './html';
import { readMarkdown } from './markdown';
import type { DocumentKind, DocumentModel } from './model';
import { readPdf, type PdfJs } from './pdf';
import { readText } from './text';

export type * from './model';
export { DocumentError, MAX_FILE_BYTES, MAX_UNZIPPED_BYTES } from './errors';
export type { PdfJs } from './pdf';

const KINDS: Readonly<Record<string, DocumentKind>> = {
  '.docx': 'docx',
  '.pdf': 'pdf',
  '.html': 'html',
  '.htm': 'html',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.txt': 'text',
  '.text': 'text',
};

/** The file types Plainly reads, for a file picker's `accept`. */
export const ACCEPTED_EXTENSIONS = Object.keys(KINDS);

export function extensionOf(name: string): string {
  const match = /\.[^./\\]+$/.exec(name);
  return match ? match[0].toLowerCase() : '';
}

/** The kind of document a file name says it is, or undefined for files Plainly cannot read. */
export function kindOf(name: string): DocumentKind | undefined {
  return KINDS[extensionOf(name)];
}

export interface ReadOptions {
  /** pdfjs-dist, needed only for PDFs (Node uses its legacy build, browsers the modern one). */
  pdfjs?: () => Promise<PdfJs>;
}

/**
 * @throws {DocumentError} with a plain message for files that are too big,
 *   damaged, protected, scanned or of a type Plainly does not read.
 */
export async function readDocument(
  bytes: Uint8Array,
  name: string,
  options: ReadOptions = {},
): Promise<DocumentModel> {
  const kind = kindOf(name);
  if (kind === undefined) {
    throw new DocumentError('unsupported', MESSAGES.unsupported(extensionOf(name)));
  }
  if (bytes.byteLength > MAX_FILE_BYTES) {
    throw new DocumentError('too-big', MESSAGES.tooBig(bytes.byteLength));
  }
  switch (kind) {
    case 'docx':
      return readDocx(bytes, name);
    case 'pdf': {
      if (!options.pdfjs) throw new Error('readDocument needs options.pdfjs to read a PDF.');
      return readPdf(bytes, name, await options.pdfjs());
    }
    case 'html':
      return readHtml(decodeUtf8(bytes), name);
    case 'markdown':
      return readMarkdown(decodeUtf8(bytes), name);
    case 'text':
      return readText(decodeUtf8(bytes), name);
  }
}

function decodeUtf8(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    throw new DocumentError('not-utf8', MESSAGES.notUtf8());
  }
}
