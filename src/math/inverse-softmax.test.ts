import { describe, expect, it } from 'vitest';
import { logitForProbability, withProbability } from './inverse-softmax';
import { softmax } from './softmax';
import { MathInputError } from './validate';

describe('logitForProbability', () => {
  it.each([
    { logits: [1, 2, 3], c: 0, p: 0.01 },
    { logits: [1, 2, 3], c: 2, p: 0.5 },
    { logits: [0, 0], c: 1, p: 0.9 },
    { logits: [-400, 0, 400], c: 1, p: 0.25 },
  ])('gives class $c of $logits the probability $p', ({ logits, c, p }) => {
    expect(softmax(withProbability(logits, c, p))[c]).toBeCloseTo(p, 12);
  });

  it('leaves the other logits as they were', () => {
    const next = withProbability([1, 2, 3], 0, 0.01);
    expect(next.slice(1)).toEqual([2, 3]);
    expect(logitForProbability([0, 0], 0, 0.5)).toBe(0);
  });

  it('refuses p outside (0, 1), a missing class, a lone logit', () => {
    expect(() => logitForProbability([1, 2], 0, 0)).toThrow(MathInputError);
    expect(() => logitForProbability([1, 2], 0, 1)).toThrow(MathInputError);
    expect(() => logitForProbability([1, 2], 2, 0.5)).toThrow(MathInputError);
    expect(() => logitForProbability([1], 0, 0.5)).toThrow(MathInputError);
  });
});
