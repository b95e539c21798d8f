import { assertFiniteVector, assertPositiveFinite } from './validate';

/**
 * Every intermediate of the softmax, so a view can show each step of the
 * arithmetic: ŷ_j = exp((z_j − m)/τ) / Σ_k exp((z_k − m)/τ), m = max_k z_k.
 */
export interface SoftmaxSteps {
  /** z / τ */
  scaled: number[];
  /** The shift m = max(z / τ); subtracting it keeps every exponent ≤ 0. */
  shift: number;
  /** exp(z_j/τ − m): each in (0, 1], the largest exactly 1. */
  exps: number[];
  /** Σ_k exp(z_k/τ − m), in [1, n]. */
  sum: number;
  probs: number[];
}

/**
 * Numerically stable softmax with temperature, returning every intermediate.
 * Shapes: logits (n) → probs (n). Throws on empty or non-finite input.
 */
export function softmaxSteps(logits: ArrayLike<number>, temperature = 1): SoftmaxSteps {
  assertFiniteVector(logits, 'logits');
  assertPositiveFinite(temperature, 'temperature');
  const scaled = Array.from(logits, (z) => z / temperature);
  const shift = Math.max(...scaled);
  const exps = scaled.map((s) => Math.exp(s - shift));
  const sum = exps.reduce((a, b) => a + b, 0);
  return { scaled, shift, exps, sum, probs: exps.map((e) => e / sum) };
}

/** softmax(z / τ) computed stably (max subtracted): entries in [0, 1], summing to 1. */
export function softmax(logits: ArrayLike<number>, temperature = 1): number[] {
  return softmaxSteps(logits, temperature).probs;
}

/** The unshifted intermediates of the textbook formula, kept for the overflow lesson. */
export interface NaiveSoftmaxSteps {
  exps: number[];
  sum: number;
  probs: number[];
}

/**
 * The textbook formula as is, exp(z_j/τ) / Σ_k exp(z_k/τ), with no max subtracted.
 * Deliberately unsafe: exp(1000) is Infinity, so the result can be NaN (∞/∞)
 * or 0; the playground shows that as the overflow lesson. Never use it for
 * anything else.
 */
export function naiveSoftmaxSteps(logits: ArrayLike<number>, temperature = 1): NaiveSoftmaxSteps {
  assertFiniteVector(logits, 'logits');
  assertPositiveFinite(temperature, 'temperature');
  const exps = Array.from(logits, (z) => Math.exp(z / temperature));
  const sum = exps.reduce((a, b) => a + b, 0);
  return { exps, sum, probs: exps.map((e) => e / sum) };
}

export function naiveSoftmax(logits: ArrayLike<number>, temperature = 1): number[] {
  return naiveSoftmaxSteps(logits, temperature).probs;
}

/** log Σ_k exp(z_k), computed as m + log Σ_k exp(z_k − m): finite for any finite z. */
export function logSumExp(values: ArrayLike<number>): number {
  assertFiniteVector(values, 'values');
  let max = -Infinity;
  for (let i = 0; i < values.length; i++) max = Math.max(max, values[i]!);
  let sum = 0;
  for (let i = 0; i < values.length; i++) sum += Math.exp(values[i]! - max);
  return max + Math.log(sum);
}

/** log softmax(z)_j = z_j − LSE(z): finite even where softmax(z)_j underflows to 0. */
export function logSoftmax(logits: ArrayLike<number>, temperature = 1): number[] {
  assertFiniteVector(logits, 'logits');
  assertPositiveFinite(temperature, 'temperature');
  const scaled = Array.from(logits, (z) => z / temperature);
  const lse = logSumExp(scaled);
  return scaled.map((s) => s - lse);
}

/** Index of the largest entry; the first one on ties. */
export function argmax(values: ArrayLike<number>): number {
  assertFiniteVector(values, 'values');
  let best = 0;
  for (let i = 1; i < values.length; i++) if (values[i]! > values[best]!) best = i;
  return best;
}

/** σ(x) = 1 / (1 + e^(−x)), stable for large |x|. Softmax over two logits is σ(z₁ − z₂). */
export function sigmoid(x: number): number {
  if (!Number.isFinite(x)) throw new RangeError(`sigmoid: ${String(x)} is not finite`);
  if (x >= 0) return 1 / (1 + Math.exp(-x));
  const e = Math.exp(x);
  return e / (1 + e);
}
