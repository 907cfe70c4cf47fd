/**
 * Rewrites a .docx's zip with a few parts changed or added. Every other entry
 * keeps its compressed bytes exactly as they were: only the headers around
 * them are written again, so pictures, styles, headers and footers come out
 * byte for byte the same.
 *
 * Reads only the zip's central directory (the list at the end of the file);
 * nothing is inflated here. A zip this cannot copy safely (ZIP64, or entries
 * that overlap) is rebuilt with fflate instead, which keeps each part's
 * content the same but compresses it again.
 */
import { deflateSync, unzipSync, zipSync, type Zippable } from 'fflate';

export class ZipFormatError extends Error {
  override name = 'ZipFormatError';
}

export interface ZipEntry {
  name: string;
  /** Where the entry's record is in the central directory, and how long it is. */
  centralOffset: number;
  centralLength: number;
  localOffset: number;
  flags: number;
  method: number;
  crc: number;
  compressedSize: number;
  size: number;
}

export interface ZipDirectory {
  entries: ZipEntry[];
  /** Entries that need ZIP64 or cannot be copied as they are: the zip is rebuilt instead. */
  copyable: boolean;
  /** The end-of-directory record's comment. */
  comment: Uint8Array;
}

const LOCAL = 0x04034b50;
const CENTRAL = 0x02014b50;
const END = 0x06054b50;

const decoder = new TextDecoder();
const encoder = new TextEncoder();

/** Reads the zip's list of entries. @throws {ZipFormatError} when it is not a readable zip. */
export function readDirectory(bytes: Uint8Array): ZipDirectory {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = -1;
  // The end record is 22 bytes plus a comment of up to 65,535 bytes.
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 0xffff); at--) {
    if (view.getUint32(at, true) === END) {
      end = at;
      break;
    }
  }
  if (end === -1) throw new ZipFormatError('There is no end of central directory record.');
  const count = view.getUint16(end + 10, true);
  const directorySize = view.getUint32(end + 12, true);
  const directoryOffset = view.getUint32(end + 16, true);
  const commentLength = view.getUint16(end + 20, true);
  const comment = bytes.slice(end + 22, end + 22 + commentLength);
  if (count === 0xffff || directoryOffset === 0xffffffff || directorySize === 0xffffffff) {
    return { entries: [], copyable: false, comment };
  }
  if (directoryOffset + directorySize > end) {
    throw new ZipFormatError('The central directory runs past its end.');
  }
  const entries: ZipEntry[] = [];
  let copyable = true;
  let at = directoryOffset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > end || view.getUint32(at, true) !== CENTRAL) {
      throw new ZipFormatError('A central directory record is damaged.');
    }
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const entryCommentLength = view.getUint16(at + 32, true);
    const length = 46 + nameLength + extraLength + entryCommentLength;
    if (at + length > end) throw new ZipFormatError('A central directory record is damaged.');
    const entry: ZipEntry = {
      name: decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength)),
      centralOffset: at,
      centralLength: length,
      flags: view.getUint16(at + 8, true),
      method: view.getUint16(at + 10, true),
      crc: view.getUint32(at + 16, true),
      compressedSize: view.getUint32(at + 20, true),
      size: view.getUint32(at + 24, true),
      localOffset: view.getUint32(at + 42, true),
    };
    if (
      entry.compressedSize === 0xffffffff ||
      entry.size === 0xffffffff ||
      entry.localOffset === 0xffffffff
    ) {
      copyable = false;
    }
    entries.push(entry);
    at += length;
  }
  if (copyable) copyable = localRecordsFit(view, entries, directoryOffset);
  return { entries, copyable, comment };
}

/** Whether each entry's local header and data sit inside the file, before the directory, without overlapping. */
function localRecordsFit(view: DataView, entries: readonly ZipEntry[], limit: number): boolean {
  const spans: [number, number][] = [];
  for (const entry of entries) {
    const at = entry.localOffset;
    if (at + 30 > limit || view.getUint32(at, true) !== LOCAL) return false;
    const dataStart = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
    const dataEnd = dataStart + entry.compressedSize;
    if (dataEnd > limit) return false;
    spans.push([at, dataEnd]);
  }
  spans.sort((a, b) => a[0] - b[0]);
  for (let i = 1; i < spans.length; i++) {
    if ((spans[i] as [number, number])[0] < (spans[i - 1] as [number, number])[1]) return false;
  }
  return true;
}

let crcTable: Uint32Array | undefined;

export function crc32(data: Uint8Array): number {
  if (!crcTable) {
    crcTable = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      crcTable[n] = c >>> 0;
    }
  }
  let crc = 0xffffffff;
  for (let i = 0; i < data.length; i++) {
    crc = (crcTable[(crc ^ (data[i] as number)) & 0xff] as number) ^ (crc >>> 8);
  }
  return (crc ^ 0xffffffff) >>> 0;
}

/** The date and time fields of a zip header for `date`, in local time as zip tools expect. */
function dosDateTime(date: Date): { time: number; day: number } {
  const year = Math.min(Math.max(date.getFullYear(), 1980), 2107);
  return {
    time: (date.getHours() << 11) | (date.getMinutes() << 5) | (date.getSeconds() >> 1),
    day: ((year - 1980) << 9) | ((date.getMonth() + 1) << 5) | date.getDate(),
  };
}

class Writer {
  private chunks: Uint8Array[] = [];
  length = 0;

  push(chunk: Uint8Array): void {
    this.chunks.push(chunk);
    this.length += chunk.length;
  }

  finish(): Uint8Array {
    const out = new Uint8Array(this.length);
    let at = 0;
    for (const chunk of this.chunks) {
      out.set(chunk, at);
      at += chunk.length;
    }
    return out;
  }
}

/**
 * The zip with `changed` parts given new content and `added` parts put at
 * the end; every other entry's compressed data is copied unchanged.
 */
export function rewriteZip(
  bytes: Uint8Array,
  directory: ZipDirectory,
  changed: ReadonlyMap<string, Uint8Array>,
  added: ReadonlyMap<string, Uint8Array>,
  now: Date,
): Uint8Array {
  if (!directory.copyable) return rebuildZip(bytes, changed, added);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const out = new Writer();
  const central = new Writer();
  for (const entry of directory.entries) {
    const offset = out.length;
    const record = bytes.slice(entry.centralOffset, entry.centralOffset + entry.centralLength);
    const recordView = new DataView(record.buffer);
    const content = changed.get(entry.name);
    if (content === undefined) copyEntry(bytes, view, entry, recordView, out);
    else replaceEntry(bytes, view, entry, content, recordView, out);
    recordView.setUint32(42, offset, true);
    central.push(record);
  }
  const when = dosDateTime(now);
  for (const [name, content] of added) addEntry(name, content, when, out, central);
  const directoryOffset = out.length;
  const directoryBytes = central.finish();
  out.push(directoryBytes);
  const count = directory.entries.length + added.size;
  out.push(endRecord(directory.comment, count, directoryBytes.length, directoryOffset));
  return out.finish();
}

/**
 * Copies an unchanged entry: its local header and compressed data as they
 * were. A data descriptor after the data is dropped: the sizes go in the
 * header, and the flag comes off in the header and the directory `record`.
 */
function copyEntry(
  bytes: Uint8Array,
  view: DataView,
  entry: ZipEntry,
  record: DataView,
  out: Writer,
): void {
  const at = entry.localOffset;
  const localLength = 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  const header = bytes.slice(at, at + localLength);
  const headerView = new DataView(header.buffer);
  if (entry.flags & 0x8) {
    headerView.setUint16(6, entry.flags & ~0x8, true);
    headerView.setUint32(14, entry.crc, true);
    headerView.setUint32(18, entry.compressedSize, true);
    headerView.setUint32(22, entry.size, true);
    record.setUint16(8, entry.flags & ~0x8, true);
  }
  out.push(header);
  const dataStart = at + localLength;
  out.push(bytes.subarray(dataStart, dataStart + entry.compressedSize));
}

/**
 * Writes a changed entry: a new local header (same name and date) and the
 * new content, compressed; its directory `record` is updated to match.
 */
function replaceEntry(
  bytes: Uint8Array,
  view: DataView,
  entry: ZipEntry,
  content: Uint8Array,
  record: DataView,
  out: Writer,
): void {
  const at = entry.localOffset;
  const data = deflateSync(content, { level: 6 });
  const crc = crc32(content);
  const nameLength = view.getUint16(at + 26, true);
  const header = new Uint8Array(30 + nameLength);
  const headerView = new DataView(header.buffer);
  headerView.setUint32(0, LOCAL, true);
  headerView.setUint16(4, 20, true);
  headerView.setUint16(6, entry.flags & 0x800, true);
  headerView.setUint16(8, 8, true);
  headerView.setUint16(10, view.getUint16(at + 10, true), true);
  headerView.setUint16(12, view.getUint16(at + 12, true), true);
  headerView.setUint32(14, crc, true);
  headerView.setUint32(18, data.length, true);
  headerView.setUint32(22, content.length, true);
  headerView.setUint16(26, nameLength, true);
  header.set(bytes.subarray(at + 30, at + 30 + nameLength), 30);
  out.push(header);
  out.push(data);
  record.setUint16(6, 20, true);
  record.setUint16(8, entry.flags & 0x800, true);
  record.setUint16(10, 8, true);
  record.setUint32(16, crc, true);
  record.setUint32(20, data.length, true);
  record.setUint32(24, content.length, true);
}

/** Writes a new entry, compressed and dated `when`, and its directory record. */
function addEntry(
  name: string,
  content: Uint8Array,
  when: { time: number; day: number },
  out: Writer,
  central: Writer,
): void {
  const offset = out.length;
  const nameBytes = encoder.encode(name);
  const data = deflateSync(content, { level: 6 });
  const crc = crc32(content);
  const header = new Uint8Array(30 + nameBytes.length);
  const headerView = new DataView(header.buffer);
  headerView.setUint32(0, LOCAL, true);
  headerView.setUint16(4, 20, true);
  headerView.setUint16(6, 0x800, true);
  headerView.setUint16(8, 8, true);
  headerView.setUint16(10, when.time, true);
  headerView.setUint16(12, when.day, true);
  headerView.setUint32(14, crc, true);
  headerView.setUint32(18, data.length, true);
  headerView.setUint32(22, content.length, true);
  headerView.setUint16(26, nameBytes.length, true);
  header.set(nameBytes, 30);
  out.push(header);
  out.push(data);
  const record = new Uint8Array(46 + nameBytes.length);
  const recordView = new DataView(record.buffer);
  recordView.setUint32(0, CENTRAL, true);
  recordView.setUint16(4, 20, true);
  recordView.setUint16(6, 20, true);
  recordView.setUint16(8, 0x800, true);
  recordView.setUint16(10, 8, true);
  recordView.setUint16(12, when.time, true);
  recordView.setUint16(14, when.day, true);
  recordView.setUint32(16, crc, true);
  recordView.setUint32(20, data.length, true);
  recordView.setUint32(24, content.length, true);
  recordView.setUint16(28, nameBytes.length, true);
  recordView.setUint32(42, offset, true);
  record.set(nameBytes, 46);
  central.push(record);
}

/** The end-of-central-directory record: how many entries, where the directory is, and the zip's comment. */
function endRecord(
  comment: Uint8Array,
  count: number,
  directoryLength: number,
  directoryOffset: number,
): Uint8Array {
  const record = new Uint8Array(22 + comment.length);
  const view = new DataView(record.buffer);
  view.setUint32(0, END, true);
  view.setUint16(8, count, true);
  view.setUint16(10, count, true);
  view.setUint32(12, directoryLength, true);
  view.setUint32(16, directoryOffset, true);
  view.setUint16(20, comment.length, true);
  record.set(comment, 22);
  return record;
}

/** The fallback for zips that cannot be copied entry by entry: unzip everything and zip it again. */
function rebuildZip(
  bytes: Uint8Array,
  changed: ReadonlyMap<string, Uint8Array>,
  added: ReadonlyMap<string, Uint8Array>,
): Uint8Array {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes);
  } catch {
    throw new ZipFormatError('The zip cannot be read.');
  }
  const zippable: Zippable = {};
  for (const [name, data] of Object.entries(files)) zippable[name] = changed.get(name) ?? data;
  for (const [name, data] of added) zippable[name] = data;
  return zipSync(zippable, { level: 6 });
}
