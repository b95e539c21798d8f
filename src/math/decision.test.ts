import { describe, expect, it } from 'vitest';
import { argmax } from './softmax';
import { expectedCosts, minimumCostDecision, positiveThreshold, twoClassCost } from './decision';
import { MathInputError } from './validate';

describe('deciding by expected cost (d2l 3.6, exercise 4)', () => {
  it('treats at P(disease) = 0.2 when a miss costs 50 and a false alarm 1, though "healthy" is more likely', () => {
    const probs = [0.8, 0.2]; // healthy, sick
    const cost = twoClassCost(50, 1);
    const risks = expectedCosts(probs, cost);
    expect(risks[0]).toBeCloseTo(10, 12); // send home: 0.2 · 50
    expect(risks[1]).toBeCloseTo(0.8, 12); // treat: 0.8 · 1
    expect(minimumCostDecision(probs, cost)).toBe(1);
    expect(argmax(probs)).toBe(0);
  });

  it('agrees with the most likely label when every mistake costs the same', () => {
    const probs = [0.1, 0.6, 0.3];
    const zeroOne = [
      [0, 1, 1],
      [1, 0, 1],
      [1, 1, 0],
    ];
    expect(minimumCostDecision(probs, zeroOne)).toBe(argmax(probs));
    expect(expectedCosts(probs, zeroOne).map((r) => r.toFixed(4))).toEqual(['0.9000', '0.4000', '0.7000']);
  });

  it('puts the two-class threshold at falseAlarm / (falseAlarm + miss), and decides on its either side', () => {
    expect(positiveThreshold(1, 1)).toBe(0.5);
    const t = positiveThreshold(50, 1);
    expect(t).toBeCloseTo(1 / 51, 15);
    expect(minimumCostDecision([1 - (t + 1e-6), t + 1e-6], twoClassCost(50, 1))).toBe(1);
    expect(minimumCostDecision([1 - (t - 1e-6), t - 1e-6], twoClassCost(50, 1))).toBe(0);
  });

  it('refuses a matrix of the wrong shape, non-finite costs and a non-distribution', () => {
    expect(() => expectedCosts([0.5, 0.5], [[0, 1]])).toThrow(MathInputError);
    expect(() => expectedCosts([0.5, 0.5], [[0, 1], [NaN, 0]])).toThrow(MathInputError);
    expect(() => expectedCosts([0.5, 0.6], twoClassCost(1, 1))).toThrow(MathInputError);
    expect(() => positiveThreshold(0, 1)).toThrow(MathInputError);
  });
});
