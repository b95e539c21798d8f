import * as tf from '@tensorflow/tfjs-core';
import type { GPGPUProgram } from '@tensorflow/tfjs-backend-webgl';
import { largestDifference, runWebglPass } from './webgl-pass';

/**
 * (softmax(Z) − Y) · scale for the rows of Z: the p − y of the cross-entropy lesson,
 * divided by the batch size. On WebGL it is one shader pass instead of seven
 * (max, subtract, exp, sum, divide for the softmax, then − Y and · 1/n; see
 * webgl-pass.ts): leaving out the softmax's five made an epoch about a fifth
 * faster. Other backends compose TensorFlow.js's own ops, and the tests compare the two.
 */
export function softmaxMinusTargets(logits: tf.Tensor2D, targets: tf.Tensor2D, scale: number): tf.Tensor2D {
  const [rows, classes] = logits.shape;
  // The packed shader reads classes in pairs.
  if (tf.getBackend() !== 'webgl' || classes % 2 !== 0) return tf.mul(tf.sub(tf.softmax(logits), targets), scale);
  return runWebglPass(softmaxGradProgram(rows, classes), [logits, targets], [[scale]]) as tf.Tensor2D;
}

/**
 * The shader, on packed textures (each texel holds a 2 × 2 block: rows r and r + 1,
 * columns c and c + 1), the layout that the matrix products before and after it
 * use, so no pass is spent packing or unpacking. Each texel finds the maximum and
 * the sum of exponentials of its two rows (10 classes: cheap to redo per texel);
 * the maximum is subtracted first, as in the stable softmax.
 */
function softmaxGradProgram(rows: number, classes: number): GPGPUProgram {
  return {
    variableNames: ['Z', 'Y'],
    outputShape: [rows, classes],
    packedInputs: true,
    packedOutput: true,
    customUniforms: [{ name: 'scale', type: 'float' }],
    userCode: `
      void main() {
        ivec2 rc = getOutputCoords();
        vec2 m = getZ(rc.x, 0).xz;
        for (int j = 0; j < ${classes}; j += 2) {
          vec4 v = getZ(rc.x, j);
          m = max(m, max(v.xz, v.yw));
        }
        vec2 total = vec2(0.0);
        for (int j = 0; j < ${classes}; j += 2) {
          vec4 v = getZ(rc.x, j);
          total += exp(v.xz - m) + exp(v.yw - m);
        }
        vec4 p = exp(getZ(rc.x, rc.y) - m.xxyy) / total.xxyy;
        setOutput((p - getY(rc.x, rc.y)) * scale);
      }
    `,
  };
}

/**
 * The largest difference between the active backend's softmaxMinusTargets and
 * TensorFlow.js's own ops, on an odd number of rows (a texel holds two) with
 * logits from −1000 to 1000. For the end-to-end test of the WebGL shader, which
 * Vitest (Node, CPU backend) cannot run.
 */
export async function softmaxGradError(rows = 37, classes = 10): Promise<number> {
  const spread = tf.reshape(tf.linspace(1, 1000, rows), [rows, 1]);
  const logits = tf.mul(tf.randomUniform([rows, classes], -1, 1, 'float32', 7), spread) as tf.Tensor2D;
  const targets = tf.cast(tf.oneHot(tf.randomUniform([rows], 0, classes, 'int32', 8), classes), 'float32') as tf.Tensor2D;
  const ours = softmaxMinusTargets(logits, targets, 1 / rows);
  const theirs = tf.mul(tf.sub(tf.softmax(logits), targets), 1 / rows);
  const error = await largestDifference([ours], [theirs]);
  tf.dispose([spread, logits, targets, ours, theirs]);
  return error;
}
