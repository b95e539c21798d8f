import { blockCode, entropyBits, recordBlockLengths, type BlockCode } from '@/math/coding';
import { naiveSoftmaxCrossEntropyHard, natsToBits, oneHot, softmaxCrossEntropyGrad, softmaxCrossEntropyHard } from '@/math/cross-entropy';
import { crossEntropyHessianByDifferences, maxAbsMatrixDifference, oneHotCovariance, softmaxCrossEntropyHessian } from '@/math/hessian';
import { withProbability } from '@/math/inverse-softmax';
import { softmax } from '@/math/softmax';
import type { NumberTolerance } from '@/ui/exercise-verdict';
import { isLogitInRange } from '@/domain/playground-limits';
import { confidentlyWrongExample, stepLogits } from './cross-entropy-view';

/** The answers to the cross-entropy lesson's exercises, computed from the playground's numbers. */

/** −log p in nats for the lesson's question p = 0.01: ln 100 ≈ 4.6052. */
export const LOW_PROBABILITY = 0.01;
export const LOSS_TOLERANCE: NumberTolerance = { right: 0.05, close: 0.5 };

export interface LowProbabilityAnswer {
  nats: number;
  bits: number;
  /** The playground's logits moved so that the true class gets p (null if that needs a logit past ±1000). */
  logits: number[] | null;
  /** Losses at a few other probabilities, for comparison. */
  others: { p: number; nats: number }[];
}

export function lowProbabilityAnswer(logits: number[], trueClass: number, p = LOW_PROBABILITY): LowProbabilityAnswer {
  const moved = withProbability(logits, trueClass, p);
  const nats = -Math.log(p);
  return {
    nats,
    bits: natsToBits(nats),
    logits: moved.every(isLogitInRange) ? moved : null,
    others: [1, 0.5, 0.1, 0.001].map((q) => ({ p: q, nats: -Math.log(q) })),
  };
}

export const PUSH_CHOICES = ['up-true', 'down-true', 'all-up', 'top-only'] as const;
export type PushChoice = (typeof PUSH_CHOICES)[number];

export interface PushAnswer {
  grad: number[];
  /** Logits after one step with η = 1 (held within ±1000). */
  after: number[];
  outcome: PushChoice | 'none';
  /** The wrong class pushed down hardest: the most probable one. */
  hardest: number | null;
}

/** Where one gradient step o ← o − (ŷ − y) moves each logit: read off the signs of ŷ − y. */
export function pushAnswer(logits: number[], trueClass: number): PushAnswer {
  const y = oneHot(trueClass, logits.length);
  const grad = softmaxCrossEntropyGrad(logits, y);
  const others = grad.filter((_, j) => j !== trueClass);
  const outcome: PushAnswer['outcome'] =
    grad.every((g) => g === 0) ? 'none' : grad[trueClass]! <= 0 && others.every((g) => g >= 0) ? 'up-true' : 'down-true';
  let hardest: number | null = null;
  grad.forEach((g, j) => {
    if (j !== trueClass && g > 0 && (hardest === null || g > grad[hardest]!)) hardest = j;
  });
  return { grad, after: stepLogits(logits, y, 1).logits, outcome, hardest };
}

/** Second derivatives read to two decimals: within 0.01 is right, within 0.05 close. */
export const HESSIAN_TOLERANCE: NumberTolerance = { right: 0.01, close: 0.05 };

export interface HessianAnswer {
  probs: number[];
  /** The exact Hessian diag(p) − ppᵀ. */
  exact: number[][];
  /** Central differences of the loss itself, h = 1e-3. */
  numeric: number[][];
  /** Cov[y] for the one-hot y drawn from p. */
  covariance: number[][];
  /** Largest entry-wise gap between the finite differences and the covariance. */
  maxDifference: number;
}

export function hessianAnswer(logits: number[], trueClass: number): HessianAnswer {
  const probs = softmax(logits);
  const exact = softmaxCrossEntropyHessian(logits);
  const numeric = crossEntropyHessianByDifferences(logits, oneHot(trueClass, logits.length));
  const covariance = oneHotCovariance(probs);
  return { probs, exact, numeric, covariance, maxDifference: maxAbsMatrixDifference(numeric, covariance) };
}

/** Bits a symbol: within 0.01 of log₂ 3 is right, within 0.1 close. */
export const BITS_TOLERANCE: NumberTolerance = { right: 0.01, close: 0.1 };

export interface ThreeClassesAnswer {
  entropy: number;
  /** Block codes from single symbols to long blocks: pairs, then each new best length up to 41. */
  blocks: BlockCode[];
}

export function threeClassesAnswer(): ThreeClassesAnswer {
  const lengths = [...new Set([1, 2, ...recordBlockLengths(3, 41)])].sort((a, b) => a - b);
  return { entropy: entropyBits([1 / 3, 1 / 3, 1 / 3]), blocks: lengths.map((k) => blockCode(3, k)) };
}

export const NAIVE_CHOICES = ['finite', 'infinity', 'nan', 'zero'] as const;
export type NaiveChoice = (typeof NAIVE_CHOICES)[number];

export interface LogZeroAnswer {
  logits: number[];
  trueClass: number;
  /** softmax(o)_c as a float64: 0, having underflowed. */
  probability: number;
  naive: number;
  /** The true loss LSE(o) − o_c. */
  exact: number;
  outcome: NaiveChoice;
}

const classify = (value: number): NaiveChoice =>
  Number.isNaN(value) ? 'nan' : value === Infinity || value === -Infinity ? 'infinity' : value === 0 ? 'zero' : 'finite';

/** The textbook's cross_entropy, −log ŷ_c after the softmax, on a confidently wrong model (3.6, exercise 2). */
export function logZeroAnswer(classCount: number): LogZeroAnswer {
  const { logits, trueClass } = confidentlyWrongExample(classCount);
  const naive = naiveSoftmaxCrossEntropyHard(logits, trueClass);
  return {
    logits,
    trueClass,
    probability: softmax(logits)[trueClass]!,
    naive,
    exact: softmaxCrossEntropyHard(logits, trueClass),
    outcome: classify(naive),
  };
}

export const FIX_CHOICES = ['subtract-max', 'log-softmax', 'epsilon', 'float64'] as const;
export type FixChoice = (typeof FIX_CHOICES)[number];

/** The ε some code adds inside the log: it hides the 0 and gets the loss wrong. */
export const LOG_EPSILON = 1e-12;

/**
 * Each proposed fix, run on the confidently wrong model (3.6, exercise 3), and
 * whether it gives the true loss (to 1e-9, relative). Only log-softmax,
 * o_c − LSE(o) with the maximum subtracted inside LSE, does.
 */
export function fixAnswers(classCount: number): { exact: number; fixes: { id: FixChoice; value: number; right: boolean }[] } {
  const { logits, trueClass, exact } = logZeroAnswer(classCount);
  // softmax() subtracts the maximum already; float64 is what this page computes in.
  const stableThenLog = -Math.log(softmax(logits)[trueClass]!);
  const values: Record<FixChoice, number> = {
    'subtract-max': stableThenLog,
    'log-softmax': softmaxCrossEntropyHard(logits, trueClass),
    epsilon: -Math.log(softmax(logits)[trueClass]! + LOG_EPSILON),
    float64: naiveSoftmaxCrossEntropyHard(logits, trueClass),
  };
  const fixes = FIX_CHOICES.map((id) => ({
    id,
    value: values[id],
    right: Number.isFinite(values[id]) && Math.abs(values[id] - exact) <= 1e-9 * Math.abs(exact),
  }));
  return { exact, fixes };
}

/** The fix that works, as computed (the first right one). */
export const rightFix = (classCount: number): FixChoice => fixAnswers(classCount).fixes.find((f) => f.right)?.id ?? 'log-softmax';
