/**
 * Reads a .pdf's text with pdfjs-dist, page by page, with eval switched off
 * (CVE-2024-4367: pdfjs-dist 4.2.67 and later, `isEvalSupported: false`).
 * Only text and structure are read: no scripts, no fonts, no drawing.
 *
 * A tagged PDF (Word, LibreOffice and InDesign write them when asked to make
 * an accessible PDF) says what each run of text is: headings and their
 * levels, paragraphs, list items, table cells, links, and pictures with their
 * alt text. Those are read from its structure tree, so the document checks
 * work on it as on a .docx. An untagged PDF gives text and pages only.
 *
 * The pdfjs module is passed in, because Node (the CLI) needs its "legacy"
 * build and browsers its modern one. Its parsing runs in the caller's thread:
 * the review page already runs this inside a Web Worker.
 */
import { ModelBuilder } from './builder';
import { DocumentError, MESSAGES } from './errors';
import type { DocBlockKind, DocumentModel } from './model';

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
  getMarkInfo(): Promise<{ Marked?: boolean } | null>;
  destroy(): Promise<void>;
}

interface PdfPage {
  getTextContent(options?: { includeMarkedContent?: boolean }): Promise<{ items: unknown[] }>;
  getStructTree(): Promise<StructNode | null>;
  getAnnotations(): Promise<unknown[]>;
  cleanup(): void;
}

interface TextItem {
  str: string;
  transform: number[];
  height: number;
  hasEOL?: boolean;
}

/** A node of pdfjs's structure tree: an element with a role, or a leaf pointing at content. */
interface StructNode {
  role?: string;
  alt?: string;
  type?: string;
  id?: string;
  children?: StructNode[];
}

/** A marked-content item from `getTextContent({ includeMarkedContent: true })`. */
interface MarkItem {
  type: 'beginMarkedContent' | 'beginMarkedContentProps' | 'endMarkedContent';
  tag?: string;
  id?: string;
}

/**
 * Plainly reads PDFs of up to this many pages, so a huge file is refused
 * quickly (docs/reliability.md, "Documents").
 */
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

function isMarkItem(item: unknown): item is MarkItem {
  return typeof (item as MarkItem).type === 'string';
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
    const tagged = (await pdf.getMarkInfo().catch(() => null))?.Marked === true;
    let characters = 0;
    let structured = false;
    for (let number = 1; number <= pdf.numPages; number++) {
      const page = await pdf.getPage(number);
      const tree = tagged ? await page.getStructTree().catch(() => null) : null;
      if (tree) {
        const marks = readStructure(tree, linkTargets(await page.getAnnotations().catch(() => [])));
        const content = await page.getTextContent({ includeMarkedContent: true });
        characters += addTaggedPage(builder, content.items, marks, number);
        structured ||= marks.size > 0;
      } else {
        const content = await page.getTextContent();
        characters += addPage(builder, content.items.filter(isTextItem), number);
      }
      page.cleanup();
    }
    builder.setHasStructure(structured);
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

/** What the structure tree says about a marked run of text. */
interface Marked {
  /** The element that makes the block the text is in, and what kind of block that is. */
  block?: { node: StructNode; kind: DocBlockKind; level?: number };
  link?: { node: StructNode; href: string };
  figure?: StructNode;
}

function blockFor(role: string): { kind: DocBlockKind; level?: number } | undefined {
  const heading = /^H([1-6])?$/.exec(role);
  if (heading) return { kind: 'heading', level: Number(heading[1] ?? 1) };
  if (role === 'Title') return { kind: 'heading', level: 1 };
  if (role === 'P' || role === 'Caption' || role === 'Note') return { kind: 'paragraph' };
  if (role === 'LI' || role === 'LBody') return { kind: 'list-item' };
  if (role === 'TD' || role === 'TH') return { kind: 'table-cell' };
  if (role === 'BlockQuote' || role === 'Quote') return { kind: 'quote' };
  return undefined;
}

/** A page's link annotations, by the id the structure tree uses for them. */
function linkTargets(annotations: unknown[]): Map<string, string> {
  const targets = new Map<string, string>();
  for (const annotation of annotations) {
    const { id, subtype, url } = annotation as { id?: unknown; subtype?: unknown; url?: unknown };
    if (subtype === 'Link' && typeof id === 'string' && typeof url === 'string') {
      targets.set(id, url);
    }
  }
  return targets;
}

/** Maps each marked-content id on the page to what its structure elements say it is. */
function readStructure(root: StructNode, links: Map<string, string>): Map<string, Marked> {
  const marks = new Map<string, Marked>();
  const walk = (node: StructNode, inherited: Marked, depth: number) => {
    // pdfjs stops at depth 40 too; a deeper tree is broken or hostile.
    if (depth > 40) return;
    const role = node.role ?? '';
    let here = inherited;
    const block = blockFor(role);
    if (block) here = { ...here, block: { node, ...block } };
    if (role === 'Figure') here = { ...here, figure: node };
    if (role === 'Link') {
      const target = (node.children ?? []).find(
        (child) => (child.type === 'object' || child.type === 'annotation') && child.id,
      );
      const id = target?.id?.replace(/^pdfjs_internal_id_/, '') ?? '';
      here = { ...here, link: { node, href: links.get(id) ?? '' } };
      here.block ??= { node, kind: 'paragraph' };
    }
    for (const child of node.children ?? []) {
      if (child.type === 'content' && child.id) marks.set(child.id, here);
      else if (child.role !== undefined) walk(child, here, depth + 1);
    }
  };
  walk(root, {}, 0);
  return marks;
}

/**
 * Adds a tagged page: blocks, links and pictures as its structure tree says.
 * Text marked as an artifact (running headers, page numbers) is left out;
 * text outside any element goes into paragraphs of its own. Returns how many
 * non-space characters the page has.
 */
function addTaggedPage(
  builder: ModelBuilder,
  items: unknown[],
  marks: Map<string, Marked>,
  page: number,
): number {
  let characters = 0;
  // One entry for each open marked-content section: the nearest structure
  // element's facts, and whether any open section is an artifact. Each entry
  // carries what is below it, so a text item never has to look down the whole
  // stack (a page could nest thousands of sections).
  const stack: { marked: Marked | undefined; artifact: boolean }[] = [];
  const figures = new Set<StructNode>();
  let block: StructNode | null | undefined;
  let link: StructNode | undefined;
  let lastY: number | undefined;
  const closeLink = () => {
    if (link) builder.close('link');
    link = undefined;
  };
  for (const item of items) {
    if (isMarkItem(item)) {
      if (item.type === 'endMarkedContent') {
        stack.pop();
        continue;
      }
      const marked = item.id ? marks.get(item.id) : undefined;
      const below = stack.at(-1);
      const artifact = item.tag === 'Artifact';
      stack.push({
        marked: (artifact ? undefined : marked) ?? below?.marked,
        artifact: artifact || (below?.artifact ?? false),
      });
      if (marked?.figure && !figures.has(marked.figure)) {
        figures.add(marked.figure);
        builder.addImage(marked.figure.alt ?? null, undefined, page);
      }
      continue;
    }
    const open = stack.at(-1);
    if (!isTextItem(item) || open?.artifact) continue;
    const marked = open?.marked;
    const blockNode = marked?.block?.node ?? null;
    if (blockNode !== block) {
      closeLink();
      builder.startBlock(marked?.block?.kind ?? 'paragraph', marked?.block?.level, page);
      block = blockNode;
      lastY = undefined;
    }
    if (marked?.link?.node !== link) {
      closeLink();
      if (marked?.link) builder.open('link', marked.link.href);
      link = marked?.link?.node;
    }
    const y = item.transform[5] as number;
    if (lastY !== undefined && Math.abs(lastY - y) > 1) builder.addText(' ');
    builder.addText(item.str);
    if (item.hasEOL) builder.addText(' ');
    if (item.str.trim() !== '') lastY = y;
    characters += item.str.replace(/\s+/g, '').length;
  }
  closeLink();
  builder.endBlock();
  return characters;
}
