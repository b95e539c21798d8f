import { argmax, sigmoid, softmax } from '@/math/softmax';

const total = (values: number[]): number => values.reduce((a, b) => a + b, 0);

/** The same logits through q independent sigmoids and through one softmax. */
export interface SigmoidsVsSoftmax {
  logits: number[];
  /** σ(oⱼ) = 1 / (1 + e^(−oⱼ)), each on its own: in (0, 1), but nothing ties them together. */
  sigmoids: number[];
  /** Σⱼ σ(oⱼ): anywhere in (0, q), 1 only by accident. */
  sigmoidSum: number;
  /** softmax(o)ⱼ = e^(oⱼ) / Σₖ e^(oₖ) (τ = 1, computed stably). */
  probs: number[];
  /** Σⱼ softmax(o)ⱼ = 1 up to rounding. */
  probSum: number;
}

/** Why not one sigmoid per class: both ways of squashing the raw scores, with their sums. */
export function sigmoidsVsSoftmax(logits: number[]): SigmoidsVsSoftmax {
  const sigmoids = logits.map(sigmoid);
  const probs = softmax(logits);
  return { logits, sigmoids, sigmoidSum: total(sigmoids), probs, probSum: total(probs) };
}

/** Soft assignment (a probability per class) and hard assignment (one class) of the same logits. */
export interface Assignment {
  probs: number[];
  /** 0-based index of the most probable class; argmax ŷ = argmax o. */
  hard: number;
}

export function assignment(logits: number[]): Assignment {
  return { probs: softmax(logits), hard: argmax(logits) };
}
