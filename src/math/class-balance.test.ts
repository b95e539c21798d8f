import { describe, expect, it } from 'vitest';
import { majorityAccuracy } from './class-balance';
import { MathInputError } from './validate';

describe('majorityAccuracy', () => {
  it('is 0.1 for ten balanced classes and the largest share otherwise', () => {
    expect(majorityAccuracy(new Array(10).fill(1000))).toBe(0.1);
    expect(majorityAccuracy([90, 10])).toBe(0.9);
  });

  it('refuses empty, negative or all-zero counts', () => {
    expect(() => majorityAccuracy([])).toThrow(MathInputError);
    expect(() => majorityAccuracy([1, -1])).toThrow(MathInputError);
    expect(() => majorityAccuracy([0, 0])).toThrow(MathInputError);
  });
});
