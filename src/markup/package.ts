/**
 * The Word file as a package of parts: checked and opened with the review
 * page's limits, its XML parts decoded once each, and the ids already used in
 * them, so new ones never clash.
 */
import { unzipSync, type UnzipFileInfo } from 'fflate';
import { DocumentError, MAX_FILE_BYTES, MAX_UNZIPPED_BYTES, MESSAGES } from '../documents/errors';
import { XmlFormatError } from './xml';
import { readDirectory, type ZipDirectory } from './zip';

/**
 * The zip's directory and its XML parts, after refusing files that are too
 * big, protected, damaged or would unzip to too much.
 */
export function readParts(bytes: Uint8Array): {
  directory: ZipDirectory;
  files: Record<string, Uint8Array>;
} {
  if (bytes.byteLength > MAX_FILE_BYTES) {
    throw new DocumentError('too-big', MESSAGES.tooBig(bytes.byteLength));
  }
  if ([0xd0, 0xcf, 0x11, 0xe0].every((byte, i) => bytes[i] === byte)) {
    throw new DocumentError('password', MESSAGES.passwordDocx());
  }
  if (bytes[0] !== 0x50 || bytes[1] !== 0x4b) {
    throw new DocumentError('corrupt', MESSAGES.corruptDocx());
  }
  try {
    const directory = readDirectory(bytes);
    let declared = 0;
    unzipSync(bytes, {
      filter: (file: UnzipFileInfo) => {
        declared += file.originalSize;
        return false;
      },
    });
    if (declared > MAX_UNZIPPED_BYTES) throw new DocumentError('zip-bomb', MESSAGES.zipBomb());
    // Only XML parts are read: the document, relationships, content types,
    // and the parts whose ids must not clash (comments, notes, headers).
    const files = unzipSync(bytes, { filter: (file) => /\.(?:xml|rels)$/i.test(file.name) });
    return { directory, files };
  } catch (error) {
    if (error instanceof DocumentError) throw error;
    throw new DocumentError('corrupt', MESSAGES.corruptDocx());
  }
}

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const encoder = new TextEncoder();

/**
 * The package's XML parts as text, each decoded once. A part that starts
 * with a byte order mark is read without it and written back with it.
 */
export class XmlParts {
  private readonly texts = new Map<string, string>();
  private readonly boms = new Set<string>();

  constructor(readonly files: Record<string, Uint8Array>) {}

  /**
   * The part's text, or undefined when the package has no such part.
   *
   * @throws {XmlFormatError} when the part is not UTF-8.
   */
  read(name: string): string | undefined {
    const cached = this.texts.get(name);
    if (cached !== undefined) return cached;
    const data = this.files[name];
    if (data === undefined) return undefined;
    let text: string;
    try {
      text = decoder.decode(data);
    } catch {
      throw new XmlFormatError(`${name} is not UTF-8.`);
    }
    if (text.startsWith('\ufeff')) {
      this.boms.add(name);
      text = text.slice(1);
    }
    this.texts.set(name, text);
    return text;
  }

  /** The part's new text as bytes, with its byte order mark if it had one. */
  encode(name: string, text: string): Uint8Array {
    return encoder.encode(this.boms.has(name) ? `\ufeff${text}` : text);
  }
}

/** Every number used as an `id` attribute anywhere in the package's XML, so new ones never clash. */
export function usedIds(texts: Iterable<string>): Set<number> {
  const used = new Set<number>();
  for (const text of texts) {
    for (const match of text.matchAll(/\s(?:[A-Za-z_][\w.-]*:)?id\s*=\s*["'](\d{1,15})["']/g)) {
      used.add(Number(match[1]));
    }
  }
  return used;
}
