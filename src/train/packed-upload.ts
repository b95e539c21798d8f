import * as tf from '@tensorflow/tfjs-core';
import { webgl_util, type MathBackendWebGL } from '@tensorflow/tfjs-backend-webgl';
import { packBlocks } from './batches';
import { largestDifference } from './webgl-pass';

/**
 * A float matrix from the CPU to the backend, as a tensor.
 *
 * TensorFlow.js uploads values to WebGL in the order they lie, four to a texel,
 * then runs a shader pass that rearranges them into the packed layout its matrix
 * products read (a texel per 2 × 2 block). With a GPU emulated on the CPU
 * (SwiftShader) that pass over a 256 × 784 batch cost more than the matrix product
 * that follows: about 1 s of a 2.9 s epoch. Here the CPU writes the packed layout
 * (packBlocks: about 0.3 ms a batch) and the texture is filled with it directly,
 * with no shader pass. Other backends, WebGL 1, and matrices whose texture would
 * not be laid out row by row take TensorFlow.js's own upload.
 */
export function uploadMatrix(values: Float32Array, rows: number, cols: number): tf.Tensor2D {
  if (!canUploadPacked(rows, cols)) return tf.tensor2d(values.subarray(0, rows * cols), [rows, cols]);
  const backend = tf.backend() as MathBackendWebGL;
  const info = backend.makeTensorInfo([rows, cols], 'float32');
  const texData = backend.texData.get(info.dataId);
  texData.isPacked = true;
  // With no values to encode, this only takes a packed float texture from the backend's pool.
  backend.uploadToGPU(info.dataId);
  const [width, height] = [Math.ceil(cols / 2), Math.ceil(rows / 2)];
  const packed = packBlocks(values, rows, cols, scratch(width * height * 4));
  const gl = backend.gpgpu.gl;
  gl.bindTexture(gl.TEXTURE_2D, texData.texture!.texture);
  gl.texSubImage2D(gl.TEXTURE_2D, 0, 0, 0, width, height, gl.RGBA, gl.FLOAT, packed);
  gl.bindTexture(gl.TEXTURE_2D, null);
  return tf.engine().makeTensorFromTensorInfo(info) as tf.Tensor2D;
}

function canUploadPacked(rows: number, cols: number): boolean {
  if (tf.getBackend() !== 'webgl' || tf.env().getNumber('WEBGL_VERSION') !== 2) return false;
  // Large matrices get a squarer texture than rows × cols, in another layout.
  const [texRows, texCols] = webgl_util.getTextureShapeFromLogicalShape([rows, cols], true);
  return texRows === rows && texCols === cols;
}

// One buffer for every upload: texSubImage2D copies the values before it returns.
let buffer = new Float32Array(0);
function scratch(length: number): Float32Array {
  if (buffer.length < length) buffer = new Float32Array(length);
  return buffer.subarray(0, length);
}

/**
 * The largest difference between uploadMatrix and tf.tensor2d of the same values,
 * for a batch-sized matrix and one with an odd number of rows and columns. For the
 * end-to-end test: anything but 0 means a value landed in the wrong place.
 */
export async function packedUploadError(): Promise<number> {
  const errors: number[] = [];
  for (const [rows, cols] of [[256, 784], [37, 11]] as const) {
    const values = Float32Array.from({ length: rows * cols }, (_, i) => Math.sin(i) * 100);
    const ours = uploadMatrix(values, rows, cols);
    const theirs = tf.tensor2d(values, [rows, cols]);
    // Through a matrix product too, the packed program that reads a batch in training.
    const times = tf.ones([cols, 3]);
    const products = [tf.matMul(ours, times), tf.matMul(theirs, times)] as const;
    errors.push(await largestDifference([ours, products[0]], [theirs, products[1]]));
    tf.dispose([ours, theirs, times, ...products]);
  }
  return Math.max(...errors);
}
