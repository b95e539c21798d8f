import { ArrayFileError } from './array-file-error';

/**
 * NumPy's own array file, .npy (numpy/lib/format.py): the magic string \x93NUMPY,
 * a version (1.0: 2-byte header length; 2.0 and 3.0: 4-byte), then a Python dict
 * literal such as {'descr': '<f4', 'fortran_order': False, 'shape': (784, 10), }
 * padded with spaces and a newline so the data starts on a 64-byte boundary, then
 * the raw values. We read and write float32 arrays only: softmax regression's W and b.
 */
export const NPY_MAGIC = [0x93, 0x4e, 0x55, 0x4d, 0x50, 0x59] as const; // \x93 N U M P Y
/** numpy aligns the data to this many bytes. */
const NPY_ALIGN = 64;
const FLOAT32_BYTES = 4;

export interface NpyArray {
  shape: number[];
  /** The values in C (row-major) order, whatever order the file stored them in. */
  data: Float32Array;
}

/** Is this the start of an .npy file? */
export function isNpy(bytes: Uint8Array): boolean {
  return NPY_MAGIC.every((byte, i) => bytes[i] === byte);
}

const product = (shape: readonly number[]) => shape.reduce((a, b) => a * b, 1);

/** The header dict exactly as numpy writes it for a C-ordered little-endian float32 array. */
function headerDict(shape: readonly number[]): string {
  const dims = shape.length === 1 ? `(${shape[0]},)` : `(${shape.join(', ')})`;
  return `{'descr': '<f4', 'fortran_order': False, 'shape': ${dims}, }`;
}

/** Writes an .npy file (version 1.0, '<f4', C order), as np.save does. */
export function encodeNpy(data: Float32Array, shape: readonly number[]): Uint8Array<ArrayBuffer> {
  if (product(shape) !== data.length) throw new RangeError(`encodeNpy: shape (${shape.join(', ')}) holds ${product(shape)} values, not ${data.length}`);
  const dict = headerDict(shape);
  // magic (6) + version (2) + length (2) + dict + padding + '\n' ≡ 0 (mod 64)
  const unpadded = 10 + dict.length + 1;
  const headerLength = dict.length + 1 + ((NPY_ALIGN - (unpadded % NPY_ALIGN)) % NPY_ALIGN);
  const out = new Uint8Array(10 + headerLength + data.length * FLOAT32_BYTES);
  out.set(NPY_MAGIC, 0);
  out[6] = 1;
  out[7] = 0;
  const view = new DataView(out.buffer);
  view.setUint16(8, headerLength, true);
  const header = dict.padEnd(headerLength - 1, ' ') + '\n';
  for (let i = 0; i < header.length; i++) out[10 + i] = header.charCodeAt(i);
  const start = 10 + headerLength;
  for (let i = 0; i < data.length; i++) view.setFloat32(start + i * FLOAT32_BYTES, data[i]!, true);
  return out;
}

interface NpyHeader {
  descr: string;
  fortranOrder: boolean;
  shape: number[];
  dataStart: number;
}

/** Reads the header dict; numpy writes it with repr(), so a few patterns cover every file it makes. */
function parseHeaderDict(text: string, file: string): Omit<NpyHeader, 'dataStart'> {
  const descr = /['"]descr['"]\s*:\s*['"]([^'"]*)['"]/.exec(text);
  const fortran = /['"]fortran_order['"]\s*:\s*(True|False)/.exec(text);
  const shape = /['"]shape['"]\s*:\s*\(([^)]*)\)/.exec(text);
  if (!descr || !fortran || !shape) {
    // A structured dtype's descr is a list, not a string: say it is the dtype that is wrong.
    if (!descr && /['"]descr['"]\s*:\s*\[/.test(text)) throw new ArrayFileError(file, { kind: 'dtype', dtype: 'a structured dtype' });
    throw new ArrayFileError(file, { kind: 'header', header: text.trim().slice(0, 120) });
  }
  const dims = shape[1]!
    .split(',')
    .map((s) => s.trim().replace(/L$/, ''))
    .filter((s) => s !== '');
  if (!dims.every((d) => /^\d+$/.test(d))) throw new ArrayFileError(file, { kind: 'header', header: text.trim().slice(0, 120) });
  return { descr: descr[1]!, fortranOrder: fortran[1] === 'True', shape: dims.map(Number) };
}

function readHeader(bytes: Uint8Array, file: string): NpyHeader {
  if (!isNpy(bytes.subarray(0, NPY_MAGIC.length))) {
    // A file cut off inside the magic string is truncated, not foreign.
    if (bytes.length < NPY_MAGIC.length && NPY_MAGIC.slice(0, bytes.length).every((b, i) => bytes[i] === b) && bytes.length > 0) {
      throw new ArrayFileError(file, { kind: 'truncated', bytes: bytes.length, expectedBytes: 10 });
    }
    throw new ArrayFileError(file, { kind: 'not-npy' });
  }
  if (bytes.length < 10) throw new ArrayFileError(file, { kind: 'truncated', bytes: bytes.length, expectedBytes: 10 });
  const major = bytes[6]!;
  const minor = bytes[7]!;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let lengthBytes: number;
  if (major === 1 && minor === 0) lengthBytes = 2;
  else if ((major === 2 || major === 3) && minor === 0) lengthBytes = 4;
  else throw new ArrayFileError(file, { kind: 'version', version: `${major}.${minor}` });
  const prefix = 8 + lengthBytes;
  if (bytes.length < prefix) throw new ArrayFileError(file, { kind: 'truncated', bytes: bytes.length, expectedBytes: prefix });
  const headerLength = lengthBytes === 2 ? view.getUint16(8, true) : view.getUint32(8, true);
  const dataStart = prefix + headerLength;
  if (bytes.length < dataStart) throw new ArrayFileError(file, { kind: 'truncated', bytes: bytes.length, expectedBytes: dataStart });
  // Versions 1 and 2 are latin-1; version 3 is UTF-8 (only field names could use it).
  const headerBytes = bytes.subarray(prefix, dataStart);
  const text = major === 3 ? new TextDecoder().decode(headerBytes) : Array.from(headerBytes, (b) => String.fromCharCode(b)).join('');
  return { ...parseHeaderDict(text, file), dataStart };
}

/** numpy's names for the dtypes a student may send by mistake. */
const DTYPE_NAMES: Record<string, string> = {
  f8: 'float64',
  f2: 'float16',
  i8: 'int64',
  i4: 'int32',
  i2: 'int16',
  i1: 'int8',
  u1: 'uint8',
  b1: 'bool',
  O: 'object',
};

/** "float64 ('<f8')" for a known dtype, the code alone otherwise. */
export function dtypeLabel(descr: string): string {
  const name = DTYPE_NAMES[descr.replace(/^[<>|=]/, '')];
  return name ? `${name} ('${descr}')` : `'${descr}'`;
}

/**
 * Reads a float32 .npy file (either byte order, C or Fortran order) into C order.
 * Throws an ArrayFileError naming the problem: not an .npy file, an unsupported
 * version, an unreadable header, another dtype, or a length that disagrees with the shape.
 */
export function decodeNpy(bytes: Uint8Array, file: string): NpyArray {
  const { descr, fortranOrder, shape, dataStart } = readHeader(bytes, file);
  const littleEndian = descr === '<f4' || (descr === '=f4' && isLittleEndianHost());
  if (!littleEndian && descr !== '>f4') throw new ArrayFileError(file, { kind: 'dtype', dtype: dtypeLabel(descr) });
  const count = product(shape);
  const expectedBytes = dataStart + count * FLOAT32_BYTES;
  if (bytes.length < expectedBytes) throw new ArrayFileError(file, { kind: 'truncated', bytes: bytes.length, expectedBytes });
  if (bytes.length > expectedBytes) throw new ArrayFileError(file, { kind: 'too-long', bytes: bytes.length, expectedBytes });
  const view = new DataView(bytes.buffer, bytes.byteOffset + dataStart, count * FLOAT32_BYTES);
  const stored = new Float32Array(count);
  for (let i = 0; i < count; i++) stored[i] = view.getFloat32(i * FLOAT32_BYTES, littleEndian);
  return { shape, data: fortranOrder && shape.length > 1 ? fortranToC(stored, shape) : stored };
}

const isLittleEndianHost = () => new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/** Column-major (the first index fastest) to row-major (the last index fastest). */
function fortranToC(values: Float32Array, shape: readonly number[]): Float32Array {
  const out = new Float32Array(values.length);
  const index = new Array<number>(shape.length).fill(0);
  for (let f = 0; f < values.length; f++) {
    let c = 0;
    for (let d = 0; d < shape.length; d++) c = c * shape[d]! + index[d]!;
    out[c] = values[f]!;
    // Advance the Fortran-order counter: the first index moves fastest.
    for (let d = 0; d < shape.length; d++) {
      index[d]!++;
      if (index[d]! < shape[d]!) break;
      index[d] = 0;
    }
  }
  return out;
}
