import { describe, expect, it } from 'vitest';
import { affine } from './linear';
import { MathInputError } from './validate';

describe('affine (o = Wx + b)', () => {
  it('computes the textbook 4-pixel, 3-output case by hand', () => {
    const W = [
      [1, 0, -1, 2],
      [0.5, 0.5, 0.5, 0.5],
      [-2, 1, 0, 0],
    ];
    const x = [0.1, 0.2, 0.3, 0.4];
    const b = [1, -1, 0.5];
    // o_1 = 0.1 − 0.3 + 0.8 + 1 = 1.6; o_2 = 0.5 · 1.0 − 1 = −0.5; o_3 = −0.2 + 0.2 + 0.5 = 0.5
    const o = affine(W, x, b);
    expect(o[0]).toBeCloseTo(1.6, 12);
    expect(o[1]).toBeCloseTo(-0.5, 12);
    expect(o[2]).toBeCloseTo(0.5, 12);
  });

  it('returns the biases when the input is black (all zeros)', () => {
    expect(affine([[3, 4], [5, 6]], [0, 0], [7, -8])).toEqual([7, -8]);
  });

  it('is linear in x: W(x + y) + b = (Wx + b) + Wy', () => {
    const W = [[0.3, -1.2], [2, 0.7], [-0.4, 0.1]];
    const b = [0.2, -0.3, 1];
    const x = [0.6, -0.9];
    const y = [1.5, 0.25];
    const lhs = affine(W, [x[0]! + y[0]!, x[1]! + y[1]!], b);
    const wx = affine(W, x, b);
    const wy = affine(W, y, [0, 0, 0]);
    lhs.forEach((v, i) => expect(v).toBeCloseTo(wx[i]! + wy[i]!, 12));
  });

  it('rejects mismatched shapes and non-finite entries', () => {
    expect(() => affine([[1, 2]], [1, 2, 3], [0])).toThrow(MathInputError);
    expect(() => affine([[1, 2]], [1, 2], [0, 1])).toThrow(MathInputError);
    expect(() => affine([[1, NaN]], [1, 2], [0])).toThrow(MathInputError);
    expect(() => affine([[1, 2]], [Infinity, 2], [0])).toThrow(MathInputError);
    expect(() => affine([[1, 2]], [1, 2], [NaN])).toThrow(MathInputError);
  });
});
