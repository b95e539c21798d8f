import { ArrayFileError, type ZipProblem } from './array-file-error';

/**
 * The little of the zip format (PKWARE APPNOTE) that .npz needs: np.savez writes a zip
 * of .npy files, STORED; np.savez_compressed DEFLATEs them. We write STORED entries and
 * read both, checking each entry's CRC-32. All integers are little-endian.
 */
const LOCAL_HEADER = 0x04034b50;
const CENTRAL_HEADER = 0x02014b50;
const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const ZIP64_EXTRA = 0x0001;
const STORED = 0;
const DEFLATED = 8;
/** A size or offset of 0xFFFFFFFF means "see the zip64 extra field". */
const ZIP64_MARK = 0xffffffff;
const EOCD_BYTES = 22;
const MAX_COMMENT = 0xffff;

export interface ZipEntry {
  name: string;
  data: Uint8Array;
}

/** Is this the start of a zip archive (an .npz)? */
export function isZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && new DataView(bytes.buffer, bytes.byteOffset, 4).getUint32(0, true) === LOCAL_HEADER;
}

let crcTable: Uint32Array | null = null;

/** CRC-32 (IEEE 802.3, reflected, polynomial 0xEDB88320), as zip and gzip use. */
export function crc32(bytes: Uint8Array): number {
  if (!crcTable) {
    crcTable = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      crcTable[n] = c >>> 0;
    }
  }
  let crc = 0xffffffff;
  for (let i = 0; i < bytes.length; i++) crc = crcTable[(crc ^ bytes[i]!) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

/** MS-DOS date and time, as zip stores them (local time, 2-second resolution, from 1980). */
function dosDateTime(date: Date): { time: number; date: number } {
  const year = Math.max(1980, date.getFullYear());
  return {
    time: (date.getHours() << 11) | (date.getMinutes() << 5) | Math.floor(date.getSeconds() / 2),
    date: ((year - 1980) << 9) | ((date.getMonth() + 1) << 5) | date.getDate(),
  };
}

/** A zip archive of STORED (uncompressed) entries: what np.savez writes, and np.load reads. */
export function writeZip(entries: readonly ZipEntry[], modified = new Date(1980, 0, 1)): Uint8Array<ArrayBuffer> {
  const encoder = new TextEncoder();
  const stamp = dosDateTime(modified);
  const files = entries.map((entry) => ({ name: encoder.encode(entry.name), data: entry.data, crc: crc32(entry.data) }));
  const localBytes = files.reduce((sum, f) => sum + 30 + f.name.length + f.data.length, 0);
  const centralBytes = files.reduce((sum, f) => sum + 46 + f.name.length, 0);
  const out = new Uint8Array(localBytes + centralBytes + EOCD_BYTES);
  const view = new DataView(out.buffer);
  const offsets: number[] = [];
  let at = 0;
  for (const f of files) {
    offsets.push(at);
    view.setUint32(at, LOCAL_HEADER, true);
    view.setUint16(at + 4, 20, true); // version needed: 2.0
    view.setUint16(at + 6, 0, true); // flags
    view.setUint16(at + 8, STORED, true);
    view.setUint16(at + 10, stamp.time, true);
    view.setUint16(at + 12, stamp.date, true);
    view.setUint32(at + 14, f.crc, true);
    view.setUint32(at + 18, f.data.length, true);
    view.setUint32(at + 22, f.data.length, true);
    view.setUint16(at + 26, f.name.length, true);
    view.setUint16(at + 28, 0, true); // extra field length
    out.set(f.name, at + 30);
    out.set(f.data, at + 30 + f.name.length);
    at += 30 + f.name.length + f.data.length;
  }
  const centralStart = at;
  files.forEach((f, i) => {
    view.setUint32(at, CENTRAL_HEADER, true);
    view.setUint16(at + 4, 20, true); // made by: 2.0
    view.setUint16(at + 6, 20, true); // needed: 2.0
    view.setUint16(at + 8, 0, true);
    view.setUint16(at + 10, STORED, true);
    view.setUint16(at + 12, stamp.time, true);
    view.setUint16(at + 14, stamp.date, true);
    view.setUint32(at + 16, f.crc, true);
    view.setUint32(at + 20, f.data.length, true);
    view.setUint32(at + 24, f.data.length, true);
    view.setUint16(at + 28, f.name.length, true);
    // extra, comment, disk number, internal attributes: 0
    view.setUint32(at + 38, 0o100644 * 0x10000, true); // external attributes: a regular file, rw-r--r--
    view.setUint32(at + 42, offsets[i]!, true);
    out.set(f.name, at + 46);
    at += 46 + f.name.length;
  });
  view.setUint32(at, END_OF_CENTRAL_DIRECTORY, true);
  view.setUint16(at + 8, files.length, true);
  view.setUint16(at + 10, files.length, true);
  view.setUint32(at + 12, at - centralStart, true);
  view.setUint32(at + 16, centralStart, true);
  return out;
}

const fail = (file: string, reason: ZipProblem, detail: string) => new ArrayFileError(file, { kind: 'zip', reason, detail });

function findEndOfCentralDirectory(view: DataView, file: string): number {
  const last = view.byteLength - EOCD_BYTES;
  for (let at = last; at >= 0 && at >= last - MAX_COMMENT; at--) {
    if (view.getUint32(at, true) === END_OF_CENTRAL_DIRECTORY) return at;
  }
  throw fail(file, 'truncated', 'the end-of-archive record is missing');
}

interface CentralEntry {
  name: string;
  method: number;
  flags: number;
  crc: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

/** Sizes and the offset that do not fit 32 bits are in the zip64 extra field, in this order. */
function applyZip64(view: DataView, extraStart: number, extraLength: number, entry: CentralEntry): void {
  for (let at = extraStart; at + 4 <= extraStart + extraLength; ) {
    const id = view.getUint16(at, true);
    const size = view.getUint16(at + 2, true);
    if (id === ZIP64_EXTRA) {
      let field = at + 4;
      const next = () => {
        const value = Number(view.getBigUint64(field, true));
        field += 8;
        return value;
      };
      if (entry.size === ZIP64_MARK) entry.size = next();
      if (entry.compressedSize === ZIP64_MARK) entry.compressedSize = next();
      if (entry.localOffset === ZIP64_MARK) entry.localOffset = next();
      return;
    }
    at += 4 + size;
  }
}

function readCentralDirectory(view: DataView, file: string): CentralEntry[] {
  const eocd = findEndOfCentralDirectory(view, file);
  const count = view.getUint16(eocd + 10, true);
  const start = view.getUint32(eocd + 16, true);
  if (start === ZIP64_MARK || start >= eocd) throw fail(file, 'corrupt', 'the central directory is out of place');
  const decoder = new TextDecoder();
  const entries: CentralEntry[] = [];
  let at = start;
  for (let i = 0; i < count; i++) {
    if (at + 46 > eocd || view.getUint32(at, true) !== CENTRAL_HEADER) throw fail(file, 'corrupt', `central directory entry ${i} is damaged`);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const entry: CentralEntry = {
      flags: view.getUint16(at + 8, true),
      method: view.getUint16(at + 10, true),
      crc: view.getUint32(at + 16, true),
      compressedSize: view.getUint32(at + 20, true),
      size: view.getUint32(at + 24, true),
      localOffset: view.getUint32(at + 42, true),
      name: decoder.decode(new Uint8Array(view.buffer, view.byteOffset + at + 46, nameLength)),
    };
    applyZip64(view, at + 46 + nameLength, extraLength, entry);
    entries.push(entry);
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

async function inflateRaw(compressed: Uint8Array<ArrayBuffer>, file: string, name: string): Promise<Uint8Array> {
  try {
    const stream = new Blob([compressed]).stream().pipeThrough(new DecompressionStream('deflate-raw'));
    return new Uint8Array(await new Response(stream).arrayBuffer());
  } catch (error) {
    throw fail(file, 'corrupt', `${name}: the compressed data is damaged (${error instanceof Error ? error.message : String(error)})`);
  }
}

/**
 * The entries of a zip archive, STORED or DEFLATE-compressed (inflated by the platform's
 * DecompressionStream), each checked against its CRC-32. Throws an ArrayFileError of
 * kind 'zip' naming the problem: truncated, damaged, a failed checksum, encryption, or
 * a compression method other than those two.
 */
export async function readZip(bytes: Uint8Array, file: string): Promise<ZipEntry[]> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const result: ZipEntry[] = [];
  for (const entry of readCentralDirectory(view, file)) {
    if (entry.flags & 1) throw fail(file, 'encrypted', `${entry.name} is encrypted`);
    if (entry.method !== STORED && entry.method !== DEFLATED) {
      throw fail(file, 'compression', `${entry.name} uses compression method ${entry.method} (only stored and deflate are read)`);
    }
    const local = entry.localOffset;
    if (local + 30 > bytes.length || view.getUint32(local, true) !== LOCAL_HEADER) throw fail(file, 'corrupt', `${entry.name}: its local header is damaged`);
    const dataStart = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    if (dataStart + entry.compressedSize > bytes.length) throw fail(file, 'truncated', `${entry.name} is cut off`);
    const raw = bytes.slice(dataStart, dataStart + entry.compressedSize);
    const data = entry.method === STORED ? raw : await inflateRaw(raw, file, entry.name);
    if (data.length !== entry.size) throw fail(file, 'corrupt', `${entry.name} has ${data.length} bytes, the directory says ${entry.size}`);
    if (crc32(data) !== entry.crc) throw fail(file, 'checksum', `${entry.name} fails its CRC-32 check`);
    result.push({ name: entry.name, data });
  }
  return result;
}
