/**
 * `readDocument(bytes, name)`: any file Plainly reads, as a `DocumentModel`.
 * Pure: runs in Node (the CLI), in a Web Worker (the review page) and in tests.
 *
 * Each reader is loaded only when a file of its kind is read (pdf.js, too,
 * only for a PDF): loading the Word reader (mammoth and the zip and XML code
 * around it), or the HTML and Markdown parsers, costs more than checking a
 * short text file (docs/decisions.md, "The command line starts quickly").
 */
import { DocumentError, MAX_FILE_BYTES, MAX_TEXT_CHARACTERS, MESSAGES } from './errors';
import type { DocumentKind, DocumentModel } from './model';
import type { PdfJs } from './pdf';
import { readText } from './text';

export type * from './model';
export {
  DocumentError,
  MAX_FILE_BYTES,
  MAX_TEXT_CHARACTERS,
  MAX_UNZIPPED_BYTES,
  MESSAGES,
} from './errors';
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
 *   damaged, protected, scanned, nested too deep or of a type Plainly does not
 *   read.
 */
export async function readDocument(
  bytes: Uint8Array,
  name: string,
  options: ReadOptions = {},
): Promise<DocumentModel> {
  try {
    return await readByKind(bytes, name, options);
  } catch (error) {
    // Every reader bounds its nesting; this is the last guard, should a
    // library still recurse too deep on some file.
    if (error instanceof RangeError) throw new DocumentError('too-complex', MESSAGES.tooDeep());
    throw error;
  }
}

async function readByKind(
  bytes: Uint8Array,
  name: string,
  options: ReadOptions,
): Promise<DocumentModel> {
  const kind = kindOf(name);
  if (kind === undefined) {
    throw new DocumentError('unsupported', MESSAGES.unsupported(extensionOf(name)));
  }
  if (bytes.byteLength > MAX_FILE_BYTES) {
    throw new DocumentError('too-big', MESSAGES.tooBig(bytes.byteLength));
  }
  switch (kind) {
    case 'docx': {
      const { readDocx } = await import('./docx');
      return readDocx(bytes, name);
    }
    case 'pdf': {
      if (!options.pdfjs) throw new Error('readDocument needs options.pdfjs to read a PDF.');
      const [{ readPdf }, pdfjs] = await Promise.all([import('./pdf'), options.pdfjs()]);
      return readPdf(bytes, name, pdfjs);
    }
    case 'html': {
      const text = decodeText(bytes);
      const { readHtml } = await import('./html');
      return readHtml(text, name);
    }
    case 'markdown': {
      const text = decodeText(bytes);
      const { readMarkdown } = await import('./markdown');
      return readMarkdown(text, name);
    }
    case 'text':
      return readText(decodeText(bytes), name);
  }
}

/**
 * The text of a UTF-8 file, refused when it is longer than one check takes
 * (its markup counts too: parsing it costs as much as its text).
 *
 * @throws {DocumentError} `not-utf8`, or `too-big` over `MAX_TEXT_CHARACTERS`.
 */
export function decodeText(bytes: Uint8Array): string {
  // UTF-8 takes at most three bytes for each character JavaScript counts, so
  // a file this long is refused without decoding it.
  if (bytes.byteLength > 3 * MAX_TEXT_CHARACTERS) {
    throw new DocumentError('too-big', MESSAGES.tooMuchText());
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    throw new DocumentError('not-utf8', MESSAGES.notUtf8());
  }
  if (text.length > MAX_TEXT_CHARACTERS) throw new DocumentError('too-big', MESSAGES.tooMuchText());
  return text;
}
