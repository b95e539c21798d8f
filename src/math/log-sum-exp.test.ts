import { describe, expect, it } from 'vitest';
import { scaledLogSumExp, softMin } from './log-sum-exp';
import { logSumExp } from './softmax';
import { MathInputError } from './validate';

describe('RealSoftMax, the log-sum-exp (d2l 3.4, exercise 3)', () => {
  it('is above the maximum, by log 2 for a tie of two and at most log q', () => {
    expect(logSumExp([3, 1])).toBeGreaterThan(3);
    expect(logSumExp([3, 3]) - 3).toBeCloseTo(Math.LN2, 14);
    expect(logSumExp([1, 2, 3]).toFixed(4)).toBe('3.4076');
    expect(logSumExp([5, 5, 5, 5]) - 5).toBeCloseTo(Math.log(4), 14);
  });

  it('λ⁻¹ LSE(λa, λb) → max(a, b) as λ → ∞, staying within log(2)/λ above it', () => {
    const values = [3, 1];
    let last = Infinity;
    for (const lambda of [1, 2, 5, 10]) {
      const v = scaledLogSumExp(values, lambda);
      expect(v).toBeGreaterThan(3);
      expect(v - 3).toBeLessThanOrEqual(Math.LN2 / lambda + 1e-15);
      expect(v).toBeLessThan(last);
      last = v;
    }
    expect(scaledLogSumExp(values, 1000)).toBeCloseTo(3, 10);
    expect(scaledLogSumExp(values, 1)).toBe(logSumExp(values));
  });

  it('soft-min is below the minimum and tends to it; for more than two numbers as well', () => {
    expect(softMin([3, 1])).toBeLessThan(1);
    expect(softMin([3, 1]).toFixed(4)).toBe('0.8731');
    expect(softMin([3, 1, 2, 7], 1000)).toBeCloseTo(1, 10);
    expect(scaledLogSumExp([3, 1, 2, 7], 1000)).toBeCloseTo(7, 10);
  });

  it('refuses λ ≤ 0 and non-finite values', () => {
    expect(() => scaledLogSumExp([1, 2], 0)).toThrow(MathInputError);
    expect(() => softMin([1, NaN])).toThrow(MathInputError);
  });
});
