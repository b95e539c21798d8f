import { ArrayFileError } from './array-file-error';
import { decodeNpy, encodeNpy, isNpy, type NpyArray } from './npy';
import { isZip, readZip, writeZip } from './zip';

/**
 * Softmax regression's parameters as NumPy files, both ways: W (784 × 10, inputs ×
 * classes, as the lecture's `W = torch.normal(0, 0.01, size=(784, 10))`) and b (10),
 * float32. An .npz holds W.npy and b.npy; two separate .npy files work too.
 */
export const WEIGHT_INPUTS = 784;
export const WEIGHT_CLASSES = 10;
export const W_SHAPE = [WEIGHT_INPUTS, WEIGHT_CLASSES] as const;
export const B_SHAPE = [WEIGHT_CLASSES] as const;
/** The arrays' names inside the .npz, as np.savez(f, W=W, b=b) names them. */
export const W_ENTRY = 'W.npy';
export const B_ENTRY = 'b.npy';
/** No file larger than this is read: a 784 × 10 float32 model is 31 kB, even compressed or in float64 a few times that. */
export const MAX_WEIGHTS_FILE_BYTES = 4 << 20;

export interface SoftmaxWeights {
  /** 784 × 10, row-major: W[p * 10 + c]. */
  W: Float32Array;
  /** 10 biases. */
  b: Float32Array;
}

export interface NamedBytes {
  name: string;
  bytes: Uint8Array;
}

/** The three lines of Python that load a downloaded file. */
export const PYTHON_LOAD_LINES = (fileName: string) => ['import numpy as np', `weights = np.load('${fileName}')`, "W, b = weights['W'], weights['b']"];

/** An .npz with W.npy and b.npy, as np.savez(file, W=W, b=b) writes it. */
export function encodeWeightsNpz({ W, b }: SoftmaxWeights, modified?: Date): Uint8Array<ArrayBuffer> {
  return writeZip(
    [
      { name: W_ENTRY, data: encodeNpy(W, W_SHAPE) },
      { name: B_ENTRY, data: encodeNpy(b, B_SHAPE) },
    ],
    modified,
  );
}

const sameShape = (a: readonly number[], b: readonly number[]) => a.length === b.length && a.every((d, i) => d === b[i]);

/** Throws on the first NaN or infinity, naming its index in the array's own shape. */
function checkFinite(array: NpyArray, file: string): void {
  const { data, shape } = array;
  for (let i = 0; i < data.length; i++) {
    const v = data[i]!;
    if (Number.isFinite(v)) continue;
    const index = shape.length === 2 ? [Math.floor(i / shape[1]!), i % shape[1]!] : [i];
    throw new ArrayFileError(file, { kind: 'not-finite', index, value: Number.isNaN(v) ? 'NaN' : v > 0 ? 'inf' : '-inf' });
  }
}

function checkArray(array: NpyArray, expected: readonly number[], file: string): Float32Array {
  if (!sameShape(array.shape, expected)) throw new ArrayFileError(file, { kind: 'shape', shape: array.shape, expected: [...expected] });
  checkFinite(array, file);
  return array.data;
}

/** Which parameter a lone .npy holds: by its name (W.npy, b.npy) or else by its number of dimensions. */
function roleOf(name: string, array: NpyArray): 'W' | 'b' {
  const base = name.replace(/^.*[/\\]/, '').replace(/\.npy$/i, '');
  if (base === 'W' || base === 'w') return 'W';
  if (base === 'b' || base === 'B') return 'b';
  return array.shape.length >= 2 ? 'W' : 'b';
}

/**
 * Reads the student's files: one .npz (with W.npy and b.npy), or W.npy and b.npy.
 * Checks everything before returning, so a bad file changes nothing: shapes
 * (784, 10) and (10,), float32, finite values. Throws an ArrayFileError naming the
 * file and the problem.
 */
export async function readWeightFiles(files: readonly NamedBytes[]): Promise<SoftmaxWeights> {
  for (const { name, bytes } of files) {
    if (bytes.length > MAX_WEIGHTS_FILE_BYTES) throw new ArrayFileError(name, { kind: 'too-large', bytes: bytes.length, limit: MAX_WEIGHTS_FILE_BYTES });
  }
  if (files.length === 1 && isZip(files[0]!.bytes)) {
    const { name, bytes } = files[0]!;
    const entries = await readZip(bytes, name);
    const find = (entry: string) => {
      const found = entries.find((e) => e.name === entry);
      if (!found) throw new ArrayFileError(name, { kind: 'missing', array: entry });
      return found.data;
    };
    const wFile = `${name}/${W_ENTRY}`;
    const bFile = `${name}/${B_ENTRY}`;
    return {
      W: checkArray(decodeNpy(find(W_ENTRY), wFile), W_SHAPE, wFile),
      b: checkArray(decodeNpy(find(B_ENTRY), bFile), B_SHAPE, bFile),
    };
  }
  if (files.length === 0 || files.length > 2) throw new ArrayFileError('', { kind: 'files', count: files.length });
  const arrays = files.map(({ name, bytes }) => {
    // A zip among several files, or anything else that is not .npy, is named as such.
    if (!isNpy(bytes) && (isZip(bytes) || bytes.length >= 6)) throw new ArrayFileError(name, { kind: 'not-npy' });
    const array = decodeNpy(bytes, name);
    return { name, array, role: roleOf(name, array) };
  });
  const w = arrays.find((a) => a.role === 'W');
  const b = arrays.find((a) => a.role === 'b' && a !== w);
  if (!w) throw new ArrayFileError(arrays[0]!.name, { kind: 'missing', array: W_ENTRY });
  if (!b) {
    // One file alone: if it is not W either, its shape is the problem.
    if (arrays.length === 1) checkArray(w.array, W_SHAPE, w.name);
    throw new ArrayFileError(w.name, { kind: 'missing', array: B_ENTRY });
  }
  return { W: checkArray(w.array, W_SHAPE, w.name), b: checkArray(b.array, B_SHAPE, b.name) };
}
