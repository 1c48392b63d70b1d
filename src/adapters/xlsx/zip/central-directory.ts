/**
 * The table of contents of a .zip (an .xlsx is one): read from the end-of-central-directory record
 * and the central directory, never by walking local headers, because local headers may carry zero
 * sizes (data descriptors) and the central directory is what every zip reader trusts.
 * Nothing here inflates anything.
 */
import { WorkbookReadError } from "../errors";

export interface ZipEntry {
  /** Part name as stored ("xl/worksheets/sheet1.xml"). */
  readonly name: string;
  /** 0 stored, 8 deflated; anything else is refused when the part is read. */
  readonly method: number;
  readonly compressedSize: number;
  /** Declared size; may lie, so inflation enforces its own limit as well. */
  readonly size: number;
  /** Offset of the entry's local header. */
  readonly localHeaderOffset: number;
  readonly encrypted: boolean;
}

const EOCD_SIGNATURE = 0x06054b50;
const ZIP64_LOCATOR_SIGNATURE = 0x07064b50;
const ZIP64_EOCD_SIGNATURE = 0x06064b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
/** EOCD is 22 bytes plus a comment of at most 65535 bytes. */
const EOCD_SEARCH = 22 + 0xffff;

const corrupt = (): WorkbookReadError => new WorkbookReadError("文件已损坏，无法作为 .xlsx 打开。");

function view(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

function findEndOfCentralDirectory(bytes: Uint8Array, dv: DataView): number {
  const stop = Math.max(0, bytes.length - EOCD_SEARCH);
  for (let p = bytes.length - 22; p >= stop; p--) {
    if (dv.getUint32(p, true) === EOCD_SIGNATURE) return p;
  }
  throw corrupt();
}

/** 64-bit little-endian as a safe integer (every real value here is far below 2^53). */
function uint64(dv: DataView, p: number): number {
  const value = dv.getUint32(p, true) + dv.getUint32(p + 4, true) * 0x1_0000_0000;
  if (!Number.isSafeInteger(value)) throw corrupt();
  return value;
}

const utf8 = new TextDecoder("utf-8");

/** Reads the central directory. Throws WorkbookReadError for anything that is not a sound zip. */
export function readCentralDirectory(bytes: Uint8Array): ZipEntry[] {
  if (bytes.length < 22) throw corrupt();
  const dv = view(bytes);
  const eocd = findEndOfCentralDirectory(bytes, dv);
  let count = dv.getUint16(eocd + 10, true);
  let size = dv.getUint32(eocd + 12, true);
  let offset = dv.getUint32(eocd + 16, true);
  if (count === 0xffff || size === 0xffffffff || offset === 0xffffffff) {
    // Zip64: some writers use it even for small files.
    const locator = eocd - 20;
    if (locator < 0 || dv.getUint32(locator, true) !== ZIP64_LOCATOR_SIGNATURE) throw corrupt();
    const record = uint64(dv, locator + 8);
    if (record + 56 > bytes.length || dv.getUint32(record, true) !== ZIP64_EOCD_SIGNATURE) throw corrupt();
    count = uint64(dv, record + 32);
    size = uint64(dv, record + 40);
    offset = uint64(dv, record + 48);
  }
  if (offset + size > bytes.length) throw corrupt();
  const entries: ZipEntry[] = [];
  let p = offset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > bytes.length || dv.getUint32(p, true) !== CENTRAL_SIGNATURE) throw corrupt();
    const flags = dv.getUint16(p + 8, true);
    const method = dv.getUint16(p + 10, true);
    let compressedSize = dv.getUint32(p + 20, true);
    let uncompressedSize = dv.getUint32(p + 24, true);
    const nameLength = dv.getUint16(p + 28, true);
    const extraLength = dv.getUint16(p + 30, true);
    const commentLength = dv.getUint16(p + 32, true);
    let localHeaderOffset = dv.getUint32(p + 42, true);
    const nameEnd = p + 46 + nameLength;
    if (nameEnd + extraLength + commentLength > bytes.length) throw corrupt();
    const name = utf8.decode(bytes.subarray(p + 46, nameEnd));
    // The Zip64 extra field holds, in this order, only the values that overflowed.
    for (let e = nameEnd; e + 4 <= nameEnd + extraLength; ) {
      const id = dv.getUint16(e, true);
      const len = dv.getUint16(e + 2, true);
      if (id === 0x0001) {
        let q = e + 4;
        const end = e + 4 + len;
        if (uncompressedSize === 0xffffffff && q + 8 <= end) {
          uncompressedSize = uint64(dv, q);
          q += 8;
        }
        if (compressedSize === 0xffffffff && q + 8 <= end) {
          compressedSize = uint64(dv, q);
          q += 8;
        }
        if (localHeaderOffset === 0xffffffff && q + 8 <= end) localHeaderOffset = uint64(dv, q);
      }
      e += 4 + len;
    }
    entries.push({ name, method, compressedSize, size: uncompressedSize, localHeaderOffset, encrypted: (flags & 1) !== 0 });
    p = nameEnd + extraLength + commentLength;
  }
  return entries;
}

/** The compressed bytes of one entry, located through its local header. */
export function entryData(bytes: Uint8Array, entry: ZipEntry): Uint8Array {
  const dv = view(bytes);
  const p = entry.localHeaderOffset;
  if (p + 30 > bytes.length || dv.getUint32(p, true) !== LOCAL_SIGNATURE) throw corrupt();
  const start = p + 30 + dv.getUint16(p + 26, true) + dv.getUint16(p + 28, true);
  const end = start + entry.compressedSize;
  if (end > bytes.length) throw corrupt();
  return bytes.subarray(start, end);
}
