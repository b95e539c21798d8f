import * as tf from '@tensorflow/tfjs-core';
import { weightsOf, type Params } from './model-params';
import { softmaxMinusTargets } from './softmax-grad';

/** Gradients keyed by variable name, ready for optimizer.applyGradients. */
export type Gradients = Record<string, tf.Tensor>;

/** One minibatch: n images (n × 784) and their one-hot labels (n × 10). */
export interface Batch {
  x: tf.Tensor2D;
  y: tf.Tensor2D;
  /**
   * Xᵀ, when the backend multiplies faster by an uploaded transpose than by a
   * transposed read of X (WebAssembly, by far: README, Performance); null on
   * WebGL, where the transposed read is free and a second upload is not.
   */
  xT: tf.Tensor2D | null;
}

/** Xᵀ · D for the weight gradient. */
const xTransposeTimes = (batch: Batch, d: tf.Tensor2D) =>
  batch.xT ? tf.matMul(batch.xT, d) : tf.matMul(batch.x, d, true, false);

/**
 * The gradient of the mean softmax cross-entropy, written out by hand.
 * For a batch of n rows with one-hot labels Y and probabilities P = softmax(XW + b):
 *   ∂L/∂logits = (P − Y) / n          (the p − y of the cross-entropy lesson)
 *   ∂L/∂W = Xᵀ (P − Y) / n,  ∂L/∂b = Σ_rows (P − Y) / n
 * With weight decay λ the loss gains (λ/2)‖W‖², and ∂/∂W gains λW.
 * Returns the batch's logits (the loss and the accuracy are computed from them
 * on the CPU, only for the steps that are read back) and the gradients.
 * About a third of the kernels that automatic differentiation of the same loss runs.
 */
export function gradients(params: Params, batch: Batch, weightDecay: number) {
  const { x, y } = batch;
  const n = x.shape[0];
  if (params.kind === 'softmax') {
    const logits = tf.fused.matMul({ a: x, b: params.W, bias: params.b }) as tf.Tensor2D;
    const dLogits = softmaxMinusTargets(logits, y, 1 / n);
    let dW: tf.Tensor = xTransposeTimes(batch, dLogits);
    if (weightDecay > 0) dW = tf.add(dW, tf.mul(params.W, weightDecay));
    const grads: Gradients = { [params.W.name]: dW, [params.b.name]: tf.sum(dLogits, 0) };
    return { logits, grads };
  }
  // The MLP: the same p − y at the output, then back through the ReLU.
  const hidden = tf.fused.matMul({ a: x, b: params.W1, bias: params.b1, activation: 'relu' }) as tf.Tensor2D;
  const logits = tf.fused.matMul({ a: hidden, b: params.W2, bias: params.b2 }) as tf.Tensor2D;
  const dLogits = softmaxMinusTargets(logits, y, 1 / n);
  let dW2: tf.Tensor = tf.matMul(hidden, dLogits, true, false);
  const dHidden = tf.mul(tf.matMul(dLogits, params.W2, false, true), tf.step(hidden)) as tf.Tensor2D;
  let dW1: tf.Tensor = xTransposeTimes(batch, dHidden);
  if (weightDecay > 0) {
    dW1 = tf.add(dW1, tf.mul(params.W1, weightDecay));
    dW2 = tf.add(dW2, tf.mul(params.W2, weightDecay));
  }
  const grads: Gradients = {
    [params.W1.name]: dW1,
    [params.b1.name]: tf.sum(dHidden, 0),
    [params.W2.name]: dW2,
    [params.b2.name]: tf.sum(dLogits, 0),
  };
  return { logits, grads };
}

/** (λ/2) Σ‖W‖², the weight-decay term added to the data loss. */
export function l2Term(params: Params, weightDecay: number): tf.Scalar {
  const squares = weightsOf(params).map((w) => tf.sum(tf.square(w)));
  return tf.mul(tf.addN(squares), weightDecay / 2);
}

/** What a step leaves for the loop to read back later: the logits, and (λ/2)‖W‖² when λ > 0. */
export interface StepOutput {
  logits: tf.Tensor2D;
  penalty: tf.Scalar | null;
}

/**
 * One minibatch step of the training loop. The loop reads the outputs back
 * later, in batches and asynchronously, so the GPU never waits for the page.
 */
export function trainStep(params: Params, optimizer: tf.Optimizer, batch: Batch, weightDecay: number): StepOutput {
  const [logits, penalty] = tf.tidy(() => {
    const { logits, grads } = gradients(params, batch, weightDecay);
    // The penalty is measured before the update, like the data loss.
    const kept = weightDecay > 0 ? [logits, l2Term(params, weightDecay)] : [logits];
    optimizer.applyGradients(grads);
    return kept;
  });
  return { logits: logits as tf.Tensor2D, penalty: (penalty as tf.Scalar | undefined) ?? null };
}
