import * as tf from '@tensorflow/tfjs-core';
import { webgl_util, type MathBackendWebGL } from '@tensorflow/tfjs-backend-webgl';
import { packBlocks } from './batch-fill';
import { UploadGuard, type GuardState, type UploadCheck, type UploadPath } from './upload-guard';
import { largestDifference } from './webgl-pass';

/** The packed upload's guard (upload-guard.ts), for the life of the page (of its training worker). */
const guard = new UploadGuard();

/**
 * A float matrix from the CPU to the backend, as a tensor.
 *
 * TensorFlow.js uploads values to WebGL in the order they lie, four to a texel,
 * then runs a shader pass that rearranges them into the packed layout its matrix
 * products read (a texel per 2 × 2 block). With a GPU emulated on the CPU
 * (SwiftShader) that pass over a 256 × 784 batch cost more than the matrix product
 * that follows (README, Performance). Here the CPU writes the packed layout
 * (packBlocks, far cheaper than the pass) and the texture is filled with it directly,
 * with no shader pass. Other backends, WebGL 1, matrices whose texture would not be
 * laid out row by row, and every upload after the guard found a difference
 * (upload-guard.ts) take TensorFlow.js's own upload.
 */
export function uploadMatrix(values: Float32Array, rows: number, cols: number): tf.Tensor2D {
  return upload(values, rows, cols).tensor;
}

/** uploadMatrix, and the path it took. */
function upload(values: Float32Array, rows: number, cols: number): { tensor: tf.Tensor2D; path: UploadPath } {
  if (!canUploadPacked(rows, cols)) return { tensor: tf.tensor2d(values.subarray(0, rows * cols), [rows, cols]), path: 'tensor2d' };
  const backend = tf.backend() as MathBackendWebGL;
  const info = backend.makeTensorInfo([rows, cols], 'float32');
  const texData = backend.texData.get(info.dataId);
  texData.isPacked = true;
  // With no values to encode, this only takes a packed float texture from the backend's pool.
  backend.uploadToGPU(info.dataId);
  const [width, height] = [Math.ceil(cols / 2), Math.ceil(rows / 2)];
  // Every texel is written, the zeros past an odd last row or column too: a texture from the pool holds old values.
  const packed = packBlocks(values, rows, cols, scratch(width * height * 4));
  const gl = backend.gpgpu.gl;
  gl.bindTexture(gl.TEXTURE_2D, texData.texture!.texture);
  gl.texSubImage2D(gl.TEXTURE_2D, 0, 0, 0, width, height, gl.RGBA, gl.FLOAT, packed);
  gl.bindTexture(gl.TEXTURE_2D, null);
  return { tensor: tf.engine().makeTensorFromTensorInfo(info) as tf.Tensor2D, path: 'packed' };
}

/** The packed path needs WebGL 2 (float textures written from the CPU). */
const packedBackend = () => tf.getBackend() === 'webgl' && tf.env().getNumber('WEBGL_VERSION') === 2;

const roundUpToEven = (n: number) => n + (n % 2);

function canUploadPacked(rows: number, cols: number): boolean {
  if (!guard.allowsPacked || !packedBackend()) return false;
  // A packed texture holds 2 × 2 blocks, so TensorFlow.js rounds an odd size up to even
  // (the texel then holds zeros past the edge, as packBlocks writes); a large matrix gets
  // a squarer texture than that, in another layout.
  const [texRows, texCols] = webgl_util.getTextureShapeFromLogicalShape([rows, cols], true);
  return texRows === roundUpToEven(rows) && texCols === roundUpToEven(cols);
}

// One buffer for every upload: texSubImage2D copies the values before it returns.
let buffer = new Float32Array(0);
function scratch(length: number): Float32Array {
  if (buffer.length < length) buffer = new Float32Array(length);
  return buffer.subarray(0, length);
}

/** What the guard compares: a batch of the default size, and a matrix of odd rows and columns. */
const GUARD_SHAPES: readonly (readonly [number, number])[] = [
  [256, 784],
  [37, 11],
];

/**
 * Each rows × cols matrix uploaded by uploadMatrix and by tf.tensor2d: the path
 * uploadMatrix took, and the largest difference between the two (0 when every
 * value landed in its place), as uploaded and through a matrix product, the
 * packed program that reads a batch in training.
 */
async function compareUploads(shapes: readonly (readonly [number, number])[]): Promise<UploadCheck[]> {
  const checks: UploadCheck[] = [];
  for (const [rows, cols] of shapes) {
    const values = Float32Array.from({ length: rows * cols }, (_, i) => Math.sin(i) * 100);
    const ours = upload(values, rows, cols);
    const theirs = tf.tensor2d(values, [rows, cols]);
    const times = tf.ones([cols, 3]);
    const products = [tf.matMul(ours.tensor, times), tf.matMul(theirs, times)] as const;
    const difference = await largestDifference([ours.tensor, products[0]], [theirs, products[1]]);
    tf.dispose([ours.tensor, theirs, times, ...products]);
    checks.push({ rows, cols, path: ours.path, difference });
  }
  return checks;
}

/**
 * The guard, run at warm-up before any batch: on WebGL 2 it compares the packed
 * upload with tf.tensor2d once, and turns it off for good on any difference.
 */
export function guardPackedUpload(): Promise<GuardState> {
  if (!packedBackend()) return Promise.resolve(guard.state);
  return guard.check(() => compareUploads(GUARD_SHAPES));
}

/**
 * For the end-to-end test: the guard's verdict, and the guard's shapes plus one
 * too wide for a row-by-row texture, each with the path it took and its difference.
 */
export async function packedUploadChecks(): Promise<{ guard: GuardState; checks: UploadCheck[] }> {
  const wide = 2 * tf.env().getNumber('WEBGL_MAX_TEXTURE_SIZE') + 2;
  return { guard: guard.state, checks: await compareUploads([...GUARD_SHAPES, [1, wide]]) };
}
