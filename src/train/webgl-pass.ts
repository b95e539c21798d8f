import * as tf from '@tensorflow/tfjs-core';
import type { GPGPUProgram, MathBackendWebGL } from '@tensorflow/tfjs-backend-webgl';

/**
 * Hand-written WebGL shader passes for the training step. Where TensorFlow.js
 * would run several passes (the softmax's five, SGD's two), the step runs one:
 * with a GPU emulated on the CPU (SwiftShader) every pass has a fixed cost.
 * Only for the WebGL backend; callers fall back to TensorFlow.js's own ops.
 */

/** Runs `program` on `inputs` and returns its output as a tensor of the current tf.tidy scope. */
export function runWebglPass(program: GPGPUProgram, inputs: tf.Tensor[], uniforms: number[][]): tf.Tensor {
  const backend = tf.backend() as MathBackendWebGL;
  return tf.engine().makeTensorFromTensorInfo(backend.compileAndRun(program, inputs, 'float32', uniforms));
}

/**
 * The largest absolute difference between `ours[i]` and `theirs[i]` over all i,
 * read back. The end-to-end tests use it to compare a shader with TensorFlow.js's
 * own ops, which Vitest (Node, CPU backend) cannot run on WebGL.
 */
export async function largestDifference(ours: tf.Tensor[], theirs: tf.Tensor[]): Promise<number> {
  const difference = tf.tidy(() => tf.max(tf.stack(ours.map((t, i) => tf.max(tf.abs(tf.sub(t, theirs[i]!)))))));
  const [value] = await difference.data();
  difference.dispose();
  return value!;
}
