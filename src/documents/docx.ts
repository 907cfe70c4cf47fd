/**
 * Reads a .docx: mammoth for the structure (headings, lists, tables, links,
 * image alt text, italics and underlining), and the document's own XML, read
 * with fflate, for what mammoth does not pass on: justified paragraphs, font
 * sizes, the title and the language.
 *
 * Before anything is unzipped, the zip's declared sizes are added up, so a
 * "zip bomb" is refused without being opened (docs/reliability.md, "Documents").
 */
import type { Root } from 'hast';
import { unzipSync, type UnzipFileInfo } from 'fflate';
import mammoth from 'mammoth';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { ModelBuilder } from './builder';
import { DocumentError, MAX_UNZIPPED_BYTES, MESSAGES } from './errors';
import { walkHast } from './hast-walker';
import type { DocFormatting, DocumentModel, Span } from './model';

/** Word gives font sizes in half points. Text under 14 pt is recorded: 12 pt is the least for
 * most documents and 14 pt for easy read, so the checks decide by profile. */
const MIN_BODY_HALF_POINTS = 28;

const PARTS = ['word/document.xml', 'word/styles.xml', 'docProps/core.xml'];

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return signature.every((byte, index) => bytes[index] === byte);
}

/**
 * Unzips only the parts Plainly reads, after checking the sizes the zip
 * declares for every file in it.
 *
 * @throws {DocumentError} `password` for an encrypted (or old binary) Word
 *   file, `corrupt` for anything that is not a readable zip, `zip-bomb` when
 *   it would unzip to more than 200 MB.
 */
export function unzipDocxParts(bytes: Uint8Array): Record<string, string> {
  // Word saves password-protected files (and old .doc files) as OLE compound files.
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) {
    throw new DocumentError('password', MESSAGES.passwordDocx());
  }
  if (!startsWith(bytes, [0x50, 0x4b])) throw new DocumentError('corrupt', MESSAGES.corruptDocx());
  let declared = 0;
  let files: Record<string, Uint8Array>;
  try {
    // The filter sees every entry's declared size; returning false for all
    // of them reads the directory without inflating anything.
    unzipSync(bytes, {
      filter: (file: UnzipFileInfo) => {
        declared += file.originalSize;
        return false;
      },
    });
    if (declared > MAX_UNZIPPED_BYTES) throw new DocumentError('zip-bomb', MESSAGES.zipBomb());
    files = unzipSync(bytes, { filter: (file) => PARTS.includes(file.name) });
  } catch (error) {
    if (error instanceof DocumentError) throw error;
    throw new DocumentError('corrupt', MESSAGES.corruptDocx());
  }
  if (!files['word/document.xml']) throw new DocumentError('corrupt', MESSAGES.corruptDocx());
  const decoder = new TextDecoder();
  return Object.fromEntries(
    Object.entries(files).map(([name, data]) => [name, decoder.decode(data)]),
  );
}

export async function readDocx(bytes: Uint8Array, name: string): Promise<DocumentModel> {
  const parts = unzipDocxParts(bytes);
  let html: string;
  try {
    const arrayBuffer = bytes.buffer.slice(
      bytes.byteOffset,
      bytes.byteOffset + bytes.byteLength,
    ) as ArrayBuffer;
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
  const tree = unified().use(rehypeParse, { fragment: true }).parse(html) as Root;
  walkHast(tree, builder);
  builder.setTitle(coreTitle(parts['docProps/core.xml']));
  builder.setLanguage(defaultLanguage(parts['word/styles.xml']));
  const model = builder.finish();
  model.formatting = readFormatting(
    parts['word/document.xml'] as string,
    parts['word/styles.xml'],
    model.text,
  );
  return model;
}

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
};

function decodeXml(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name.startsWith('#x')) return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(parseInt(name.slice(1), 10));
    return ENTITIES[name] ?? whole;
  });
}

function coreTitle(core: string | undefined): string | null {
  const match = core && /<dc:title>([\s\S]*?)<\/dc:title>/.exec(core);
  return match ? decodeXml(match[1] as string) : null;
}

function defaultLanguage(styles: string | undefined): string | null {
  const defaults = styles && /<w:docDefaults>([\s\S]*?)<\/w:docDefaults>/.exec(styles)?.[1];
  const match = defaults && /<w:lang\b[^>]*\bw:val="([^"]+)"/.exec(defaults);
  return match ? (match[1] as string) : null;
}

function halfPoints(xml: string | undefined): number | undefined {
  const match = xml && /<w:sz\b[^>]*\bw:val="(\d+)"/.exec(xml);
  return match ? Number(match[1]) : undefined;
}

/** Size of body text the styles set: the "Normal" style's, or the document default. */
function defaultSize(styles: string | undefined): number | undefined {
  if (!styles) return undefined;
  const normal = /<w:style\b[^>]*w:styleId="Normal"[^>]*>([\s\S]*?)<\/w:style>/.exec(styles)?.[1];
  const defaults = /<w:docDefaults>([\s\S]*?)<\/w:docDefaults>/.exec(styles)?.[1];
  return halfPoints(normal) ?? halfPoints(defaults);
}

function paragraphText(xml: string): string {
  let out = '';
  for (const match of xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:(tab|br)\b[^>]*\/>/g)) {
    out += match[1] !== undefined ? decodeXml(match[1]) : ' ';
  }
  return out.replace(/\s+/g, ' ').trim();
}

/**
 * Justified paragraphs and body text under 12 pt, read from document.xml.
 * Each is found in the model's text by its words, in order, so it can be
 * highlighted; a paragraph that cannot be found (text in a text box, say) is
 * left out rather than placed wrongly.
 */
export function readFormatting(
  documentXml: string,
  stylesXml: string | undefined,
  text: string,
): DocFormatting {
  const justified: Span[] = [];
  const smallText: (Span & { points: number })[] = [];
  const baseSize = defaultSize(stylesXml);
  let cursor = 0;
  for (const match of documentXml.matchAll(/<w:p\b[^>]*>([\s\S]*?)<\/w:p>/g)) {
    const body = match[1] as string;
    const words = paragraphText(body);
    if (words === '') continue;
    let at = text.indexOf(words, cursor);
    if (at === -1) at = text.indexOf(words);
    if (at === -1) continue;
    cursor = at + words.length;
    const span = { start: at, end: at + words.length };
    const properties = /<w:pPr>([\s\S]*?)<\/w:pPr>/.exec(body)?.[1] ?? '';
    if (/<w:jc\b[^>]*\bw:val="(?:both|distribute)"/.test(properties)) justified.push(span);
    // Headings and titles are larger by design; only body text is measured.
    if (/<w:pStyle\b[^>]*\bw:val="(?:Heading|Title)/i.test(properties)) continue;
    const paragraphSize = halfPoints(/<w:rPr>([\s\S]*?)<\/w:rPr>/.exec(properties)?.[1]);
    let smallest: number | undefined;
    for (const run of body.matchAll(/<w:r\b[^>]*>([\s\S]*?)<\/w:r>/g)) {
      const runXml = run[1] as string;
      if (!/<w:t[\s>]/.test(runXml)) continue;
      const size =
        halfPoints(/<w:rPr>([\s\S]*?)<\/w:rPr>/.exec(runXml)?.[1]) ?? paragraphSize ?? baseSize;
      if (size !== undefined && size < MIN_BODY_HALF_POINTS)
        smallest = Math.min(smallest ?? size, size);
    }
    if (smallest !== undefined) smallText.push({ ...span, points: smallest / 2 });
  }
  return { justified, smallText };
}
