import { describe, expect, it } from 'vitest';
import { affine } from './linear';
import { linearLogitsInto, meanSoftmaxCrossEntropy, UNIT_SCALE, type LinearModel } from './linear-eval';
import { softmaxCrossEntropyHard } from './cross-entropy';

/** A small model whose logits are easy to check: 4 pixels, 3 classes. */
const MODEL: LinearModel = {
  inputs: 4,
  classes: 3,
  W: Float32Array.from([1, 0, -1, 0.5, 0.5, 0, 0, 2, 0, -1, 0, 1]),
  b: Float32Array.from([0.25, -0.5, 0]),
};

/** W as rows of outputs for `affine` (outputs × inputs). */
const rowsOf = (m: LinearModel) => Array.from({ length: m.classes }, (_, c) => Array.from({ length: m.inputs }, (_, p) => m.W[p * m.classes + c]!));

describe('linearLogitsInto', () => {
  it('agrees with affine() on x = byte / 255, image by image', () => {
    const images = Uint8Array.from([255, 0, 0, 0, 0, 0, 0, 0, 10, 20, 30, 40, 255, 255, 255, 255]);
    const out = new Float32Array(4 * 3);
    linearLogitsInto(images, 0, 4, MODEL, out);
    for (let i = 0; i < 4; i++) {
      const x = Array.from(images.subarray(i * 4, i * 4 + 4), (byte) => Math.fround(byte * UNIT_SCALE));
      const expected = affine(rowsOf(MODEL), x, MODEL.b);
      expected.forEach((o, c) => expect(out[i * 3 + c]).toBeCloseTo(o, 6));
    }
    // A blank image gives the biases; a white pixel in the first place adds W's first row.
    expect(Array.from(out.subarray(3, 6))).toEqual([0.25, -0.5, 0]);
    expect(Array.from(out.subarray(0, 3))).toEqual([1.25, -0.5, -1]);
  });

  it('writes a slice of rows at an offset, so the page can go in chunks', () => {
    const images = Uint8Array.from({ length: 5 * 4 }, (_, i) => (i * 37) % 256);
    const whole = new Float32Array(5 * 3);
    linearLogitsInto(images, 0, 5, MODEL, whole);
    const chunked = new Float32Array(5 * 3);
    linearLogitsInto(images, 0, 2, MODEL, chunked, 0);
    linearLogitsInto(images, 2, 3, MODEL, chunked, 2);
    expect(chunked).toEqual(whole);
  });

  it('rejects mismatched shapes and ranges', () => {
    const out = new Float32Array(3);
    expect(() => linearLogitsInto(new Uint8Array(4), 0, 1, { ...MODEL, b: new Float32Array(2) }, out)).toThrow(RangeError);
    expect(() => linearLogitsInto(new Uint8Array(4), 0, 2, MODEL, new Float32Array(6))).toThrow(RangeError);
    expect(() => linearLogitsInto(new Uint8Array(8), 0, 2, MODEL, out)).toThrow(RangeError);
  });
});

describe('meanSoftmaxCrossEntropy', () => {
  it('is the mean of softmaxCrossEntropyHard over the rows', () => {
    const logits = Float32Array.from([1, 2, 3, 1000, 0, -1000, 0, 0, 0]);
    const labels = [2, 1, 0];
    const expected = (softmaxCrossEntropyHard([1, 2, 3], 2) + softmaxCrossEntropyHard([1000, 0, -1000], 1) + Math.log(3)) / 3;
    expect(meanSoftmaxCrossEntropy(logits, labels, 3)).toBeCloseTo(expected, 9);
    expect(Number.isFinite(meanSoftmaxCrossEntropy(logits, labels, 3))).toBe(true);
  });

  it('is ln q for equal logits', () => {
    expect(meanSoftmaxCrossEntropy(new Float32Array(10), [7], 10)).toBeCloseTo(Math.log(10), 12);
  });

  it('rejects too few labels', () => {
    expect(() => meanSoftmaxCrossEntropy(new Float32Array(6), [0], 3)).toThrow(RangeError);
  });
});
