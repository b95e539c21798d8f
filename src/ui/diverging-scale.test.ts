import { describe, expect, it } from 'vitest';
import { DIVERGING_CSS_STOPS, DIVERGING_STOPS, divergingColor, paintDiverging, symmetricExtent } from './diverging-scale';

const luminance = ([r, g, b]: readonly number[]) => 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;

describe('symmetricExtent', () => {
  it.each([
    [[0.5, -2, 1], 2],
    [[3, -1], 3],
    [[0, 0, 0], 1],
    [[], 1],
    [[NaN, -0.25, Infinity], 0.25],
  ])('of %j is %d', (values, extent) => {
    expect(symmetricExtent(values)).toBe(extent);
  });
});

describe('divergingColor', () => {
  it('maps 0 to the near-white middle stop, and the ends to the end stops', () => {
    expect(divergingColor(0, 2)).toEqual(DIVERGING_STOPS[2]);
    expect(divergingColor(-2, 2)).toEqual(DIVERGING_STOPS[0]);
    expect(divergingColor(2, 2)).toEqual(DIVERGING_STOPS[4]);
    expect(divergingColor(-1, 2)).toEqual(DIVERGING_STOPS[1]);
    expect(divergingColor(1, 2)).toEqual(DIVERGING_STOPS[3]);
  });

  it('clamps values beyond the extent and shows NaN as neutral', () => {
    expect(divergingColor(-50, 2)).toEqual(DIVERGING_STOPS[0]);
    expect(divergingColor(Infinity, 2)).toEqual(DIVERGING_STOPS[4]);
    expect(divergingColor(NaN, 2)).toEqual(DIVERGING_STOPS[2]);
  });

  it('interpolates between stops', () => {
    const [a, b] = [DIVERGING_STOPS[2]!, DIVERGING_STOPS[3]!];
    expect(divergingColor(0.25, 1)).toEqual([0, 1, 2].map((k) => Math.round((a[k]! + b[k]!) / 2)));
  });

  it('is symmetric: equal magnitudes get equally dark colours on either side', () => {
    for (const v of [0.2, 0.5, 0.8, 1]) {
      const neg = luminance(divergingColor(-v, 1));
      const pos = luminance(divergingColor(v, 1));
      // Lightness falls off on both sides at a similar rate (within ColorBrewer's own asymmetry).
      expect(neg).toBeLessThan(luminance(DIVERGING_STOPS[2]!));
      expect(pos).toBeLessThan(luminance(DIVERGING_STOPS[2]!));
      expect(Math.abs(neg - pos)).toBeLessThan(60);
    }
  });

  it('gets darker monotonically away from 0 on both sides', () => {
    let previous = luminance(divergingColor(0, 1));
    for (let v = 0.1; v <= 1.0001; v += 0.1) {
      const l = luminance(divergingColor(v, 1));
      expect(l).toBeLessThanOrEqual(previous);
      previous = l;
    }
    previous = luminance(divergingColor(0, 1));
    for (let v = 0.1; v <= 1.0001; v += 0.1) {
      const l = luminance(divergingColor(-v, 1));
      expect(l).toBeLessThanOrEqual(previous);
      previous = l;
    }
  });

  it('rejects a zero or non-finite extent', () => {
    expect(() => divergingColor(1, 0)).toThrow(RangeError);
    expect(() => divergingColor(1, NaN)).toThrow(RangeError);
  });
});

describe('paintDiverging', () => {
  it('writes opaque RGBA pixels', () => {
    const out = new Uint8ClampedArray(8);
    paintDiverging([-1, 1], 1, out);
    expect(Array.from(out)).toEqual([...DIVERGING_STOPS[0]!, 255, ...DIVERGING_STOPS[4]!, 255]);
  });

  it('checks the buffer size', () => {
    expect(() => paintDiverging([1, 2], 1, new Uint8ClampedArray(4))).toThrow(RangeError);
  });

  it('exposes the stops as CSS hex colours for the legend', () => {
    expect(DIVERGING_CSS_STOPS).toEqual(['#0571b0', '#92c5de', '#f7f7f7', '#f4a582', '#ca0020']);
  });
});
