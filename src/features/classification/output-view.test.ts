import { describe, expect, it } from 'vitest';
import { mulberry32 } from '@/math/random';
import { argmax } from '@/math/softmax';
import { assignment, sigmoidsVsSoftmax } from './output-view';

/** 1 / (1 + e^(−x)) written again here, so the test does not trust the app's sigmoid. */
const logistic = (x: number) => 1 / (1 + Math.exp(-x));

describe('sigmoidsVsSoftmax', () => {
  it('logits 1, 2, 3: the sigmoids sum to 2.5644, the softmax to 1', () => {
    const view = sigmoidsVsSoftmax([1, 2, 3]);
    expect(view.sigmoids.map((s) => s.toFixed(4))).toEqual(['0.7311', '0.8808', '0.9526']);
    expect(view.sigmoidSum).toBeCloseTo(logistic(1) + logistic(2) + logistic(3), 14);
    expect(view.sigmoidSum.toFixed(4)).toBe('2.5644');
    expect(view.probs.map((p) => p.toFixed(4))).toEqual(['0.0900', '0.2447', '0.6652']);
    expect(view.probSum).toBeCloseTo(1, 14);
  });

  it.each([
    { logits: [0, 0], sum: 1 },
    { logits: [0, 0, 0, 0], sum: 2 },
    { logits: [-1000, -1000, -1000], sum: 0 },
    { logits: [1000, 1000, 1000], sum: 3 },
    { logits: [1000, -1000], sum: 1 },
  ])('the sigmoid sum of $logits is $sum (softmax still 1)', ({ logits, sum }) => {
    const view = sigmoidsVsSoftmax(logits);
    expect(view.sigmoidSum).toBeCloseTo(sum, 12);
    expect(view.probSum).toBeCloseTo(1, 14);
  });

  it('the sigmoid sum lies in (0, q) for random logits, the softmax sum is 1', () => {
    const random = mulberry32(7);
    for (let t = 0; t < 200; t++) {
      const q = 2 + Math.floor(random() * 9);
      const logits = Array.from({ length: q }, () => (random() * 2 - 1) * 10);
      const view = sigmoidsVsSoftmax(logits);
      expect(view.sigmoidSum).toBeGreaterThan(0);
      expect(view.sigmoidSum).toBeLessThan(q);
      view.sigmoids.forEach((s, j) => expect(s).toBeCloseTo(logistic(logits[j]!), 12));
      expect(view.probSum).toBeCloseTo(1, 12);
    }
  });

  it('rejects non-finite logits', () => {
    expect(() => sigmoidsVsSoftmax([1, Number.NaN])).toThrow();
  });
});

describe('assignment', () => {
  it('hard = the class with the largest logit, soft = the softmax', () => {
    const a = assignment([1, 2, 3]);
    expect(a.hard).toBe(2);
    expect(a.probs[2]!.toFixed(4)).toBe('0.6652');
  });

  it('argmax of the probabilities is the argmax of the logits', () => {
    const random = mulberry32(11);
    for (let t = 0; t < 200; t++) {
      const logits = Array.from({ length: 5 }, () => (random() * 2 - 1) * 20);
      const a = assignment(logits);
      expect(argmax(a.probs)).toBe(a.hard);
    }
  });
});
