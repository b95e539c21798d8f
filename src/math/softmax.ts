import { assertFiniteVector, assertPositiveFinite } from './validate';

/**
 * The floating-point format the arithmetic is rounded to. JavaScript computes in
 * float64; training (TensorFlow.js here, PyTorch in the lecture) runs in float32.
 */
export type FloatFormat = 'float64' | 'float32';

/** The largest finite float32, (2 − 2⁻²³) · 2¹²⁷ ≈ 3.4028 · 10³⁸. */
export const FLOAT32_MAX = 3.4028234663852886e38;
/** The largest finite float64, Number.MAX_VALUE ≈ 1.7977 · 10³⁰⁸. */
export const FLOAT64_MAX = Number.MAX_VALUE;

/** The largest finite number of a format. */
export const floatMax = (format: FloatFormat): number => (format === 'float32' ? FLOAT32_MAX : FLOAT64_MAX);

/**
 * Past x = ln(max), exp(x) overflows the format to Infinity:
 * ln(FLOAT64_MAX) ≈ 709.7827, ln(FLOAT32_MAX) ≈ 88.7228.
 */
export const expOverflowThreshold = (format: FloatFormat): number => Math.log(floatMax(format));

const identity = (x: number): number => x;

/**
 * Rounding to the format after an operation: none for float64 (JavaScript's own),
 * Math.fround for float32, which is what float32 hardware does after each operation.
 */
export const roundTo = (format: FloatFormat): ((x: number) => number) => (format === 'float32' ? Math.fround : identity);

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
 * With format 'float32' every input and every operation's result is rounded to
 * float32; the shift keeps it finite there too.
 */
export function softmaxSteps(logits: ArrayLike<number>, temperature = 1, format: FloatFormat = 'float64'): SoftmaxSteps {
  assertFiniteVector(logits, 'logits');
  assertPositiveFinite(temperature, 'temperature');
  const r = roundTo(format);
  const tau = r(temperature);
  const scaled = Array.from(logits, (z) => r(r(z) / tau));
  const shift = Math.max(...scaled);
  const exps = scaled.map((s) => r(Math.exp(r(s - shift))));
  const sum = exps.reduce((a, b) => r(a + b), 0);
  return { scaled, shift, exps, sum, probs: exps.map((e) => r(e / sum)) };
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
 * anything else. In 'float32' (Math.fround after the division by τ, each exp, each
 * addition and each division) exp already overflows past 88.72: [89, 0, 0] gives NaN.
 */
export function naiveSoftmaxSteps(logits: ArrayLike<number>, temperature = 1, format: FloatFormat = 'float64'): NaiveSoftmaxSteps {
  assertFiniteVector(logits, 'logits');
  assertPositiveFinite(temperature, 'temperature');
  const r = roundTo(format);
  const tau = r(temperature);
  const exps = Array.from(logits, (z) => r(Math.exp(r(r(z) / tau))));
  const sum = exps.reduce((a, b) => r(a + b), 0);
  return { exps, sum, probs: exps.map((e) => r(e / sum)) };
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
