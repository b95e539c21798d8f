import { describe, expect, it } from 'vitest';
import { classWeights, imageAt, paintGray } from './weight-images';

describe('classWeights', () => {
  // W for 3 pixels × 2 classes, row-major: W[p][c] = 10p + c.
  const W = Float32Array.from([0, 1, 10, 11, 20, 21]);

  it('takes one column of the pixels × classes matrix', () => {
    expect(Array.from(classWeights(W, 2, 0))).toEqual([0, 10, 20]);
    expect(Array.from(classWeights(W, 2, 1))).toEqual([1, 11, 21]);
  });

  it('rejects a class outside the matrix or a length that does not split', () => {
    expect(() => classWeights(W, 2, 2)).toThrow(RangeError);
    expect(() => classWeights(W, 4, 0)).toThrow(RangeError);
  });
});

describe('imageAt', () => {
  const images = Uint8Array.from([1, 2, 3, 4, 5, 6]);

  it('returns one image as a view', () => {
    expect(Array.from(imageAt(images, 2, 1))).toEqual([3, 4]);
    expect(imageAt(images, 2, 2).buffer).toBe(images.buffer);
  });

  it('rejects an index past the end', () => {
    expect(() => imageAt(images, 2, 3)).toThrow(RangeError);
    expect(() => imageAt(images, 2, -1)).toThrow(RangeError);
  });
});

describe('paintGray', () => {
  it('writes opaque grey RGBA', () => {
    const out = new Uint8ClampedArray(8);
    paintGray([0, 200], out);
    expect(Array.from(out)).toEqual([0, 0, 0, 255, 200, 200, 200, 255]);
  });
});
