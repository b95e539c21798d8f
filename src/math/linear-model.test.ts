import { describe, expect, it } from 'vitest';
import { affine } from './linear';
import type { LinearModel } from './linear-eval';
import { linearLogits, pixelContributions, scaleInput } from './linear-model';
import { mulberry32 } from './random';
import { MathInputError } from './validate';

const random = mulberry32(21);
const values = (n: number, spread = 1) => Float32Array.from({ length: n }, () => spread * (2 * random() - 1));

const D = 12;
const Q = 4;
const model: LinearModel = { inputs: D, classes: Q, W: values(D * Q), b: values(Q) };
/** W as the rows of weights affine() takes: one row per class (outputs × inputs). */
const rowsByClass = Array.from({ length: Q }, (_, c) => Array.from({ length: D }, (_, p) => model.W[p * Q + c]!));

describe('linearLogits', () => {
  it('matches the textbook layer o = Wx + b, zero pixels included', () => {
    const x = values(D);
    x[3] = 0;
    x[7] = 0;
    const o = linearLogits(model, x);
    affine(rowsByClass, x, model.b).forEach((v, c) => expect(o[c]).toBeCloseTo(v, 12));
  });

  it('gives the biases alone for an all-black input', () => {
    expect(linearLogits(model, new Float32Array(D))).toEqual(Array.from(model.b));
  });

  it('rejects an input of the wrong size and a model with the wrong shapes', () => {
    expect(() => linearLogits(model, new Float32Array(D - 1))).toThrow(MathInputError);
    expect(() => linearLogits({ ...model, b: new Float32Array(3) }, values(D))).toThrow(/b has 3 values/);
    expect(() => pixelContributions({ ...model, W: new Float32Array(5) }, values(D), 0)).toThrow(/W has 5 values/);
  });
});

describe('pixelContributions', () => {
  it('is x ⊙ w_c, and adds up to o_c − b_c', () => {
    const x = values(D);
    const o = linearLogits(model, x);
    for (let c = 0; c < Q; c++) {
      const share = pixelContributions(model, x, c);
      share.forEach((s, p) => expect(s).toBeCloseTo(x[p]! * model.W[p * Q + c]!, 12));
      expect(share.reduce((a, b) => a + b, 0)).toBeCloseTo(o[c]! - model.b[c]!, 10);
    }
  });

  it('rejects a class outside the model', () => {
    expect(() => pixelContributions(model, values(D), Q)).toThrow(MathInputError);
    expect(() => pixelContributions(model, values(D), -1)).toThrow(MathInputError);
  });
});

describe('scaleInput', () => {
  it('is (byte − offset) · scale rounded to float32, as training scales a batch', () => {
    const bytes = [0, 1, 128, 255];
    const scale = new Float32Array(4).fill(1 / 255);
    const x = scaleInput(bytes, new Float32Array(4), scale);
    bytes.forEach((v, p) => expect(x[p]).toBe(Math.fround(v * Math.fround(1 / 255))));
    expect(Array.from(scaleInput([10, 20], Float32Array.of(5, 30), Float32Array.of(0.5, 2)))).toEqual([2.5, -20]);
    expect(() => scaleInput([1, 2], [0], [1, 1])).toThrow(MathInputError);
  });
});
