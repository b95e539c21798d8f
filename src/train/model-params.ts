import * as tf from '@tensorflow/tfjs-core';
import { CLASS_COUNT } from '@/data/classes';
import type { ModelKind } from '@/domain/training-config';

export const PIXELS = 784;
/** Fashion-MNIST's ten classes, as src/data/classes.ts names them. */
export { CLASS_COUNT };
export const HIDDEN_UNITS = 256;
/** The textbook's initialisation: weights ~ N(0, 0.01²), biases 0. */
export const INIT_STD = 0.01;

/** Softmax regression: logits = XW + b. */
export interface SoftmaxParams {
  kind: 'softmax';
  W: tf.Variable<tf.Rank.R2>;
  b: tf.Variable<tf.Rank.R1>;
}

/** One hidden ReLU layer: logits = relu(XW₁ + b₁)W₂ + b₂. */
export interface MlpParams {
  kind: 'mlp';
  W1: tf.Variable<tf.Rank.R2>;
  b1: tf.Variable<tf.Rank.R1>;
  W2: tf.Variable<tf.Rank.R2>;
  b2: tf.Variable<tf.Rank.R1>;
}

export type Params = SoftmaxParams | MlpParams;

/** A variable from an initial value; the value itself is freed (the variable shares its data). */
function variableFrom<R extends tf.Rank>(init: tf.Tensor): tf.Variable<R> {
  const v = tf.variable(init) as tf.Variable<R>;
  init.dispose();
  return v;
}
const matrix = (init: tf.Tensor) => variableFrom<tf.Rank.R2>(init);
const vector = (init: tf.Tensor) => variableFrom<tf.Rank.R1>(init);

/**
 * Fresh parameters. The same seed gives the same initial weights on every
 * backend (tf.randomNormal draws from a seeded generator on the CPU), so runs
 * that differ only in learning rate start from the same point.
 */
export function createParams(kind: ModelKind, seed: number): Params {
  if (kind === 'softmax') {
    return {
      kind,
      W: matrix(tf.randomNormal([PIXELS, CLASS_COUNT], 0, INIT_STD, 'float32', seed)),
      b: vector(tf.zeros([CLASS_COUNT])),
    };
  }
  // The MLP's first layer uses He initialisation: with N(0, 0.01²) the ReLU
  // layer's signal is ~100× too small and learning crawls for epochs.
  return {
    kind,
    W1: matrix(tf.randomNormal([PIXELS, HIDDEN_UNITS], 0, Math.sqrt(2 / PIXELS), 'float32', seed)),
    b1: vector(tf.zeros([HIDDEN_UNITS])),
    W2: matrix(tf.randomNormal([HIDDEN_UNITS, CLASS_COUNT], 0, Math.sqrt(1 / HIDDEN_UNITS), 'float32', seed + 1)),
    b2: vector(tf.zeros([CLASS_COUNT])),
  };
}

/** Every trainable variable, in a fixed order. */
export function variablesOf(params: Params): tf.Variable[] {
  return params.kind === 'softmax' ? [params.W, params.b] : [params.W1, params.b1, params.W2, params.b2];
}

/** The weight matrices the L2 penalty applies to (biases are not decayed, as in d2l). */
export function weightsOf(params: Params): tf.Variable[] {
  return params.kind === 'softmax' ? [params.W] : [params.W1, params.W2];
}

export function disposeParams(params: Params): void {
  for (const v of variablesOf(params)) v.dispose();
}

/** Logits for a batch x (n × 784) → (n × 10). Call inside tf.tidy. */
export function forward(params: Params, x: tf.Tensor2D): tf.Tensor2D {
  // Fused: the product, the bias (and the ReLU) in one kernel.
  if (params.kind === 'softmax') return tf.fused.matMul({ a: x, b: params.W, bias: params.b }) as tf.Tensor2D;
  const hidden = tf.fused.matMul({ a: x, b: params.W1, bias: params.b1, activation: 'relu' });
  return tf.fused.matMul({ a: hidden, b: params.W2, bias: params.b2 }) as tf.Tensor2D;
}
