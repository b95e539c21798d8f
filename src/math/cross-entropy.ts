import { logSoftmax, softmax } from './softmax';
import {
  MathInputError,
  assertDistribution,
  assertFiniteVector,
  assertSameLength,
} from './validate';

/** 1 nat = 1/ln 2 bits. */
export const BITS_PER_NAT = 1 / Math.LN2;
export const natsToBits = (nats: number): number => nats * BITS_PER_NAT;

export function assertClassIndex(targetIndex: number, classCount: number): void {
  if (!Number.isInteger(targetIndex) || targetIndex < 0 || targetIndex >= classCount) {
    throw new MathInputError(`class index ${targetIndex} is outside 0..${classCount - 1}`);
  }
}

/** The one-hot vector y with y_c = 1. */
export function oneHot(targetIndex: number, classCount: number): number[] {
  assertClassIndex(targetIndex, classCount);
  return Array.from({ length: classCount }, (_, j) => (j === targetIndex ? 1 : 0));
}

/** Surprisal (information content) −log q in nats; Infinity at q = 0. */
export function surprisal(q: number): number {
  if (!Number.isFinite(q) || q < 0 || q > 1) {
    throw new MathInputError(`probability must be in [0, 1], got ${String(q)}`);
  }
  return -Math.log(q);
}

/** H(p) = −Σ_j p_j log p_j in nats, with 0 log 0 = 0. */
export function entropy(p: ArrayLike<number>): number {
  assertDistribution(p, 'p');
  let h = 0;
  for (let j = 0; j < p.length; j++) if (p[j]! > 0) h -= p[j]! * Math.log(p[j]!);
  return h;
}

/**
 * Cross-entropy H(p, q) = −Σ_j p_j log q_j in nats, from a predicted distribution q.
 * Infinity when q_j = 0 where p_j > 0: the log(0) lesson.
 */
export function crossEntropy(p: ArrayLike<number>, q: ArrayLike<number>): number {
  assertSameLength(p, q, 'crossEntropy');
  assertDistribution(p, 'p');
  assertDistribution(q, 'q');
  let h = 0;
  for (let j = 0; j < p.length; j++) if (p[j]! > 0) h -= p[j]! * Math.log(q[j]!);
  return h;
}

/**
 * KL(p‖q) = H(p, q) − H(p) = Σ_j p_j log(p_j / q_j) ≥ 0, zero only at p = q, from the
 * cross-entropy H(p, q) and the entropy H(p) (in nats): the Cross-entropy lesson has
 * both on screen, H(p, q) by the route the student picked. Infinite when H(p, q) is.
 * Never below 0, where rounding leaves H(p, q) a hair under H(p): a negative KL
 * would read as a contradiction.
 */
export function klFromCrossEntropy(crossEntropyNats: number, entropyNats: number): number {
  return Math.max(0, crossEntropyNats - entropyNats);
}

/**
 * Softmax cross-entropy from logits, for a soft label p: −Σ_j p_j log softmax(z)_j,
 * computed through log-softmax (z_j − LSE(z)) so it stays finite for any finite z.
 */
export function softmaxCrossEntropy(logits: ArrayLike<number>, label: ArrayLike<number>): number {
  assertSameLength(logits, label, 'softmaxCrossEntropy');
  assertDistribution(label, 'label');
  const logProbs = logSoftmax(logits);
  let loss = 0;
  for (let j = 0; j < logProbs.length; j++) if (label[j]! > 0) loss -= label[j]! * logProbs[j]!;
  return loss;
}

/** Hard-label loss −log softmax(z)_c = LSE(z) − z_c, finite for any finite z. */
export function softmaxCrossEntropyHard(logits: ArrayLike<number>, targetIndex: number): number {
  assertFiniteVector(logits, 'logits');
  assertClassIndex(targetIndex, logits.length);
  return -logSoftmax(logits)[targetIndex]!;
}

/**
 * The naive route, softmax then log: −log(softmax(z)_c). When the model is
 * confidently wrong, softmax(z)_c underflows to 0 and this returns Infinity.
 * Kept deliberately for the log(0) lesson.
 */
export function naiveSoftmaxCrossEntropyHard(logits: ArrayLike<number>, targetIndex: number): number {
  assertClassIndex(targetIndex, logits.length);
  return -Math.log(softmax(logits)[targetIndex]!);
}

/**
 * ∂l/∂z_j = ŷ_j − y_j, the gradient of softmax cross-entropy with respect to the
 * logits, for a one-hot or soft label y. Shapes: logits (n), label (n) → (n).
 */
export function softmaxCrossEntropyGrad(logits: ArrayLike<number>, label: ArrayLike<number>): number[] {
  assertSameLength(logits, label, 'softmaxCrossEntropyGrad');
  assertDistribution(label, 'label');
  const probs = softmax(logits);
  return probs.map((p, j) => p - label[j]!);
}

/** One step of gradient descent on the logits: z ← z − η (ŷ − y). */
export function gradientStep(logits: ArrayLike<number>, label: ArrayLike<number>, learningRate: number): number[] {
  if (!Number.isFinite(learningRate)) {
    throw new MathInputError(`learning rate must be finite, got ${String(learningRate)}`);
  }
  const grad = softmaxCrossEntropyGrad(logits, label);
  return Array.from(logits, (z, j) => z - learningRate * grad[j]!);
}

/**
 * Scales non-negative weights to a distribution. Throws on negative entries or
 * an all-zero vector, which have no meaning as a soft label.
 */
export function normalizeDistribution(weights: ArrayLike<number>): number[] {
  assertFiniteVector(weights, 'weights');
  let sum = 0;
  for (let i = 0; i < weights.length; i++) {
    if (weights[i]! < 0) throw new MathInputError(`weights[${i}] is negative (${weights[i]})`);
    sum += weights[i]!;
  }
  if (sum === 0) throw new MathInputError('weights are all zero; at least one must be positive');
  return Array.from(weights, (w) => w / sum);
}

/**
 * ŷ⁽ⁱ⁾ at the label y⁽ⁱ⁾ for every row, d2l's y_hat[range(n), y]. Each row must be a
 * distribution over the same classes, each label a class id of it.
 * Shapes: predictions (n × q), labels (n) → (n).
 */
export function pickTrueClass(predictions: ReadonlyArray<ArrayLike<number>>, labels: ReadonlyArray<number>): number[] {
  if (predictions.length === 0) throw new MathInputError('batch must not be empty');
  if (predictions.length !== labels.length) {
    throw new MathInputError(`batch: ${predictions.length} predictions but ${labels.length} labels`);
  }
  return predictions.map((row, i) => {
    assertDistribution(row, `predictions[${i}]`);
    assertClassIndex(labels[i]!, row.length);
    return row[labels[i]!]!;
  });
}

/**
 * The likelihood of a batch's labels, P(Y | X) = Π_i ŷ⁽ⁱ⁾_{y⁽ⁱ⁾}: the probability the model
 * gives all n labels at once, the examples taken as independent. 0 as soon as one row
 * puts 0 on its label; it underflows to 0 for long batches, which is why training sums logs.
 */
export function batchLikelihood(predictions: ReadonlyArray<ArrayLike<number>>, labels: ReadonlyArray<number>): number {
  return pickTrueClass(predictions, labels).reduce((product, q) => product * q, 1);
}

/**
 * The negative log-likelihood of a batch and its mean, the mean cross-entropy loss:
 * −log P(Y | X) = −Σ_i log ŷ⁽ⁱ⁾_{y⁽ⁱ⁾}, and that divided by n. Summed row by row, so it
 * stays finite where the product of the likelihood underflows; Infinity when a picked
 * probability is 0.
 */
export function batchCrossEntropy(
  predictions: ReadonlyArray<ArrayLike<number>>,
  labels: ReadonlyArray<number>,
): { picked: number[]; losses: number[]; total: number; mean: number } {
  const picked = pickTrueClass(predictions, labels);
  const losses = picked.map((q) => -Math.log(q));
  const total = losses.reduce((a, b) => a + b, 0);
  return { picked, losses, total, mean: total / losses.length };
}
