import { softmaxCrossEntropy } from './cross-entropy';
import { softmax } from './softmax';
import { MathInputError, assertDistribution, assertFiniteVector } from './validate';

/**
 * The second derivatives of softmax cross-entropy with respect to the logits
 * (d2l 3.4, exercise 1). With l = LSE(o) − Σ_j y_j o_j and p = softmax(o):
 *   ∂l/∂o_i = p_i − y_i,   ∂²l/∂o_i∂o_j = ∂p_i/∂o_j = p_i (δ_ij − p_j),
 * so H = diag(p) − ppᵀ, whatever the label y. Its diagonal p_j (1 − p_j) is the
 * variance of a coin that comes up j with probability p_j.
 */
export function softmaxCrossEntropyHessian(logits: ArrayLike<number>): number[][] {
  const p = softmax(logits);
  return p.map((pi, i) => p.map((pj, j) => (i === j ? pi : 0) - pi * pj));
}

/**
 * Cov[y] = E[y yᵀ] − E[y] E[y]ᵀ for the one-hot vector y of a class drawn from
 * p, summed over the q outcomes (outcome k has probability p_k and y = e_k), not
 * from the closed form: the test compares the two.
 */
export function oneHotCovariance(p: ArrayLike<number>): number[][] {
  assertDistribution(p, 'p');
  const q = p.length;
  const mean = new Array<number>(q).fill(0);
  const second = Array.from({ length: q }, () => new Array<number>(q).fill(0));
  for (let k = 0; k < q; k++) {
    const y = Array.from({ length: q }, (_, j) => (j === k ? 1 : 0));
    for (let i = 0; i < q; i++) {
      mean[i]! += p[k]! * y[i]!;
      for (let j = 0; j < q; j++) second[i]![j]! += p[k]! * y[i]! * y[j]!;
    }
  }
  return second.map((row, i) => row.map((s, j) => s - mean[i]! * mean[j]!));
}

/**
 * The Hessian of f at x by central differences with step h:
 * diagonal (f(x+h eᵢ) − 2f(x) + f(x−h eᵢ)) / h², off the diagonal
 * (f(x+h eᵢ+h eⱼ) − f(x+h eᵢ−h eⱼ) − f(x−h eᵢ+h eⱼ) + f(x−h eᵢ−h eⱼ)) / 4h².
 * The error is O(h²) plus rounding of order ε·|f|/h²; h = 1e-3 balances the two
 * to about 1e-8 for the cross-entropy.
 */
export function finiteDifferenceHessian(f: (x: number[]) => number, x: ArrayLike<number>, h = 1e-3): number[][] {
  assertFiniteVector(x, 'x');
  if (!(h > 0) || !Number.isFinite(h)) throw new MathInputError(`step h must be positive and finite, got ${String(h)}`);
  const base = Array.from(x);
  const at = (moves: [number, number][]) => f(base.map((v, k) => v + moves.reduce((s, [i, d]) => s + (i === k ? d : 0), 0)));
  const f0 = f(base);
  return base.map((_, i) =>
    base.map((__, j) => {
      if (i === j) return (at([[i, h]]) - 2 * f0 + at([[i, -h]])) / (h * h);
      return (at([[i, h], [j, h]]) - at([[i, h], [j, -h]]) - at([[i, -h], [j, h]]) + at([[i, -h], [j, -h]])) / (4 * h * h);
    }),
  );
}

/** The finite-difference Hessian of the cross-entropy at these logits for the label y (any label gives the same). */
export function crossEntropyHessianByDifferences(logits: ArrayLike<number>, label: ArrayLike<number>, h = 1e-3): number[][] {
  return finiteDifferenceHessian((o) => softmaxCrossEntropy(o, label), logits, h);
}

/** The largest |a_ij − b_ij| of two matrices of the same shape. */
export function maxAbsMatrixDifference(a: number[][], b: number[][]): number {
  if (a.length !== b.length || a.some((row, i) => row.length !== b[i]!.length)) {
    throw new MathInputError('maxAbsMatrixDifference: shapes differ');
  }
  let d = 0;
  a.forEach((row, i) => row.forEach((v, j) => (d = Math.max(d, Math.abs(v - b[i]![j]!)))));
  return d;
}
