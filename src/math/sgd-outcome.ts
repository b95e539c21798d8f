import { logSumExp } from './softmax';
import { lossVerdict } from './training-metrics';
import { assertPositiveFinite } from './validate';

/**
 * What a learning rate does to softmax regression trained with plain gradient
 * descent, worked out on a problem small enough to run in a blink: seven 2×2
 * grey images (4 pixels in [0, 1]) of three classes, W and b starting at 0 as
 * in the lecture. Two of the images are the same picture with different labels,
 * as Fashion-MNIST has shirts that look like T-shirts, so no weights bring the
 * loss to 0 and a step that overshoots cannot land on a perfect answer.
 */
export const TINY_PROBLEM = {
  images: [
    [0.9, 0.2, 0.6, 0.1],
    [0.8, 0.1, 0.7, 0.2],
    [0.1, 0.9, 0.2, 0.8],
    [0.2, 0.8, 0.1, 0.9],
    [0.5, 0.5, 0.9, 0.9],
    [0.6, 0.4, 0.8, 1.0],
    [0.5, 0.5, 0.9, 0.9],
  ],
  labels: [0, 0, 1, 1, 2, 2, 0],
  classCount: 3,
} as const;

export type LearningRateOutcome = 'diverges' | 'stalls' | 'learns';

export interface SgdRun {
  /** Mean cross-entropy (nats) before step 1 and after each step. */
  losses: number[];
  outcome: LearningRateOutcome;
}

/** A relative fall of the loss smaller than this over the whole run counts as no learning. */
export const STALL_FRACTION = 1e-3;

/**
 * Full-batch gradient descent, W ← W − η Xᵀ(P − Y)/n and b ← b − η Σ(P − Y)/n,
 * for `steps` steps. The outcome: `diverges` once the loss is not finite or
 * passes EXPLODING_LOSS = 20 ln 10 (the training lesson's own test), `stalls` if it fell by
 * less than STALL_FRACTION of where it started, `learns` otherwise.
 */
export function sgdRun(learningRate: number, steps = 50, problem = TINY_PROBLEM): SgdRun {
  assertPositiveFinite(learningRate, 'learning rate');
  const { images, labels, classCount: q } = problem;
  const d = images[0]!.length;
  const n = images.length;
  const weights = Array.from({ length: q }, () => new Array<number>(d).fill(0));
  const biases = new Array<number>(q).fill(0);
  const losses: number[] = [];
  let diverged = false;
  for (let step = 0; step <= steps; step++) {
    let loss = 0;
    const gradW = weights.map((row) => row.map(() => 0));
    const gradB = new Array<number>(q).fill(0);
    images.forEach((x, i) => {
      const logits = weights.map((row, c) => row.reduce((sum, w, k) => sum + w * x[k]!, biases[c]!));
      const lse = logSumExp(logits);
      loss += lse - logits[labels[i]!]!;
      logits.forEach((o, c) => {
        const g = (Math.exp(o - lse) - (c === labels[i] ? 1 : 0)) / n;
        gradB[c]! += g;
        for (let k = 0; k < d; k++) gradW[c]![k]! += g * x[k]!;
      });
    });
    losses.push(loss / n);
    if (lossVerdict(loss / n) !== 'ok') {
      diverged = true;
      break;
    }
    for (let c = 0; c < q; c++) {
      biases[c]! -= learningRate * gradB[c]!;
      for (let k = 0; k < d; k++) weights[c]![k]! -= learningRate * gradW[c]![k]!;
    }
  }
  const first = losses[0]!;
  const last = losses[losses.length - 1]!;
  const outcome: LearningRateOutcome = diverged ? 'diverges' : (first - last) / first < STALL_FRACTION ? 'stalls' : 'learns';
  return { losses, outcome };
}
