import { IdxLengthError, LabelRangeError, WrongDimensionsError, WrongMagicError } from './errors';

/**
 * The IDX format (LeCun's MNIST files): a big-endian header, then raw bytes.
 * The magic number's low bytes say the element type (0x08 = unsigned byte) and the
 * number of dimensions; each dimension's size follows as a 32-bit integer.
 */
export const IMAGE_MAGIC = 0x0803; // 2051: unsigned bytes, 3 dimensions (count, rows, cols)
export const LABEL_MAGIC = 0x0801; // 2049: unsigned bytes, 1 dimension (count)

const UBYTE = 0x08;
/** A corrupt header must not make us allocate gigabytes; Fashion-MNIST's largest file is 47 MB. */
export const MAX_IDX_BYTES = 256 * 1024 * 1024;

export interface IdxHeader {
  magic: number;
  dims: number[];
  headerBytes: number;
  /** Header plus data: the whole file's length as the header describes it. */
  totalBytes: number;
}

/** Bytes needed before the header can be read: 4 for the magic number, then 4 per dimension. */
export function idxHeaderBytes(magic: number): number {
  return 4 + 4 * (magic & 0xff);
}

/** Checks the first 4 bytes (the magic number) and returns it. */
export function checkIdxMagic(bytes: Uint8Array, file: string, expectedMagic: number): number {
  if (bytes.byteLength < 4) throw new IdxLengthError(file, bytes.byteLength, idxHeaderBytes(expectedMagic));
  const magic = new DataView(bytes.buffer, bytes.byteOffset, 4).getUint32(0);
  if (magic !== expectedMagic || ((magic >> 8) & 0xff) !== UBYTE) throw new WrongMagicError(file, magic, expectedMagic);
  return magic;
}

/**
 * Reads and checks an IDX header. `bytes` may be just the start of the file
 * (a streaming reader calls this as soon as the header has arrived).
 */
export function readIdxHeader(bytes: Uint8Array, file: string, expectedMagic: number): IdxHeader {
  const magic = checkIdxMagic(bytes, file, expectedMagic);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const headerBytes = idxHeaderBytes(magic);
  if (bytes.byteLength < headerBytes) throw new IdxLengthError(file, bytes.byteLength, headerBytes);
  const dims: number[] = [];
  for (let offset = 4; offset < headerBytes; offset += 4) dims.push(view.getUint32(offset));
  const totalBytes = headerBytes + dims.reduce((product, size) => product * size, 1);
  if (totalBytes > MAX_IDX_BYTES) throw new IdxLengthError(file, bytes.byteLength, totalBytes);
  return { magic, dims, headerBytes, totalBytes };
}

export interface IdxImages {
  /** count × rows × cols bytes: a view into `bytes`, not a copy. */
  images: Uint8Array;
  count: number;
  rows: number;
  cols: number;
}

/** Parses a whole decompressed image file; `expected` asserts the image size (28 × 28 for Fashion-MNIST). */
export function parseIdxImages(
  bytes: Uint8Array,
  file: string,
  expected?: { rows: number; cols: number },
): IdxImages {
  const header = readIdxHeader(bytes, file, IMAGE_MAGIC);
  const [count = 0, rows = 0, cols = 0] = header.dims;
  if (expected && (rows !== expected.rows || cols !== expected.cols)) {
    throw new WrongDimensionsError(file, [rows, cols], [expected.rows, expected.cols]);
  }
  if (bytes.byteLength !== header.totalBytes) throw new IdxLengthError(file, bytes.byteLength, header.totalBytes);
  return { images: bytes.subarray(header.headerBytes), count, rows, cols };
}

/** Parses a whole decompressed label file and checks that every label is a class id. */
export function parseIdxLabels(bytes: Uint8Array, file: string, classCount: number): Uint8Array {
  const header = readIdxHeader(bytes, file, LABEL_MAGIC);
  if (bytes.byteLength !== header.totalBytes) throw new IdxLengthError(file, bytes.byteLength, header.totalBytes);
  const labels = bytes.subarray(header.headerBytes);
  for (let i = 0; i < labels.length; i++) {
    if (labels[i]! >= classCount) throw new LabelRangeError(file, i, labels[i]!, classCount);
  }
  return labels;
}

/** Builds an IDX file in memory: tests use it, and it documents the layout. */
export function encodeIdx(magic: number, dims: readonly number[], data: Uint8Array): Uint8Array {
  const headerBytes = 4 + 4 * dims.length;
  const bytes = new Uint8Array(headerBytes + data.byteLength);
  const view = new DataView(bytes.buffer);
  view.setUint32(0, magic);
  dims.forEach((size, i) => view.setUint32(4 + 4 * i, size));
  bytes.set(data, headerBytes);
  return bytes;
}
