/**
 * Reading a .docx's zip safely. The zip's own directory is read here (not by
 * a library that trusts it), every entry is inflated in small pieces with a
 * running count of the bytes it really gives, and the count stops at the cap:
 * a zip whose headers lie about its sizes, or whose entries all point at the
 * same data, is refused as soon as the real bytes pass 200 MB, without ever
 * holding them. Nothing here trusts a declared size except to refuse early.
 */
import { Inflate } from 'fflate';
import { DocumentError, MAX_UNZIPPED_BYTES, MAX_ZIP_ENTRIES, MESSAGES } from './errors';

export interface ZipEntry {
  name: string;
  /** 0 (stored) or 8 (deflated); anything else cannot be read. */
  method: number;
  crc: number;
  /** Where the entry's compressed data starts in the file, and how long it is. */
  dataStart: number;
  compressedSize: number;
  /** The size the directory declares; only ever used to refuse early. */
  declaredSize: number;
}

const corrupt = () => new DocumentError('corrupt', MESSAGES.corruptDocx());

/** How much compressed data is inflated at a time: at most about 16 MB comes out of it. */
const PIECE = 16 * 1024;

function view(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** Reads a 64-bit size as a number; anything past 2^53 is treated as damage. */
function uint64(data: DataView, at: number): number {
  const high = data.getUint32(at + 4, true);
  if (high > 0x1fffff) throw corrupt();
  return high * 0x100000000 + data.getUint32(at, true);
}

function findEndOfDirectory(bytes: Uint8Array, data: DataView): number {
  // The end record is 22 bytes plus a comment of up to 65,535 bytes.
  const last = Math.max(0, bytes.length - 22 - 0xffff);
  for (let at = bytes.length - 22; at >= last; at--) {
    if (data.getUint32(at, true) === 0x06054b50) return at;
  }
  throw corrupt();
}

/**
 * Lists the zip's entries from its central directory, checking that each
 * one's data lies inside the file.
 *
 * @throws {DocumentError} `corrupt` for a damaged or encrypted zip,
 *   `zip-bomb` for one with more than 10,000 entries or whose declared sizes
 *   add up to more than 200 MB.
 */
export function readZipDirectory(bytes: Uint8Array): ZipEntry[] {
  if (bytes.length < 22) throw corrupt();
  const data = view(bytes);
  const end = findEndOfDirectory(bytes, data);
  let count = data.getUint16(end + 10, true);
  let start = data.getUint32(end + 16, true);
  if (count === 0xffff || start === 0xffffffff) {
    // Zip64: the real numbers are in the zip64 end record, found by its locator.
    const locator = end - 20;
    if (locator < 0 || data.getUint32(locator, true) !== 0x07064b50) throw corrupt();
    const record = uint64(data, locator + 8);
    if (record + 56 > bytes.length || data.getUint32(record, true) !== 0x06064b50) {
      throw corrupt();
    }
    count = uint64(data, record + 32);
    start = uint64(data, record + 48);
  }
  if (count > MAX_ZIP_ENTRIES) throw new DocumentError('zip-bomb', MESSAGES.tooManyParts());
  const decoder = new TextDecoder();
  const entries: ZipEntry[] = [];
  let declared = 0;
  let at = start;
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || data.getUint32(at, true) !== 0x02014b50) throw corrupt();
    const flags = data.getUint16(at + 8, true);
    const method = data.getUint16(at + 10, true);
    const crc = data.getUint32(at + 16, true);
    let compressedSize = data.getUint32(at + 20, true);
    let declaredSize = data.getUint32(at + 24, true);
    const nameLength = data.getUint16(at + 28, true);
    const extraLength = data.getUint16(at + 30, true);
    const commentLength = data.getUint16(at + 32, true);
    let localHeader = data.getUint32(at + 42, true);
    const next = at + 46 + nameLength + extraLength + commentLength;
    if (next > bytes.length) throw corrupt();
    // Bit 0 set: the entry is encrypted, which Word never does inside a .docx.
    if (flags & 1) throw corrupt();
    const name = decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength));
    // Sizes and the offset that do not fit in 32 bits are in the zip64 extra field, in this order.
    let extra = at + 46 + nameLength;
    const extraEnd = extra + extraLength;
    while (extra + 4 <= extraEnd) {
      const id = data.getUint16(extra, true);
      const size = data.getUint16(extra + 2, true);
      if (id === 0x0001) {
        let field = extra + 4;
        const take = () => {
          if (field + 8 > extra + 4 + size) throw corrupt();
          const value = uint64(data, field);
          field += 8;
          return value;
        };
        if (declaredSize === 0xffffffff) declaredSize = take();
        if (compressedSize === 0xffffffff) compressedSize = take();
        if (localHeader === 0xffffffff) localHeader = take();
      }
      extra += 4 + size;
    }
    if (localHeader + 30 > bytes.length || data.getUint32(localHeader, true) !== 0x04034b50) {
      throw corrupt();
    }
    const dataStart =
      localHeader +
      30 +
      data.getUint16(localHeader + 26, true) +
      data.getUint16(localHeader + 28, true);
    if (dataStart + compressedSize > bytes.length) throw corrupt();
    declared += declaredSize;
    entries.push({ name, method, crc, dataStart, compressedSize, declaredSize });
    at = next;
  }
  // Refused before anything is inflated when the zip itself says it is too big.
  if (declared > MAX_UNZIPPED_BYTES) throw new DocumentError('zip-bomb', MESSAGES.zipBomb());
  return entries;
}

/** The running count of real unzipped bytes, shared by every entry of one file. */
export class UnzipBudget {
  used = 0;

  add(bytes: number): void {
    this.used += bytes;
    if (this.used > MAX_UNZIPPED_BYTES) throw new DocumentError('zip-bomb', MESSAGES.zipBomb());
  }
}

/**
 * Inflates one entry in pieces, passing each piece of real output to
 * `onData` (when given) and counting it against `budget`. Returns the real
 * size. Stops with `zip-bomb` as soon as the count passes the cap, or as
 * soon as the entry gives more than its header declared: a zip that lies
 * about its sizes is a zip bomb, whatever it would add up to.
 */
export function inflateEntry(
  bytes: Uint8Array,
  entry: ZipEntry,
  budget: UnzipBudget,
  onData?: (piece: Uint8Array) => void,
): number {
  const compressed = bytes.subarray(entry.dataStart, entry.dataStart + entry.compressedSize);
  let size = 0;
  const take = (piece: Uint8Array) => {
    size += piece.length;
    if (size > entry.declaredSize) throw new DocumentError('zip-bomb', MESSAGES.zipBomb());
    budget.add(piece.length);
    if (onData && piece.length > 0) onData(piece);
  };
  if (entry.method === 0) {
    for (let at = 0; at < compressed.length; at += PIECE) {
      take(compressed.subarray(at, at + PIECE));
    }
    return size;
  }
  if (entry.method !== 8) throw corrupt();
  const inflate = new Inflate((piece) => take(piece));
  try {
    if (compressed.length === 0) inflate.push(compressed, true);
    for (let at = 0; at < compressed.length; at += PIECE) {
      inflate.push(compressed.subarray(at, at + PIECE), at + PIECE >= compressed.length);
    }
  } catch (error) {
    if (error instanceof DocumentError) throw error;
    throw corrupt();
  }
  return size;
}

/**
 * A new zip holding only `parts`, each with its original compressed data and
 * honest sizes, so a reader given it (mammoth) sees exactly the bytes that
 * were checked, under the names they were checked by.
 */
export function repackZip(
  bytes: Uint8Array,
  parts: readonly { entry: ZipEntry; size: number }[],
): Uint8Array {
  const encoder = new TextEncoder();
  const names = parts.map(({ entry }) => encoder.encode(entry.name));
  let total = 22;
  parts.forEach(({ entry }, i) => {
    total += 30 + 46 + 2 * (names[i] as Uint8Array).length + entry.compressedSize;
  });
  const out = new Uint8Array(total);
  const data = view(out);
  let at = 0;
  const offsets: number[] = [];
  parts.forEach(({ entry, size }, i) => {
    const name = names[i] as Uint8Array;
    offsets.push(at);
    data.setUint32(at, 0x04034b50, true);
    data.setUint16(at + 4, 20, true);
    data.setUint16(at + 6, 0x0800, true);
    data.setUint16(at + 8, entry.method, true);
    data.setUint32(at + 14, entry.crc, true);
    data.setUint32(at + 18, entry.compressedSize, true);
    data.setUint32(at + 22, size, true);
    data.setUint16(at + 26, name.length, true);
    out.set(name, at + 30);
    at += 30 + name.length;
    out.set(bytes.subarray(entry.dataStart, entry.dataStart + entry.compressedSize), at);
    at += entry.compressedSize;
  });
  const directory = at;
  parts.forEach(({ entry, size }, i) => {
    const name = names[i] as Uint8Array;
    data.setUint32(at, 0x02014b50, true);
    data.setUint16(at + 4, 20, true);
    data.setUint16(at + 6, 20, true);
    data.setUint16(at + 8, 0x0800, true);
    data.setUint16(at + 10, entry.method, true);
    data.setUint32(at + 16, entry.crc, true);
    data.setUint32(at + 20, entry.compressedSize, true);
    data.setUint32(at + 24, size, true);
    data.setUint16(at + 28, name.length, true);
    data.setUint32(at + 42, offsets[i] as number, true);
    out.set(name, at + 46);
    at += 46 + name.length;
  });
  data.setUint32(at, 0x06054b50, true);
  data.setUint16(at + 8, parts.length, true);
  data.setUint16(at + 10, parts.length, true);
  data.setUint32(at + 12, at - directory, true);
  data.setUint32(at + 16, directory, true);
  return out;
}
