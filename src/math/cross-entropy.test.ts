import { describe, expect, it } from 'vitest';
import {
  BITS_PER_NAT,
  assertClassIndex,
  batchCrossEntropy,
  batchLikelihood,
  crossEntropy,
  entropy,
  gradientStep,
  klFromCrossEntropy,
  naiveSoftmaxCrossEntropyHard,
  natsToBits,
  normalizeDistribution,
  oneHot,
  softmaxCrossEntropy,
  softmaxCrossEntropyGrad,
  softmaxCrossEntropyHard,
  surprisal,
} from './cross-entropy';
import { softmax } from './softmax';
import { mulberry32 } from './random';
import { MathInputError } from './validate';

/** A random distribution over n classes, strictly positive so every log is finite. */
function randomDistribution(random: () => number, n: number): number[] {
  const w = Array.from({ length: n }, () => random() + 1e-3);
  const sum = w.reduce((a, b) => a + b, 0);
  return w.map((x) => x / sum);
}

const randomLogits = (random: () => number, n: number, scale = 10): number[] =>
  Array.from({ length: n }, () => (random() - 0.5) * 2 * scale);

/** Relative error over max(|a|, |b|, ε): symmetric, and safe when both are near 0. */
const relativeError = (a: number, b: number, eps = 1e-8): number =>
  Math.abs(a - b) / Math.max(Math.abs(a), Math.abs(b), eps);

describe('units', () => {
  it('converts nats to bits: 1 bit is ln 2 nats', () => {
    expect(natsToBits(Math.LN2)).toBeCloseTo(1, 12);
    expect(BITS_PER_NAT).toBeCloseTo(1.4426950408889634, 12);
    expect(natsToBits(0)).toBe(0);
    for (const x of [0.1, 1, 2.4076, 800]) expect(natsToBits(x) * Math.LN2).toBeCloseTo(x, 10);
  });

  it('gives log2 of a probability when the surprisal is converted', () => {
    expect(natsToBits(surprisal(0.25))).toBeCloseTo(2, 12);
    expect(natsToBits(surprisal(1 / 8))).toBeCloseTo(3, 12);
  });
});

describe('oneHot and assertClassIndex', () => {
  it('puts a single 1 at the target index', () => {
    expect(oneHot(0, 3)).toEqual([1, 0, 0]);
    expect(oneHot(2, 3)).toEqual([0, 0, 1]);
  });

  it.each([-1, 3, 1.5, NaN])('rejects class index %s for 3 classes', (index) => {
    expect(() => oneHot(index, 3)).toThrow(MathInputError);
    expect(() => assertClassIndex(index, 3)).toThrow(/outside 0\.\.2/);
  });
});

describe('surprisal', () => {
  it('is −log q in nats', () => {
    expect(surprisal(1)).toBe(-0);
    expect(surprisal(0.5)).toBeCloseTo(Math.LN2, 12);
    expect(surprisal(Math.exp(-3))).toBeCloseTo(3, 12);
    expect(surprisal(0)).toBe(Infinity);
  });

  it.each([-0.1, 1.1, NaN, Infinity])('rejects %s, which is not a probability', (q) => {
    expect(() => surprisal(q)).toThrow(MathInputError);
  });
});

describe('entropy', () => {
  it('has known values', () => {
    expect(entropy([1, 0, 0])).toBeCloseTo(0, 12);
    expect(entropy([0.5, 0.5])).toBeCloseTo(Math.LN2, 12);
    expect(entropy([0.25, 0.25, 0.25, 0.25])).toBeCloseTo(Math.log(4), 12);
    // 0 log 0 = 0: a zero entry contributes nothing rather than NaN.
    expect(entropy([0.5, 0, 0.5])).toBeCloseTo(Math.LN2, 12);
  });

  it('is largest for the uniform distribution', () => {
    const random = mulberry32(7);
    for (let t = 0; t < 200; t++) {
      const n = 2 + Math.floor(random() * 9);
      expect(entropy(randomDistribution(random, n))).toBeLessThanOrEqual(Math.log(n) + 1e-12);
    }
  });

  it.each([
    [[0.5, 0.6], /sum to 1/],
    [[1.5, -0.5], /negative/],
    [[NaN, 1], /finite/],
    [[], /empty/],
  ])('rejects %j', (p, message) => {
    expect(() => entropy(p)).toThrow(message);
  });
});

describe('crossEntropy and klFromCrossEntropy', () => {
  const kl = (p: number[], q: number[]) => klFromCrossEntropy(crossEntropy(p, q), entropy(p));

  it('has known values', () => {
    // H(one-hot(0), q) = −log q_0.
    expect(crossEntropy([1, 0, 0], [0.09, 0.24, 0.67])).toBeCloseTo(-Math.log(0.09), 12);
    // Uniform against uniform over 4 classes: H = log 4, KL = 0.
    const u = [0.25, 0.25, 0.25, 0.25];
    expect(crossEntropy(u, u)).toBeCloseTo(Math.log(4), 12);
    expect(kl(u, u)).toBe(0);
    // KL([1/2, 1/2] ‖ [1/4, 3/4]) = ½ log 2 + ½ log(2/3).
    expect(kl([0.5, 0.5], [0.25, 0.75])).toBeCloseTo(0.5 * Math.log(2) + 0.5 * Math.log(2 / 3), 12);
  });

  it('is infinite when q gives zero probability to a possible outcome (the log(0) lesson)', () => {
    expect(crossEntropy([1, 0], [0, 1])).toBe(Infinity);
    expect(kl([0.5, 0.5], [0, 1])).toBe(Infinity);
    // Where p is zero, q's zero does not matter.
    expect(crossEntropy([0, 1], [0, 1])).toBeCloseTo(0, 12);
  });

  it('satisfies H(p, q) ≥ H(p), with equality only at p = q, over many random pairs', () => {
    const random = mulberry32(42);
    for (let t = 0; t < 500; t++) {
      const n = 2 + Math.floor(random() * 9);
      const p = randomDistribution(random, n);
      const q = randomDistribution(random, n);
      const gap = crossEntropy(p, q) - entropy(p);
      expect(gap).toBeGreaterThan(0);
      // KL is that gap: Σ p_j log(p_j / q_j), computed directly, never negative.
      const direct = p.reduce((s, pj, j) => s + pj * Math.log(pj / q[j]!), 0);
      expect(direct).toBeGreaterThan(0);
      expect(kl(p, q)).toBeCloseTo(direct, 10);
      // At p = q the gap vanishes.
      expect(Math.abs(crossEntropy(p, p) - entropy(p))).toBeLessThan(1e-12);
      expect(kl(p, p)).toBeLessThan(1e-12);
    }
  });

  it('never gives a negative KL for the rounding residue of H(p, q) − H(p)', () => {
    expect(klFromCrossEntropy(1.0986122886681096, 1.0986122886681098)).toBe(0);
    expect(klFromCrossEntropy(Infinity, 0.5)).toBe(Infinity);
  });

  it('rejects mismatched lengths and non-distributions', () => {
    expect(() => crossEntropy([1, 0], [0.5, 0.25, 0.25])).toThrow(/lengths differ/);
    expect(() => crossEntropy([1, 0], [0.7, 0.7])).toThrow(/q must sum to 1/);
    expect(() => crossEntropy([2, -1], [0.5, 0.5])).toThrow(/negative/);
  });
});

describe('softmax cross-entropy from logits', () => {
  it('gives the textbook value for logits [1, 2, 3]', () => {
    // LSE([1, 2, 3]) = 3 + log(1 + e⁻¹ + e⁻²) = 3.40760596…
    const lse = 3 + Math.log(1 + Math.exp(-1) + Math.exp(-2));
    expect(softmaxCrossEntropyHard([1, 2, 3], 0)).toBeCloseTo(lse - 1, 12);
    expect(softmaxCrossEntropyHard([1, 2, 3], 0).toFixed(4)).toBe('2.4076');
    expect(softmaxCrossEntropyHard([1, 2, 3], 2).toFixed(4)).toBe('0.4076');
    expect(naiveSoftmaxCrossEntropyHard([1, 2, 3], 1)).toBeCloseTo(softmaxCrossEntropyHard([1, 2, 3], 1), 12);
  });

  it('agrees with crossEntropy(label, softmax(z)) for one-hot and soft labels', () => {
    const random = mulberry32(3);
    for (let t = 0; t < 200; t++) {
      const n = 2 + Math.floor(random() * 9);
      const z = randomLogits(random, n);
      const p = randomDistribution(random, n);
      expect(softmaxCrossEntropy(z, p)).toBeCloseTo(crossEntropy(p, softmax(z)), 9);
      const c = Math.floor(random() * n);
      expect(softmaxCrossEntropy(z, oneHot(c, n))).toBeCloseTo(softmaxCrossEntropyHard(z, c), 12);
    }
  });

  it('log(0) lesson: the naive route gives Infinity for confidently wrong logits, the stable one stays finite', () => {
    const logits = [-400, 0, 400];
    expect(softmax(logits)[0]).toBe(0); // e^(−800) underflows
    expect(naiveSoftmaxCrossEntropyHard(logits, 0)).toBe(Infinity);
    expect(softmaxCrossEntropyHard(logits, 0)).toBeCloseTo(800, 9);
    expect(softmaxCrossEntropy(logits, [1, 0, 0])).toBeCloseTo(800, 9);
    // ±1000, the largest logits the app allows.
    expect(naiveSoftmaxCrossEntropyHard([1000, -1000], 1)).toBe(Infinity);
    expect(softmaxCrossEntropyHard([1000, -1000], 1)).toBe(2000);
    expect(softmaxCrossEntropyHard([1000, -1000], 0)).toBeCloseTo(0, 12);
  });

  it('rejects non-finite logits and bad class indices with a clear error', () => {
    expect(() => softmaxCrossEntropyHard([1, NaN], 0)).toThrow(/logits\[1\] is NaN/);
    expect(() => softmaxCrossEntropyHard([1, Infinity], 0)).toThrow(MathInputError);
    expect(() => softmaxCrossEntropyHard([1, 2], 2)).toThrow(/outside/);
    expect(() => naiveSoftmaxCrossEntropyHard([1, 2], -1)).toThrow(/outside/);
    expect(() => softmaxCrossEntropy([1, 2], [0.5, 0.6])).toThrow(/label must sum to 1/);
  });
});

describe('softmaxCrossEntropyGrad', () => {
  it('is ŷ − y for logits [1, 2, 3] and true class 0', () => {
    const probs = softmax([1, 2, 3]);
    const grad = softmaxCrossEntropyGrad([1, 2, 3], [1, 0, 0]);
    expect(grad.map((g) => g.toFixed(4))).toEqual(['-0.9100', '0.2447', '0.6652']);
    grad.forEach((g, j) => expect(g).toBeCloseTo(probs[j]! - (j === 0 ? 1 : 0), 14));
    // The gradient sums to zero: Σ ŷ = Σ y = 1.
    expect(grad.reduce((a, b) => a + b, 0)).toBeCloseTo(0, 14);
  });

  it('matches a central finite-difference gradient over many random logits and labels', () => {
    const random = mulberry32(11);
    const h = 1e-5;
    let worst = 0;
    for (let t = 0; t < 200; t++) {
      const n = 2 + Math.floor(random() * 9);
      const z = randomLogits(random, n, 5);
      const label = t % 2 === 0 ? oneHot(Math.floor(random() * n), n) : randomDistribution(random, n);
      const analytic = softmaxCrossEntropyGrad(z, label);
      for (let j = 0; j < n; j++) {
        const plus = z.map((v, k) => (k === j ? v + h : v));
        const minus = z.map((v, k) => (k === j ? v - h : v));
        const numeric = (softmaxCrossEntropy(plus, label) - softmaxCrossEntropy(minus, label)) / (2 * h);
        worst = Math.max(worst, relativeError(analytic[j]!, numeric, 1e-6));
      }
    }
    expect(worst).toBeLessThan(1e-5);
  });
});

describe('gradientStep', () => {
  it('applies z ← z − η (ŷ − y)', () => {
    const next = gradientStep([1, 2, 3], [1, 0, 0], 0.5);
    const grad = softmaxCrossEntropyGrad([1, 2, 3], [1, 0, 0]);
    next.forEach((z, j) => expect(z).toBeCloseTo([1, 2, 3][j]! - 0.5 * grad[j]!, 14));
  });

  it('raises the true class probability and lowers the loss, for many random cases', () => {
    const random = mulberry32(5);
    for (let t = 0; t < 300; t++) {
      const n = 2 + Math.floor(random() * 9);
      const z = randomLogits(random, n);
      const c = Math.floor(random() * n);
      const y = oneHot(c, n);
      const before = softmax(z)[c]!;
      if (before > 1 - 1e-9) continue; // already certain: nothing left to raise
      const next = gradientStep(z, y, 0.1);
      expect(softmax(next)[c]!).toBeGreaterThan(before);
      expect(softmaxCrossEntropyHard(next, c)).toBeLessThan(softmaxCrossEntropyHard(z, c));
    }
  });

  it.each([NaN, Infinity])('rejects learning rate %s', (eta) => {
    expect(() => gradientStep([1, 2], [1, 0], eta)).toThrow(/learning rate must be finite/);
  });
});

describe('normalizeDistribution (soft labels)', () => {
  it('rescales non-negative weights to sum to 1', () => {
    expect(normalizeDistribution([1, 1, 2])).toEqual([0.25, 0.25, 0.5]);
    expect(normalizeDistribution([0, 3])).toEqual([0, 1]);
  });

  it('explains why a weight vector is not a label', () => {
    expect(() => normalizeDistribution([1, -1, 2])).toThrow(/weights\[1\] is negative/);
    expect(() => normalizeDistribution([0, 0, 0])).toThrow(/all zero/);
    expect(() => normalizeDistribution([1, NaN])).toThrow(/finite/);
    expect(() => normalizeDistribution([])).toThrow(/empty/);
  });
});

describe('batchCrossEntropy (d2l: y_hat[[0, 1], y])', () => {
  it('picks each row’s true-class probability and averages −log', () => {
    const yHat = [
      [0.1, 0.3, 0.6],
      [0.3, 0.2, 0.5],
    ];
    const result = batchCrossEntropy(yHat, [0, 2]);
    expect(result.picked).toEqual([0.1, 0.5]);
    expect(result.losses[0]).toBeCloseTo(-Math.log(0.1), 12);
    expect(result.losses[1]).toBeCloseTo(Math.LN2, 12);
    expect(result.mean.toFixed(4)).toBe('1.4979');
  });

  it('gives Infinity for a row that puts zero on its label', () => {
    expect(batchCrossEntropy([[0, 1]], [0]).mean).toBe(Infinity);
  });

  it('is the negative log-likelihood, divided by n', () => {
    const yHat = [
      [0.1, 0.3, 0.6],
      [0.3, 0.2, 0.5],
    ];
    const result = batchCrossEntropy(yHat, [0, 2]);
    expect(result.total).toBeCloseTo(-Math.log(0.05), 12);
    expect(result.total.toFixed(4)).toBe('2.9957');
    expect(result.mean).toBeCloseTo(-Math.log(batchLikelihood(yHat, [0, 2])) / 2, 12);
  });

  it('stays finite where the likelihood underflows to 0', () => {
    const rows = Array.from({ length: 400 }, () => [0.1, 0.9]);
    const labels = rows.map(() => 0);
    expect(batchLikelihood(rows, labels)).toBe(0);
    const { total, mean } = batchCrossEntropy(rows, labels);
    expect(total).toBeCloseTo(400 * Math.log(10), 9);
    expect(mean).toBeCloseTo(Math.log(10), 12);
  });

  it('rejects an empty batch, mismatched labels and invalid rows', () => {
    expect(() => batchCrossEntropy([], [])).toThrow(/must not be empty/);
    expect(() => batchCrossEntropy([[0.5, 0.5]], [0, 1])).toThrow(/1 predictions but 2 labels/);
    expect(() => batchCrossEntropy([[0.5, 0.6]], [0])).toThrow(/predictions\[0\] must sum to 1/);
    expect(() => batchCrossEntropy([[0.5, 0.5]], [2])).toThrow(/outside/);
  });
});

describe('batchLikelihood: P(Y | X) = Π ŷ⁽ⁱ⁾ at y⁽ⁱ⁾', () => {
  it('gives 0.1 × 0.5 = 0.05 for the lecture’s batch', () => {
    const likelihood = batchLikelihood(
      [
        [0.1, 0.3, 0.6],
        [0.3, 0.2, 0.5],
      ],
      [0, 2],
    );
    expect(likelihood).toBeCloseTo(0.05, 15);
    expect(likelihood.toFixed(4)).toBe('0.0500');
  });

  it('is 1 when every label gets probability 1, and 0 when one gets 0', () => {
    expect(batchLikelihood([[0, 1, 0], [1, 0, 0]], [1, 0])).toBe(1);
    expect(batchLikelihood([[0, 0.5, 0.5], [1, 0, 0]], [0, 0])).toBe(0);
    expect(batchCrossEntropy([[0, 0.5, 0.5], [1, 0, 0]], [0, 0]).mean).toBe(Infinity);
  });

  it('rejects the same inputs as the loss does', () => {
    expect(() => batchLikelihood([], [])).toThrow(/must not be empty/);
    expect(() => batchLikelihood([[0.5, 0.5]], [0, 1])).toThrow(/1 predictions but 2 labels/);
    expect(() => batchLikelihood([[0.5, 0.6]], [0])).toThrow(/predictions\[0\] must sum to 1/);
    expect(() => batchLikelihood([[-0.5, 1.5]], [0])).toThrow(/negative/);
    expect(() => batchLikelihood([[0.5, 0.5]], [2])).toThrow(/outside/);
  });
});
