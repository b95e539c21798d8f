import { describe, expect, it } from 'vitest';
import { mulberry32 } from './random';
import {
  FLOAT32_MAX,
  argmax,
  expOverflowThreshold,
  floatMax,
  logSoftmax,
  logSumExp,
  naiveSoftmaxSteps,
  sigmoid,
  roundTo,
  softmax,
  softmaxSteps,
} from './softmax';
import { MathInputError } from './validate';

const random = mulberry32(20240601);
/** Random logit vectors of 2..10 entries, spread over [−scale, scale]. */
function randomVectors(count: number, scale = 20): number[][] {
  return Array.from({ length: count }, () => {
    const n = 2 + Math.floor(random() * 9);
    return Array.from({ length: n }, () => (random() * 2 - 1) * scale);
  });
}
const VECTORS = randomVectors(500);
const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

describe('softmax: known values', () => {
  it('softmax([1, 2, 3]) = [0.0900, 0.2447, 0.6652] to 4 places', () => {
    const p = softmax([1, 2, 3]);
    expect(p.map((x) => x.toFixed(4))).toEqual(['0.0900', '0.2447', '0.6652']);
  });

  it.each([
    { logits: [0, 0], expected: [0.5, 0.5] },
    { logits: [5, 5, 5, 5], expected: [0.25, 0.25, 0.25, 0.25] },
    { logits: [0, Math.log(3)], expected: [0.25, 0.75] },
    { logits: [-1000, -1000], expected: [0.5, 0.5] },
  ])('softmax($logits)', ({ logits, expected }) => {
    softmax(logits).forEach((p, j) => expect(p).toBeCloseTo(expected[j]!, 14));
  });

  it('exposes every intermediate of the stable formula', () => {
    const steps = softmaxSteps([1, 2, 3], 0.5);
    expect(steps.scaled).toEqual([2, 4, 6]);
    expect(steps.shift).toBe(6);
    expect(steps.exps[2]).toBe(1);
    expect(steps.exps[0]).toBeCloseTo(Math.exp(-4), 15);
    expect(steps.sum).toBeCloseTo(1 + Math.exp(-2) + Math.exp(-4), 15);
    expect(steps.probs[2]).toBeCloseTo(1 / steps.sum, 15);
  });

  it('with temperature is softmax of z/τ', () => {
    const z = [0.3, -1.2, 2.5];
    const tau = 0.7;
    softmax(z, tau).forEach((p, j) => expect(p).toBeCloseTo(softmax(z.map((v) => v / tau))[j]!, 14));
  });
});

describe('softmax: properties over random vectors', () => {
  it('entries in [0, 1] summing to 1 within 1e-12', () => {
    for (const z of VECTORS) {
      for (const tau of [0.05, 1, 20]) {
        const p = softmax(z, tau);
        for (const pj of p) {
          expect(pj).toBeGreaterThanOrEqual(0);
          expect(pj).toBeLessThanOrEqual(1);
        }
        expect(Math.abs(sum(p) - 1)).toBeLessThan(1e-12);
      }
    }
  });

  it('is invariant to adding a constant to every logit', () => {
    for (const z of VECTORS) {
      const c = (random() * 2 - 1) * 500;
      const p = softmax(z);
      const q = softmax(z.map((v) => v + c));
      p.forEach((pj, j) => expect(Math.abs(pj - q[j]!)).toBeLessThan(1e-12));
    }
  });

  it('preserves the argmax (at any temperature)', () => {
    for (const z of VECTORS) {
      expect(argmax(softmax(z))).toBe(argmax(z));
      expect(argmax(softmax(z, 7))).toBe(argmax(z));
    }
  });

  it('τ → 0 gives the one-hot vector of the argmax', () => {
    for (const z of VECTORS) {
      // With a gap of at least 0.01 between the two largest logits, τ = 1e-5 leaves e^(−1000) for the rest.
      const sorted = [...z].sort((a, b) => b - a);
      if (sorted[0]! - sorted[1]! < 0.01) continue;
      const p = softmax(z, 1e-5);
      const top = argmax(z);
      p.forEach((pj, j) => expect(pj).toBeCloseTo(j === top ? 1 : 0, 12));
    }
  });

  it('τ → ∞ gives the uniform distribution', () => {
    for (const z of VECTORS) {
      const p = softmax(z, 1e9);
      p.forEach((pj) => expect(pj).toBeCloseTo(1 / z.length, 7));
    }
  });

  it('log-softmax is log of softmax where both are finite', () => {
    for (const z of VECTORS.slice(0, 100)) {
      const logP = logSoftmax(z);
      softmax(z).forEach((pj, j) => expect(logP[j]).toBeCloseTo(Math.log(pj), 9));
    }
  });
});

describe('softmax: extreme inputs (the overflow lesson)', () => {
  it('the stable version gives exact finite results for logits of ±1000', () => {
    expect(softmax([1000, 999, 0]).map((p) => p.toFixed(4))).toEqual(['0.7311', '0.2689', '0.0000']);
    expect(softmax([1000, 1000])).toEqual([0.5, 0.5]);
    expect(softmax([-1000, -1000, -1000]).every((p) => Math.abs(p - 1 / 3) < 1e-15)).toBe(true);
    const p = softmax([1000, -1000]);
    expect(p).toEqual([1, 0]);
    expect(softmax([1000, 999, 0], 0.05).every(Number.isFinite)).toBe(true);
  });

  it('the naive version overflows: Infinity / Infinity is NaN', () => {
    const steps = naiveSoftmaxSteps([1000, 999, 0]);
    expect(steps.exps[0]).toBe(Infinity);
    expect(steps.sum).toBe(Infinity);
    expect(Number.isNaN(steps.probs[0])).toBe(true);
    expect(Number.isNaN(steps.probs[1])).toBe(true);
    expect(steps.probs[2]).toBe(0);
  });

  it('the naive version underflows: 0 / 0 is NaN', () => {
    expect(naiveSoftmaxSteps([-1000, -1000]).probs.every(Number.isNaN)).toBe(true);
  });

  it('the naive version agrees with the stable one on moderate logits', () => {
    for (const z of VECTORS.slice(0, 100)) {
      const p = softmax(z);
      naiveSoftmaxSteps(z).probs.forEach((q, j) => expect(q).toBeCloseTo(p[j]!, 12));
    }
  });
});

describe('softmax in float32 (Math.fround after every operation)', () => {
  it('knows where exp overflows: ln(FLT_MAX) = 88.7228, ln(DBL_MAX) = 709.7827', () => {
    expect(expOverflowThreshold('float32').toFixed(4)).toBe('88.7228');
    expect(expOverflowThreshold('float64').toFixed(4)).toBe('709.7827');
    expect(FLOAT32_MAX).toBe((2 - 2 ** -23) * 2 ** 127);
    expect(Math.fround(FLOAT32_MAX)).toBe(FLOAT32_MAX);
    expect(floatMax('float64')).toBe(Number.MAX_VALUE);
    // Either side of the threshold, in each format.
    expect(Math.fround(Math.exp(88.72))).toBeLessThan(Infinity);
    expect(Math.fround(Math.exp(88.73))).toBe(Infinity);
    expect(Math.exp(709.78)).toBeLessThan(Infinity);
    expect(Math.exp(709.79)).toBe(Infinity);
  });

  it('rounds only in float32', () => {
    expect(roundTo('float64')(0.1)).toBe(0.1);
    expect(roundTo('float32')(0.1)).toBe(Math.fround(0.1));
    expect(roundTo('float32')(0.1)).not.toBe(0.1);
  });

  it('naive [89, 0, 0]: exp(89) overflows float32, so class 1 is ∞/∞ = NaN; float64 gives 1', () => {
    const steps = naiveSoftmaxSteps([89, 0, 0], 1, 'float32');
    expect(steps.exps).toEqual([Infinity, 1, 1]);
    expect(steps.sum).toBe(Infinity);
    expect(Number.isNaN(steps.probs[0])).toBe(true);
    expect(steps.probs.slice(1)).toEqual([0, 0]);
    expect(naiveSoftmaxSteps([89, 0, 0]).probs.map((p) => p.toFixed(4))).toEqual(['1.0000', '0.0000', '0.0000']);
  });

  it('naive [88, 0, 0] still fits in float32', () => {
    const steps = naiveSoftmaxSteps([88, 0, 0], 1, 'float32');
    expect(steps.exps.every(Number.isFinite)).toBe(true);
    expect(steps.probs.every(Number.isFinite)).toBe(true);
    expect(steps.probs[0]!.toFixed(4)).toBe('1.0000');
    // Each result is a float32 value.
    for (const v of [...steps.exps, steps.sum, ...steps.probs]) expect(Math.fround(v)).toBe(v);
  });

  it('a temperature can push the naive float32 softmax over: 50 / 0.5 = 100 > 88.72', () => {
    expect(naiveSoftmaxSteps([50, 0], 1, 'float32').probs.every(Number.isFinite)).toBe(true);
    expect(Number.isNaN(naiveSoftmaxSteps([50, 0], 0.5, 'float32').probs[0])).toBe(true);
  });

  it('naive float32 underflows sooner too: exp(−104) is 0 in float32', () => {
    expect(naiveSoftmaxSteps([-104, -104], 1, 'float32').probs.every(Number.isNaN)).toBe(true);
    expect(naiveSoftmaxSteps([-104, -104]).probs).toEqual([0.5, 0.5]);
  });

  it('the stable form stays finite in float32 and agrees with float64 to float32 precision', () => {
    for (const z of [[89, 0, 0], [1000, 999, 0], [-1000, -1000], [1, 2, 3], ...VECTORS.slice(0, 100)]) {
      const p32 = softmaxSteps(z, 1, 'float32').probs;
      const p64 = softmax(z);
      p32.forEach((p, j) => {
        expect(Number.isFinite(p)).toBe(true);
        expect(Math.abs(p - p64[j]!)).toBeLessThan(1e-6);
      });
    }
    expect(softmaxSteps([1000, 999, 0], 1, 'float32').probs.map((p) => p.toFixed(4))).toEqual(['0.7311', '0.2689', '0.0000']);
  });

  it('float64, the default, rounds nothing: bit for bit the plain formula', () => {
    for (const z of VECTORS.slice(0, 20)) {
      const exps = z.map((v) => Math.exp(v / 0.7));
      const total = exps.reduce((a, b) => a + b, 0);
      expect(naiveSoftmaxSteps(z, 0.7)).toEqual({ exps, sum: total, probs: exps.map((e) => e / total) });
      expect(naiveSoftmaxSteps(z, 0.7, 'float64')).toEqual(naiveSoftmaxSteps(z, 0.7));
    }
  });
});

describe('softmax: rejected input', () => {
  it.each([
    { logits: [1, NaN, 3] },
    { logits: [Infinity, 0] },
    { logits: [-Infinity, 0] },
    { logits: [] },
  ])('rejects $logits with MathInputError', ({ logits }) => {
    expect(() => softmax(logits)).toThrow(MathInputError);
    expect(() => naiveSoftmaxSteps(logits).probs).toThrow(MathInputError);
    expect(() => logSumExp(logits)).toThrow(MathInputError);
    expect(() => logSoftmax(logits)).toThrow(MathInputError);
  });

  it.each([0, -1, NaN, Infinity])('rejects the temperature %s', (tau) => {
    expect(() => softmax([1, 2], tau)).toThrow(MathInputError);
    expect(() => naiveSoftmaxSteps([1, 2], tau).probs).toThrow(MathInputError);
  });

  it('names the offending entry', () => {
    expect(() => softmax([1, NaN])).toThrow(/logits\[1\] is NaN/);
  });
});

describe('log-sum-exp', () => {
  it('is finite for ±1000 and equals the textbook value on small inputs', () => {
    expect(logSumExp([1000, 1000])).toBeCloseTo(1000 + Math.LN2, 12);
    expect(logSumExp([-1000, -1000])).toBeCloseTo(-1000 + Math.LN2, 12);
    expect(logSumExp([1, 2, 3])).toBeCloseTo(Math.log(Math.exp(1) + Math.exp(2) + Math.exp(3)), 14);
  });

  it('lies between max z and max z + log n', () => {
    for (const z of VECTORS) {
      const lse = logSumExp(z);
      const max = Math.max(...z);
      expect(lse).toBeGreaterThanOrEqual(max);
      expect(lse).toBeLessThanOrEqual(max + Math.log(z.length) + 1e-12);
    }
  });

  it('τ · LSE(z/τ) decreases to max z as τ → 0', () => {
    for (const z of VECTORS.slice(0, 100)) {
      const max = Math.max(...z);
      const values = [1, 0.1, 0.01, 0.001].map((tau) => tau * logSumExp(z.map((v) => v / tau)));
      for (let i = 1; i < values.length; i++) expect(values[i]!).toBeLessThanOrEqual(values[i - 1]! + 1e-12);
      expect(values[3]! - max).toBeLessThanOrEqual(0.001 * Math.log(z.length) + 1e-9);
      expect(values[3]! - max).toBeGreaterThanOrEqual(-1e-9);
    }
  });
});

describe('sigmoid link', () => {
  it('softmax over two logits is σ(z₁ − z₂)', () => {
    for (const z of VECTORS) {
      const [a, b] = [z[0]!, z[1]!];
      const p = softmax([a, b]);
      expect(p[0]).toBeCloseTo(sigmoid(a - b), 14);
      expect(p[1]).toBeCloseTo(sigmoid(b - a), 14);
    }
  });

  it('is stable at the extremes and symmetric', () => {
    expect(sigmoid(0)).toBe(0.5);
    expect(sigmoid(1000)).toBe(1);
    expect(sigmoid(-1000)).toBe(0);
    expect(sigmoid(2) + sigmoid(-2)).toBeCloseTo(1, 15);
    expect(() => sigmoid(NaN)).toThrow();
  });
});

describe('argmax', () => {
  it('returns the first index on ties and rejects NaN', () => {
    expect(argmax([1, 3, 3])).toBe(1);
    expect(argmax([-5])).toBe(0);
    expect(() => argmax([1, NaN])).toThrow(MathInputError);
  });
});
