import * as tf from '@tensorflow/tfjs-core';
import { forward, weightsOf, type Params } from './model';

/** Gradients keyed by variable name, ready for optimizer.applyGradients. */
export type Gradients = Record<string, tf.Tensor>;

/**
 * The gradient of the mean softmax cross-entropy, written out by hand.
 * For a batch of n rows with one-hot labels Y and probabilities P = softmax(XW + b):
 *   ∂L/∂logits = (P − Y) / n          (the p − y of the cross-entropy lesson)
 *   ∂L/∂W = Xᵀ (P − Y) / n,  ∂L/∂b = Σ_rows (P − Y) / n
 * With weight decay λ the loss gains (λ/2)‖W‖², and ∂/∂W gains λW.
 * Returns the data loss (a scalar), the batch's logits and the gradients.
 */
export function lossAndGradients(params: Params, x: tf.Tensor2D, y: tf.Tensor2D, weightDecay: number) {
  const n = x.shape[0];
  if (params.kind === 'softmax') {
    const logits = forward(params, x);
    const logProbs = tf.logSoftmax(logits);
    const loss = tf.div(tf.neg(tf.sum(tf.mul(y, logProbs))), n);
    const dLogits = tf.div(tf.sub(tf.exp(logProbs), y), n);
    let dW: tf.Tensor = tf.matMul(x, dLogits, true, false);
    if (weightDecay > 0) dW = tf.add(dW, tf.mul(params.W, weightDecay));
    const grads: Gradients = { [params.W.name]: dW, [params.b.name]: tf.sum(dLogits, 0) };
    return { loss, logits, grads };
  }
  // The MLP: the same p − y at the output, then back through the ReLU.
  const hidden = tf.relu(tf.add(tf.matMul(x, params.W1), params.b1));
  const logits = tf.add(tf.matMul(hidden, params.W2), params.b2);
  const logProbs = tf.logSoftmax(logits);
  const loss = tf.div(tf.neg(tf.sum(tf.mul(y, logProbs))), n);
  const dLogits = tf.div(tf.sub(tf.exp(logProbs), y), n);
  let dW2: tf.Tensor = tf.matMul(hidden, dLogits, true, false);
  const dHidden = tf.mul(tf.matMul(dLogits, params.W2, false, true), tf.step(hidden));
  let dW1: tf.Tensor = tf.matMul(x, dHidden, true, false);
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
  return { loss, logits, grads };
}

/** (λ/2) Σ‖W‖², the weight-decay term added to the data loss. */
export function l2Term(params: Params, weightDecay: number): tf.Scalar {
  const squares = weightsOf(params).map((w) => tf.sum(tf.square(w)));
  return tf.mul(tf.addN(squares), weightDecay / 2);
}

/**
 * One minibatch step of the training loop. Returns a small tensor of metrics
 * [data loss, correct predictions, (λ/2)‖W‖²] that the loop reads back later,
 * in batches and asynchronously, so the GPU never waits for the page.
 */
export function trainStep(
  params: Params,
  optimizer: tf.Optimizer,
  x: tf.Tensor2D,
  y: tf.Tensor2D,
  weightDecay: number,
): tf.Tensor1D {
  return tf.tidy(() => {
    const { loss, logits, grads } = lossAndGradients(params, x, y, weightDecay);
    const correct = tf.sum(tf.cast(tf.equal(tf.argMax(logits, 1), tf.argMax(y, 1)), 'float32'));
    // The penalty is measured before the update, like the data loss.
    const penalty = weightDecay > 0 ? l2Term(params, weightDecay) : tf.zerosLike(loss);
    optimizer.applyGradients(grads);
    return tf.stack([loss, correct, penalty]) as tf.Tensor1D;
  });
}
