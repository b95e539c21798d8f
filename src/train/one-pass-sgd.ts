import * as tf from '@tensorflow/tfjs-core';
import type { GPGPUProgram } from '@tensorflow/tfjs-backend-webgl';
import { largestDifference, runWebglPass } from './webgl-pass';

/**
 * Plain SGD, w ← w − η·g, as one WebGL shader pass per variable instead of
 * TensorFlow.js's two (η·g, then the sum; see webgl-pass.ts). Other backends take
 * TensorFlow.js's own update; the e2e tests compare the two.
 */
export class OnePassSgd extends tf.SGDOptimizer {
  override applyGradients(variableGradients: Parameters<tf.SGDOptimizer['applyGradients']>[0]): void {
    if (tf.getBackend() !== 'webgl') {
      super.applyGradients(variableGradients);
      return;
    }
    const entries: [string, tf.Tensor | undefined][] = Array.isArray(variableGradients)
      ? variableGradients.map(({ name, tensor }) => [name, tensor])
      : Object.entries(variableGradients);
    for (const [name, gradient] of entries) {
      const variable = tf.engine().registeredVariables[name];
      if (!gradient || !variable) continue;
      tf.tidy(() => variable.assign(stepAlong(variable, gradient, -this.learningRate)));
    }
    this.incrementIterations();
  }
}

/** value + rate · direction in one pass on packed textures (the layout the matrix products leave). */
function stepAlong(value: tf.Tensor, direction: tf.Tensor, rate: number): tf.Tensor {
  const program: GPGPUProgram = {
    variableNames: ['V', 'G'],
    outputShape: value.shape,
    packedInputs: true,
    packedOutput: true,
    customUniforms: [{ name: 'rate', type: 'float' }],
    userCode: `
      void main() {
        setOutput(getVAtOutCoords() + rate * getGAtOutCoords());
      }
    `,
  };
  return runWebglPass(program, [value, direction], [[rate]]);
}

/**
 * The largest difference between one OnePassSgd step and TensorFlow.js's own SGD
 * step from the same weights, for a 784 × 10 matrix and a 10-vector (the model's
 * W and b). For the end-to-end test of the shader, which Vitest cannot run.
 */
export async function onePassSgdError(learningRate = 0.1): Promise<number> {
  const shapes = [[784, 10], [10]];
  const start = shapes.map((shape, i) => tf.randomNormal(shape, 0, 1, 'float32', 11 + i));
  const grads = shapes.map((shape, i) => tf.randomNormal(shape, 0, 1, 'float32', 21 + i));
  const run = (optimizer: tf.Optimizer) => {
    const variables = start.map((t) => tf.variable(t.clone()));
    optimizer.applyGradients(variables.map((v, i) => ({ name: v.name, tensor: grads[i]! })));
    optimizer.dispose();
    return variables;
  };
  const ours = run(new OnePassSgd(learningRate));
  const theirs = run(tf.train.sgd(learningRate));
  const error = await largestDifference(ours, theirs);
  tf.dispose([...start, ...grads, ...ours, ...theirs]);
  return error;
}
