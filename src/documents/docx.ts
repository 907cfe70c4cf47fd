/**
 * Reads a .docx: mammoth for the structure (headings, lists, tables, links,
 * image alt text, italics and underlining), and the document's own XML for
 * what mammoth does not pass on: justified paragraphs, font sizes, the title
 * and the language.
 *
 * The zip is read defensively (src/documents/zip.ts): its declared sizes are
 * added up and a "zip bomb" refused before anything is unzipped; then every
 * entry is unzipped in pieces, counting the bytes it really gives, and each
 * XML part is checked as it streams past (src/documents/docx-xml.ts). mammoth
 * is then given a new zip holding only the XML parts that passed, so it never
 * sees a byte that was not checked.
 */
import mammoth from 'mammoth';
import { ModelBuilder } from './builder';
import {
  CoreReader,
  DocumentReader,
  StylesReader,
  XmlPart,
  type XmlBudget,
  type ParagraphFacts,
  type PartListener,
} from './docx-xml';
import { DocumentError, MESSAGES } from './errors';
import { walkHast } from './hast-walker';
import { parseHtml } from './html-parse';
import type { DocBlock, DocFormatting, DocumentModel, Span } from './model';
import { inflateEntry, readZipDirectory, repackZip, UnzipBudget, type ZipEntry } from './zip';

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return signature.every((byte, index) => bytes[index] === byte);
}

const MAIN = 'word/document.xml';

/** What reading the zip gives: the checked zip for mammoth, and the facts from the XML. */
export interface DocxParts {
  zip: Uint8Array;
  title: string | null;
  language: string | null;
  paragraphs: ParagraphFacts[];
}

/**
 * Unzips and checks every part (see the top of this file).
 *
 * @throws {DocumentError} `password` for an encrypted (or old binary) Word
 *   file, `corrupt` for anything that is not a readable zip of well-formed
 *   XML, `zip-bomb` when it would unzip to more than 200 MB or has more than
 *   10,000 parts, `too-complex` when its XML is too large or deep for mammoth,
 *   `too-big` when it has more text than one check takes.
 */
export function readDocxParts(bytes: Uint8Array): DocxParts {
  // Word saves password-protected files (and old .doc files) as OLE compound files.
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) {
    throw new DocumentError('password', MESSAGES.passwordDocx());
  }
  if (!startsWith(bytes, [0x50, 0x4b])) throw new DocumentError('corrupt', MESSAGES.corruptDocx());
  const entries = readZipDirectory(bytes);
  // styles.xml gives the base text size that document.xml's runs fall back to.
  const order = [
    ...entries.filter((entry) => entry.name !== MAIN),
    ...entries.filter((entry) => entry.name === MAIN),
  ];
  const budget = new UnzipBudget();
  const xml: XmlBudget = { elements: 0, attributes: 0, bytes: 0 };
  const core = new CoreReader();
  const styles = new StylesReader();
  let document: DocumentReader | undefined;
  const kept: { entry: ZipEntry; size: number }[] = [];
  const names = new Set<string>();
  for (const entry of order) {
    try {
      if (!/\.(?:xml|rels)$/i.test(entry.name)) {
        // Pictures and the like: only counted, never kept; mammoth reads no picture data.
        inflateEntry(bytes, entry, budget);
        continue;
      }
      // Two parts with one name would let mammoth read one and Plainly check the other.
      if (names.has(entry.name)) throw new DocumentError('corrupt', MESSAGES.corruptDocx());
      names.add(entry.name);
      let listener: PartListener | undefined;
      if (entry.name === 'docProps/core.xml') listener = core;
      else if (entry.name === 'word/styles.xml') listener = styles;
      else if (entry.name === MAIN) listener = document = new DocumentReader(styles.baseSize);
      const part = new XmlPart(xml, listener);
      const size = inflateEntry(bytes, entry, budget, (piece) => part.write(piece));
      part.close();
      kept.push({ entry, size });
    } catch (error) {
      if (error instanceof DocumentError) throw error;
      throw new DocumentError('corrupt', MESSAGES.corruptDocx());
    }
  }
  if (!document) throw new DocumentError('corrupt', MESSAGES.corruptDocx());
  return {
    zip: repackZip(bytes, kept),
    title: core.title,
    language: styles.language,
    paragraphs: document.paragraphs,
  };
}

export async function readDocx(bytes: Uint8Array, name: string): Promise<DocumentModel> {
  const parts = readDocxParts(bytes);
  let html: string;
  try {
    const arrayBuffer = parts.zip.buffer as ArrayBuffer;
    // mammoth's Node build reads `buffer` and its browser build `arrayBuffer`;
    // both take an ArrayBuffer, so one input serves both.
    const input = { arrayBuffer, buffer: arrayBuffer } as unknown as { arrayBuffer: ArrayBuffer };
    const result = await mammoth.convertToHtml(input, {
      // Underlining is dropped by default; Plainly needs to see it.
      styleMap: ['u => u'],
      externalFileAccess: false,
      // Only the alt text matters: no image data is read or embedded.
      convertImage: mammoth.images.imgElement(async () => ({ src: '' })),
    });
    html = result.value;
  } catch {
    throw new DocumentError('corrupt', MESSAGES.corruptDocx());
  }
  const builder = new ModelBuilder('docx', name);
  walkHast(parseHtml(html, { fragment: true }), builder);
  builder.setTitle(parts.title);
  builder.setLanguage(parts.language);
  const model = builder.finish();
  model.formatting = placeFormatting(model.text, model.blocks, parts.paragraphs);
  return model;
}

/** How far past the previous paragraph the next one is looked for before its block is looked up. */
const NEAR = 200;

/**
 * Finds each justified or small paragraph in the model's text, in order, so it
 * can be highlighted. Each is looked for just after the last one found, then
 * as a whole block anywhere (a block that comes first after the last one found
 * is preferred); a paragraph found neither way (text in a text box, say) is
 * left out rather than placed wrongly. Each look is bounded, so the work grows
 * in step with the document.
 */
export function placeFormatting(
  text: string,
  blocks: readonly DocBlock[],
  paragraphs: readonly ParagraphFacts[],
): DocFormatting {
  const justified: Span[] = [];
  const smallText: (Span & { points: number })[] = [];
  let byText: Map<string, { starts: number[]; next: number }> | undefined;
  let cursor = 0;
  for (const paragraph of paragraphs) {
    const { words } = paragraph;
    let at = text.slice(cursor, cursor + words.length + NEAR).indexOf(words);
    if (at !== -1) {
      at += cursor;
    } else {
      byText ??= blocksByText(text, blocks);
      const found = byText.get(words);
      if (!found) continue;
      while (found.next < found.starts.length && (found.starts[found.next] as number) < cursor) {
        found.next++;
      }
      at = found.starts[found.next] ?? (found.starts[0] as number);
    }
    cursor = at + words.length;
    const span = { start: at, end: at + words.length };
    if (paragraph.justified) justified.push(span);
    if (paragraph.points !== undefined) smallText.push({ ...span, points: paragraph.points });
  }
  return { justified, smallText };
}

function blocksByText(
  text: string,
  blocks: readonly DocBlock[],
): Map<string, { starts: number[]; next: number }> {
  const map = new Map<string, { starts: number[]; next: number }>();
  for (const block of blocks) {
    const key = text.slice(block.start, block.end);
    const found = map.get(key);
    if (found) found.starts.push(block.start);
    else map.set(key, { starts: [block.start], next: 0 });
  }
  return map;
}
