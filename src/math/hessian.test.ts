import { describe, expect, it } from 'vitest';
import { oneHot } from './cross-entropy';
import {
  crossEntropyHessianByDifferences,
  finiteDifferenceHessian,
  maxAbsMatrixDifference,
  oneHotCovariance,
  softmaxCrossEntropyHessian,
} from './hessian';
import { softmax } from './softmax';
import { MathInputError } from './validate';

describe('the Hessian of softmax cross-entropy (d2l 3.4, exercise 1)', () => {
  it('equals the covariance of the one-hot vector under softmax([1, 2, 3]), and the finite-difference Hessian to 1e-6', () => {
    const logits = [1, 2, 3];
    const exact = softmaxCrossEntropyHessian(logits);
    const covariance = oneHotCovariance(softmax(logits));
    expect(maxAbsMatrixDifference(exact, covariance)).toBeLessThan(1e-15);
    for (const c of [0, 1, 2]) {
      const numeric = crossEntropyHessianByDifferences(logits, oneHot(c, 3));
      expect(maxAbsMatrixDifference(numeric, covariance)).toBeLessThan(1e-6);
    }
  });

  it('has p_j (1 − p_j) on the diagonal: 0.0819, 0.1848, 0.2227 for [1, 2, 3]', () => {
    const h = softmaxCrossEntropyHessian([1, 2, 3]);
    expect(h.map((row, j) => row[j]!.toFixed(4))).toEqual(['0.0819', '0.1848', '0.2227']);
    // Rows sum to 0: adding a constant to every logit changes nothing.
    h.forEach((row) => expect(Math.abs(row.reduce((a, b) => a + b, 0))).toBeLessThan(1e-15));
  });

  it('is symmetric, with −p_i p_j off the diagonal, for soft labels too', () => {
    const logits = [0.3, -1.2, 2.5, 0];
    const p = softmax(logits);
    const h = softmaxCrossEntropyHessian(logits);
    expect(h[0]![2]).toBeCloseTo(-p[0]! * p[2]!, 15);
    expect(h[2]![0]).toBe(h[0]![2]);
    const numeric = crossEntropyHessianByDifferences(logits, [0.1, 0.2, 0.3, 0.4]);
    expect(maxAbsMatrixDifference(numeric, h)).toBeLessThan(1e-6);
  });

  it('stays finite for large logits', () => {
    const h = softmaxCrossEntropyHessian([1000, 999, 0]);
    expect(h.flat().every(Number.isFinite)).toBe(true);
    expect(h[0]![0]).toBeCloseTo(0.7311 * 0.2689, 4);
  });
});

describe('finiteDifferenceHessian', () => {
  it('recovers a quadratic form exactly (to rounding)', () => {
    const f = ([x, y]: number[]) => 3 * x! * x! + 2 * x! * y! - y! * y!;
    const h = finiteDifferenceHessian(f, [0.5, -2]);
    expect(maxAbsMatrixDifference(h, [[6, 2], [2, -2]])).toBeLessThan(1e-6);
  });

  it('refuses a bad step or point', () => {
    expect(() => finiteDifferenceHessian(() => 0, [1], 0)).toThrow(MathInputError);
    expect(() => finiteDifferenceHessian(() => 0, [NaN])).toThrow(MathInputError);
    expect(() => maxAbsMatrixDifference([[1]], [[1, 2]])).toThrow(MathInputError);
  });
});

describe('oneHotCovariance', () => {
  it('is 0 for a sure class and p(1 − p) on the diagonal otherwise', () => {
    expect(oneHotCovariance([0, 1, 0]).flat().every((v) => v === 0)).toBe(true);
    const c = oneHotCovariance([0.5, 0.5]);
    expect(c).toEqual([[0.25, -0.25], [-0.25, 0.25]]);
  });

  it('refuses what is not a distribution', () => {
    expect(() => oneHotCovariance([0.5, 0.6])).toThrow(MathInputError);
  });
});
