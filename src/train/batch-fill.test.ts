import { describe, expect, it } from 'vitest';
import { fillImages, fillOneHot, makeScaler, packBlocks, pixelStats, transposeInto } from './batch-fill';

// Three 2-pixel "images": pixel 0 varies, pixel 1 is constant.
const images = new Uint8Array([0, 7, 255, 7, 51, 7]);

describe('pixelStats', () => {
  it('gives per-pixel mean and std, with std 1 for a constant pixel', () => {
    const { mean, std } = pixelStats(images, 3, 2);
    expect(mean[0]).toBeCloseTo(102, 4);
    expect(mean[1]).toBeCloseTo(7, 4);
    expect(std[0]).toBeCloseTo(Math.sqrt((102 ** 2 + 153 ** 2 + 51 ** 2) / 3), 3);
    expect(std[1]).toBe(1);
  });
  it('uses only the first `count` images', () => {
    expect(pixelStats(images, 1, 2).mean[0]).toBe(0);
    expect(() => pixelStats(images, 4, 2)).toThrow(RangeError);
  });
});

describe('fillImages', () => {
  const out = new Float32Array(4);
  it('scales to [0, 1] and follows the order', () => {
    fillImages(images, [1, 0], 0, 2, 2, makeScaler('unit', 2), out);
    [1, 7 / 255, 0, 7 / 255].forEach((v, i) => expect(out[i]).toBeCloseTo(v, 6));
  });
  it('keeps raw bytes', () => {
    fillImages(images, [2, 1, 0], 1, 2, 2, makeScaler('raw', 2), out);
    expect([...out]).toEqual([255, 7, 0, 7]);
    fillImages(images, null, 1, 2, 2, makeScaler('raw', 2), out);
    expect([...out]).toEqual([255, 7, 51, 7]);
  });
  it('gives the per-pixel formula’s values, bit for bit, on its fast path for uniform scalings', () => {
    const bytes = Uint8Array.from({ length: 5 * 7 }, (_, i) => (i * 37) % 256);
    for (const scaling of ['raw', 'unit'] as const) {
      const fast = makeScaler(scaling, 7);
      expect(fast.uniform).toBe(true);
      const slow = { ...fast, uniform: false };
      const order = [4, 0, 3, 1, 2];
      const a = fillImages(bytes, order, 1, 3, 7, fast, new Float32Array(21));
      const b = fillImages(bytes, order, 1, 3, 7, slow, new Float32Array(21));
      expect([...a]).toEqual([...b]);
    }
  });
  it('standardizes to zero mean and unit variance with the training statistics', () => {
    const scaler = makeScaler('standardize', 2, pixelStats(images, 3, 2));
    const all = fillImages(images, [0, 1, 2], 0, 3, 2, scaler, new Float32Array(6));
    const col0 = [all[0]!, all[2]!, all[4]!];
    expect(col0.reduce((a, b) => a + b) / 3).toBeCloseTo(0, 5);
    expect(col0.reduce((a, b) => a + b * b, 0) / 3).toBeCloseTo(1, 5);
    expect([all[1], all[3], all[5]]).toEqual([0, 0, 0]);
    expect(() => makeScaler('standardize', 2)).toThrow();
  });
});

describe('fillOneHot', () => {
  it('writes one 1 per row and clears the rest', () => {
    const out = new Float32Array(6).fill(9);
    fillOneHot(new Uint8Array([2, 0, 1]), [2, 0], 0, 2, 3, out);
    expect([...out]).toEqual([0, 1, 0, 0, 0, 1]);
  });
});

describe('transposeInto', () => {
  it('transposes across the 32-row blocks', () => {
    const [rows, cols] = [35, 3];
    const src = Float32Array.from({ length: rows * cols }, (_, i) => i);
    const out = transposeInto(src, rows, cols, new Float32Array(rows * cols));
    for (let r = 0; r < rows; r++) for (let c = 0; c < cols; c++) expect(out[c * rows + r]).toBe(src[r * cols + c]);
  });
});

describe('packBlocks', () => {
  it('writes 2 × 2 blocks, zero past an odd last row and column', () => {
    // 3 × 3:  1 2 3 / 4 5 6 / 7 8 9
    const src = Float32Array.from([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    const out = packBlocks(src, 3, 3, new Float32Array(16).fill(-1));
    expect([...out]).toEqual([1, 2, 4, 5, 3, 0, 6, 0, 7, 8, 0, 0, 9, 0, 0, 0]);
  });
  it('puts element (r, c) at texel (r/2, c/2), lane 2(r mod 2) + (c mod 2)', () => {
    const [rows, cols] = [7, 10];
    const src = Float32Array.from({ length: rows * cols }, (_, i) => i + 1);
    const out = packBlocks(src, rows, cols, new Float32Array(4 * 4 * 5));
    const width = cols / 2;
    for (let r = 0; r < rows; r++) {
      for (let c = 0; c < cols; c++) {
        const texel = (r >> 1) * width + (c >> 1);
        expect(out[4 * texel + 2 * (r % 2) + (c % 2)]).toBe(src[r * cols + c]);
      }
    }
  });
});
