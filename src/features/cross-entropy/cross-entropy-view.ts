import {
  crossEntropy,
  entropy,
  gradientStep,
  klFromCrossEntropy,
  natsToBits,
  normalizeDistribution,
  oneHot,
  softmaxCrossEntropy,
  softmaxCrossEntropyGrad,
} from '@/math/cross-entropy';
import { logSoftmax, logSumExp, softmax } from '@/math/softmax';
import { clampLogit } from '@/domain/playground-limits';

/**
 * Every number the cross-entropy lesson shows, computed from the shared logits
 * in one pure place so the tests can pin each of them to the math core.
 */

export type InfoUnit = 'nats' | 'bits';
export type LabelMode = 'hard' | 'soft';

/** An information quantity given in nats, in the unit the student picked. */
export const inUnit = (nats: number, unit: InfoUnit): number => (unit === 'bits' ? natsToBits(nats) : nats);

/** Why soft-label weights cannot be a label; null when they can. */
export type SoftLabelProblem = 'negative' | 'allZero' | 'notFinite' | null;

export function softLabelProblem(weights: readonly number[]): SoftLabelProblem {
  if (weights.some((w) => !Number.isFinite(w))) return 'notFinite';
  if (weights.some((w) => w < 0)) return 'negative';
  if (weights.every((w) => w === 0)) return 'allZero';
  return null;
}

/** The label y: one-hot at the true class, or the soft weights renormalized to a distribution. */
export function resolveLabel(mode: LabelMode, trueClass: number, softWeights: readonly number[], classCount: number): number[] {
  // The editor never stores invalid weights; this guard only keeps a malformed state from breaking the page.
  if (mode === 'hard' || softWeights.length !== classCount || softLabelProblem(softWeights) !== null) {
    return oneHot(trueClass, classCount);
  }
  return normalizeDistribution(softWeights);
}

export interface LossView {
  /** ŷ = softmax(z), computed stably (the max subtracted). */
  probs: number[];
  /** log ŷ_j = z_j − LSE(z), finite for any finite z. */
  logProbs: number[];
  lse: number;
  label: number[];
  /** The loss by the chosen route, in nats. */
  loss: number;
  /** LSE(z) − Σ y_j z_j: the log-softmax route, always finite. */
  stableLoss: number;
  /** −Σ y_j log(softmax(z)_j): infinite once a needed ŷ_j underflows to 0. */
  naiveLoss: number;
  /** −log ŷ_j per class, by the chosen route, in nats. */
  surprisals: number[];
  /** H(y) in nats (0 for a one-hot label). */
  labelEntropy: number;
  /** KL(y‖ŷ) = H(y, ŷ) − H(y), in nats. */
  kl: number;
  /** ∂l/∂z_j = ŷ_j − y_j, always in nats per unit of logit (the step uses it). */
  grad: number[];
}

/** The lesson's numbers for logits z and label y; `stable` picks the log-softmax route over softmax → log. */
export function lossView(logits: readonly number[], label: readonly number[], stable: boolean): LossView {
  const probs = softmax(logits);
  const logProbs = logSoftmax(logits);
  const stableLoss = softmaxCrossEntropy(logits, label);
  const naiveLoss = crossEntropy(label, probs);
  const loss = stable ? stableLoss : naiveLoss;
  const labelEntropy = entropy(label);
  return {
    probs,
    logProbs,
    lse: logSumExp(logits),
    label: [...label],
    loss,
    stableLoss,
    naiveLoss,
    surprisals: stable ? logProbs.map((l) => -l) : probs.map((p) => -Math.log(p)),
    labelEntropy,
    kl: klFromCrossEntropy(loss, labelEntropy),
    grad: softmaxCrossEntropyGrad(logits, label),
  };
}

/**
 * The top of the surprisal axis: the largest finite bar rounded up to 1, 2 or a
 * multiple of 4. The chart has five ticks, so they land on quarters, halves or
 * whole numbers, and the axis rescales only now and then while a logit is dragged
 * (every rescale re-lays out the whole chart).
 */
export function surprisalAxisTop(values: readonly number[]): number {
  const finite = values.filter((v) => Number.isFinite(v));
  const top = Math.max(0, ...finite);
  if (top <= 1) return 1;
  if (top <= 2) return 2;
  return 4 * Math.ceil(top / 4);
}

export interface StepResult {
  logits: number[];
  /** True when some logit hit ±LOGIT_LIMIT and was held there. */
  clamped: boolean;
}

/** z ← z − η (ŷ − y), holding every logit within ±LOGIT_LIMIT (the playground's limit). */
export function stepLogits(logits: readonly number[], label: readonly number[], learningRate: number): StepResult {
  const raw = gradientStep(logits, label, learningRate);
  const next = raw.map(clampLogit);
  // NaN !== NaN: a logit that is no longer a number counts as held, as one past the limit does.
  return { logits: next, clamped: next.some((z, j) => z !== raw[j]) };
}

/**
 * A confidently wrong model for the log(0) lesson: the true class (0) gets logit
 * −400 and the last class +400, so ŷ_0 = e^(−800) underflows to exactly 0 while
 * the true loss is 800 nats.
 */
export function confidentlyWrongExample(classCount: number): { logits: number[]; trueClass: number } {
  const logits = Array.from({ length: classCount }, (_, j) => (j === 0 ? -400 : j === classCount - 1 ? 400 : 0));
  return { logits, trueClass: 0 };
}

export interface CurvePoint {
  q: number;
  surprisal: number;
}

/** The smallest q the curve draws: −log q is about 6.9 nats there, enough to show the wall at 0. */
export const CURVE_Q_MIN = 0.001;

/** Points of −log q over q ∈ [CURVE_Q_MIN, 1], denser near 0 where the curve is steep. */
export function surprisalCurve(unit: InfoUnit, points = 120): CurvePoint[] {
  const logMin = Math.log(CURVE_Q_MIN);
  return Array.from({ length: points }, (_, i) => {
    const q = Math.exp(logMin * (1 - i / (points - 1)));
    return { q, surprisal: inUnit(-Math.log(q), unit) };
  });
}

/** Where the current point sits on the curve's axes; off-chart points are pinned to the edge. */
export function curveMarker(q: number, unit: InfoUnit): { q: number; surprisal: number; offChart: boolean } {
  const offChart = q < CURVE_Q_MIN;
  const shownQ = offChart ? CURVE_Q_MIN : q;
  return { q: shownQ, surprisal: inUnit(-Math.log(shownQ), unit), offChart };
}
