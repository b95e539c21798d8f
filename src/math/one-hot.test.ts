import { describe, expect, it } from 'vitest';
import { euclideanDistance, oneHot } from './one-hot';
import { MathInputError } from './validate';

describe('oneHot', () => {
  it.each([
    { index: 0, q: 3, expected: [1, 0, 0] },
    { index: 1, q: 3, expected: [0, 1, 0] },
    { index: 2, q: 3, expected: [0, 0, 1] },
    { index: 0, q: 1, expected: [1] },
    { index: 9, q: 10, expected: [0, 0, 0, 0, 0, 0, 0, 0, 0, 1] },
  ])('oneHot($index, $q) = $expected', ({ index, q, expected }) => {
    expect(oneHot(index, q)).toEqual(expected);
  });

  it('has exactly one 1 and sums to 1, for every class of every q up to 10', () => {
    for (let q = 1; q <= 10; q++) {
      for (let c = 0; c < q; c++) {
        const y = oneHot(c, q);
        expect(y).toHaveLength(q);
        expect(y.filter((v) => v === 1)).toHaveLength(1);
        expect(y.filter((v) => v === 0)).toHaveLength(q - 1);
        expect(y[c]).toBe(1);
      }
    }
  });

  it.each([
    [3, 3],
    [-1, 3],
    [1.5, 3],
    [Number.NaN, 3],
    [0, 0],
    [0, 2.5],
    [0, Infinity],
  ])('rejects class %s of q = %s', (index, q) => {
    expect(() => oneHot(index, q)).toThrow(MathInputError);
  });
});

describe('euclideanDistance', () => {
  it('is 3-4-5 on a right triangle, and 0 to itself', () => {
    expect(euclideanDistance([0, 0], [3, 4])).toBe(5);
    expect(euclideanDistance([1, -2, 3], [1, -2, 3])).toBe(0);
  });

  it('puts any two different one-hot vectors √2 apart: no class is nearer another', () => {
    for (let q = 2; q <= 10; q++) {
      for (let a = 0; a < q; a++) {
        for (let b = 0; b < q; b++) {
          expect(euclideanDistance(oneHot(a, q), oneHot(b, q))).toBeCloseTo(a === b ? 0 : Math.SQRT2, 15);
        }
      }
    }
  });

  it('rejects vectors of different lengths and non-finite entries', () => {
    expect(() => euclideanDistance([1, 2], [1, 2, 3])).toThrow(MathInputError);
    expect(() => euclideanDistance([1, Number.NaN], [1, 2])).toThrow(MathInputError);
    expect(() => euclideanDistance([], [])).toThrow(MathInputError);
  });
});
