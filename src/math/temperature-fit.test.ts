import { describe, expect, it } from 'vitest';
import { calibrationReport } from './calibration';
import { mulberry32 } from './random';
import { fitTemperature, meanNllAt, nllDerivatives, shiftLogits, TEMPERATURE_FIT_MAX, TEMPERATURE_FIT_MIN } from './temperature-fit';
import { logSoftmax } from './softmax';
import { MathInputError } from './validate';

/** n examples of q classes whose labels follow softmax(o / trueTau): τ* should come out near trueTau. */
function syntheticSet(n: number, q: number, trueTau: number, seed: number) {
  const random = mulberry32(seed);
  const logits = new Float32Array(n * q);
  const labels = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const z = Array.from({ length: q }, () => 6 * random() - 3);
    const p = z.map((v) => Math.exp(v / trueTau));
    const total = p.reduce((a, b) => a + b, 0);
    let u = random() * total;
    let label = q - 1;
    for (let j = 0; j < q; j++) {
      u -= p[j]!;
      if (u < 0) {
        label = j;
        break;
      }
    }
    logits.set(z, i * q);
    labels[i] = label;
  }
  return { logits, labels };
}

/** The brute force: NLL on a log grid over the whole range, then a fine linear grid (step 1e-5) around the best. */
function gridSearch(logits: Float32Array, labels: Uint8Array, q: number): number {
  const data = shiftLogits(logits, labels, q);
  let best = 1;
  let bestNll = Infinity;
  const steps = 2000;
  for (let k = 0; k <= steps; k++) {
    const tau = TEMPERATURE_FIT_MIN * (TEMPERATURE_FIT_MAX / TEMPERATURE_FIT_MIN) ** (k / steps);
    const nll = meanNllAt(data, tau);
    if (nll < bestNll) [best, bestNll] = [tau, nll];
  }
  const center = best;
  const width = center * 0.01;
  for (let tau = Math.max(TEMPERATURE_FIT_MIN, center - width); tau <= Math.min(TEMPERATURE_FIT_MAX, center + width); tau += 1e-5) {
    const nll = meanNllAt(data, tau);
    if (nll < bestNll) [best, bestNll] = [tau, nll];
  }
  return best;
}

describe('meanNllAt', () => {
  it('is the mean of −log softmax(o/τ)_y', () => {
    const logits = [1, 2, 3, 0.5, -1, 4];
    const labels = [0, 2];
    const tau = 1.7;
    const expected = -(logSoftmax([1, 2, 3], tau)[0]! + logSoftmax([0.5, -1, 4], tau)[2]!) / 2;
    expect(meanNllAt(shiftLogits(logits, labels, 3), tau)).toBeCloseTo(expected, 12);
  });
});

describe('nllDerivatives', () => {
  it('agrees with finite differences of the NLL in β = 1/τ', () => {
    const { logits, labels } = syntheticSet(200, 10, 1.3, 11);
    const data = shiftLogits(logits, labels, 10);
    const h = 1e-4;
    const rel = (a: number, b: number) => Math.abs(a - b) / Math.max(Math.abs(a), Math.abs(b), 1e-8);
    for (const beta of [0.1, 0.7, 1, 3]) {
      const { f, df, d2f } = nllDerivatives(data, beta);
      const g = (b: number) => nllDerivatives(data, b);
      expect(f).toBeCloseTo(meanNllAt(data, 1 / beta), 12);
      expect(rel(df, (g(beta + h).f - g(beta - h).f) / (2 * h))).toBeLessThan(1e-5);
      expect(rel(d2f, (g(beta + h).df - g(beta - h).df) / (2 * h))).toBeLessThan(1e-5);
      expect(d2f).toBeGreaterThanOrEqual(0);
    }
  });
});

describe('fitTemperature', () => {
  it.each([
    { trueTau: 0.5, seed: 1 },
    { trueTau: 1, seed: 2 },
    { trueTau: 2.5, seed: 3 },
  ])('finds the grid search’s τ* to 1e-3 (labels drawn at τ = $trueTau)', ({ trueTau, seed }) => {
    const { logits, labels } = syntheticSet(800, 10, trueTau, seed);
    const fit = fitTemperature(logits, labels, 10);
    const grid = gridSearch(logits, labels, 10);
    expect(Math.abs(fit.temperature - grid)).toBeLessThan(1e-3);
    // And it is near the temperature that made the labels (sampling noise aside).
    expect(Math.abs(Math.log(fit.temperature / trueTau))).toBeLessThan(0.25);
    expect(fit.nll).toBeLessThanOrEqual(fit.nllAtOne);
    expect(fit.atBound).toBe(false);
  });

  it('never changes a prediction: the accuracy before and after scaling is the same', () => {
    const { logits, labels } = syntheticSet(2000, 10, 0.4, 9);
    const fit = fitTemperature(logits, labels, 10);
    const before = calibrationReport(logits, labels, 10, 1);
    const after = calibrationReport(logits, labels, 10, fit.temperature);
    expect(after.accuracy).toBe(before.accuracy);
    expect(after.nll).toBeLessThanOrEqual(before.nll);
  });

  it('stops at the end of the range when the minimum lies beyond it', () => {
    // Every example right by a wide margin: the NLL keeps falling as τ → 0.
    const logits = [10, 0, 0, 10, 10, 0];
    const fit = fitTemperature(logits, [0, 1, 0], 2);
    expect(fit.temperature).toBe(TEMPERATURE_FIT_MIN);
    expect(fit.atBound).toBe(true);
  });

  it('fits 10,000 examples of 10 classes in a few passes over the data', () => {
    const { logits, labels } = syntheticSet(10_000, 10, 1.6, 5);
    const start = performance.now();
    const fit = fitTemperature(logits, labels, 10);
    const ms = performance.now() - start;
    console.log(`fitTemperature: 10,000 × 10 logits in ${ms.toFixed(1)} ms, ${fit.evaluations} NLL evaluations`);
    expect(fit.evaluations).toBeLessThanOrEqual(20);
  });

  it('rejects what it cannot fit', () => {
    expect(() => fitTemperature([], [], 10)).toThrow(MathInputError);
    expect(() => fitTemperature([1, Infinity], [0], 2)).toThrow(MathInputError);
    expect(() => fitTemperature([1, 2], [0], 2, { min: 2, max: 1 })).toThrow(MathInputError);
  });
});
