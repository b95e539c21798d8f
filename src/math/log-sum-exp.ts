import { logSumExp } from './softmax';
import { assertFiniteVector, assertPositiveFinite } from './validate';

/**
 * d2l 3.4, exercise 3: what the textbook calls RealSoftMax,
 * RealSoftMax(a, b) = log(exp(a) + exp(b)), is the log-sum-exp, a smooth maximum.
 * - It exceeds the maximum: exp(a) + exp(b) > exp(max(a, b)), so LSE > max;
 *   by at most log q for q numbers (all equal), and by log 2 for a tie of two.
 * - Sharpened by λ > 0, λ⁻¹ LSE(λ a, λ b) lies in (max, max + log(q)/λ], so → max as λ → ∞.
 * - Its mirror image −LSE(−a, −b) is a smooth minimum (soft-min), below min(a, b).
 * All of it holds for any number of inputs.
 */

/** λ⁻¹ · LSE(λ v): the smooth maximum sharpened by λ > 0 (τ · LSE(v/τ) with τ = 1/λ). */
export function scaledLogSumExp(values: ArrayLike<number>, lambda: number): number {
  assertFiniteVector(values, 'values');
  assertPositiveFinite(lambda, 'lambda');
  return logSumExp(Array.from(values, (v) => v * lambda)) / lambda;
}

/** −λ⁻¹ · LSE(−λ v): the soft minimum, never above min v, → min v as λ → ∞. */
export function softMin(values: ArrayLike<number>, lambda = 1): number {
  return -scaledLogSumExp(Array.from(values, (v) => -v), lambda);
}
