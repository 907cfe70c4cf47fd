/**
 * Reads a .pdf's text with pdfjs-dist, page by page, with eval switched off
 * (CVE-2024-4367: pdfjs-dist 4.2.67 and later, `isEvalSupported: false`).
 * Only text is read: no scripts, no fonts, no drawing.
 *
 * The pdfjs module is passed in, because Node (the CLI) needs its "legacy"
 * build and browsers its modern one. Its parsing runs in the caller's thread:
 * the review page already runs this inside a Web Worker.
 */
import { ModelBuilder } from './builder';
import { DocumentError, MESSAGES } from './errors';
import type { DocumentModel } from './model';

/** The parts of pdfjs-dist Plainly uses, so both builds fit. */
export interface PdfJs {
  version: string;
  getDocument(source: {
    data: Uint8Array;
    isEvalSupported: boolean;
    disableFontFace: boolean;
    useSystemFonts: boolean;
    enableXfa: boolean;
    verbosity: number;
  }): { promise: Promise<PdfDocument>; destroy(): Promise<void> };
}

interface PdfDocument {
  numPages: number;
  getPage(number: number): Promise<PdfPage>;
  getMetadata(): Promise<{ info: unknown }>;
  destroy(): Promise<void>;
}

interface PdfPage {
  getTextContent(): Promise<{ items: unknown[] }>;
  cleanup(): void;
}

interface TextItem {
  str: string;
  transform: number[];
  height: number;
  hasEOL?: boolean;
}

/** Plainly reads PDFs of up to this many pages, so a huge file is refused quickly (RELIABILITY.md §3.4). */
export const MAX_PDF_PAGES = 500;

/** The oldest pdfjs-dist without the font-eval hole (CVE-2024-4367). */
export const MIN_PDFJS_VERSION = [4, 2, 67] as const;

export function isSafePdfJsVersion(version: string): boolean {
  const parts = version.split('.').map((part) => parseInt(part, 10));
  for (let i = 0; i < MIN_PDFJS_VERSION.length; i++) {
    const have = parts[i] ?? 0;
    const need = MIN_PDFJS_VERSION[i] as number;
    if (have !== need) return have > need;
  }
  return true;
}

function isTextItem(item: unknown): item is TextItem {
  return typeof (item as TextItem).str === 'string' && Array.isArray((item as TextItem).transform);
}

export async function readPdf(
  bytes: Uint8Array,
  name: string,
  pdfjs: PdfJs,
): Promise<DocumentModel> {
  if (!isSafePdfJsVersion(pdfjs.version)) {
    throw new Error(`pdfjs-dist ${pdfjs.version} is too old: Plainly needs 4.2.67 or later.`);
  }
  if (!(bytes[0] === 0x25 && bytes[1] === 0x50 && bytes[2] === 0x44 && bytes[3] === 0x46)) {
    // Not "%PDF": pdfjs would search the whole file for one before giving up.
    throw new DocumentError('corrupt', MESSAGES.corruptPdf());
  }
  const task = pdfjs.getDocument({
    // pdfjs takes ownership of the buffer it is given, so it gets a copy.
    data: bytes.slice(),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    enableXfa: false,
    verbosity: 0,
  });
  let pdf: PdfDocument;
  try {
    pdf = await task.promise;
  } catch (error) {
    await task.destroy().catch(() => undefined);
    if ((error as Error | undefined)?.name === 'PasswordException') {
      throw new DocumentError('password', MESSAGES.passwordPdf());
    }
    throw new DocumentError('corrupt', MESSAGES.corruptPdf());
  }
  try {
    if (pdf.numPages > MAX_PDF_PAGES) {
      throw new DocumentError(
        'too-big',
        `This PDF has ${pdf.numPages.toLocaleString('en-GB')} pages. Plainly can read PDFs of up to ${MAX_PDF_PAGES} pages. Split it into smaller files.`,
      );
    }
    const builder = new ModelBuilder('pdf', name);
    const { info } = await pdf.getMetadata().catch(() => ({ info: {} }));
    const title = (info as { Title?: unknown }).Title;
    builder.setTitle(typeof title === 'string' ? title : null);
    const language = (info as { Language?: unknown }).Language;
    builder.setLanguage(typeof language === 'string' ? language : null);
    let characters = 0;
    for (let number = 1; number <= pdf.numPages; number++) {
      const page = await pdf.getPage(number);
      const content = await page.getTextContent();
      characters += addPage(builder, content.items.filter(isTextItem), number);
      page.cleanup();
    }
    // A page or two of real text has hundreds of characters; a scan has none,
    // or only a stray page number.
    if (characters < pdf.numPages * 5) throw new DocumentError('scanned', MESSAGES.scanned());
    return builder.finish(pdf.numPages);
  } catch (error) {
    if (error instanceof DocumentError) throw error;
    throw new DocumentError('corrupt', MESSAGES.corruptPdf());
  } finally {
    await pdf.destroy().catch(() => undefined);
  }
}

/**
 * Adds one page's text. pdfjs gives runs of text with their positions; runs
 * are joined into lines, and a gap of more than half a line between lines
 * starts a new paragraph. Returns how many non-space characters the page has.
 */
function addPage(builder: ModelBuilder, items: TextItem[], page: number): number {
  let characters = 0;
  let lastY: number | undefined;
  let lastHeight = 0;
  builder.startBlock('paragraph', undefined, page);
  let lineEnded = false;
  for (const item of items) {
    const y = item.transform[5] as number;
    const height = Math.abs(item.height || (item.transform[3] as number) || 0);
    if (lastY !== undefined && item.str.trim() !== '') {
      const gap = Math.abs(lastY - y);
      if (gap > Math.max(height, lastHeight) * 1.5)
        builder.startBlock('paragraph', undefined, page);
      else if (lineEnded || gap > 1) builder.addText(' ');
    }
    builder.addText(item.str);
    characters += item.str.replace(/\s+/g, '').length;
    if (item.str.trim() !== '') {
      lastY = y;
      lastHeight = height;
    }
    lineEnded = item.hasEOL === true;
  }
  builder.endBlock();
  return characters;
}
