import { describe, expect, it } from 'vitest';
import { appendPoints, emptySeries, seriesPoints, smoothEma } from './chart-series';

const range = (n: number) => Array.from({ length: n }, (_, i) => i);

describe('decimated series', () => {
  it('keeps every point while under the cap', () => {
    const s = appendPoints(emptySeries(10), [0, 1, 2], [5, 6, 7]);
    expect(seriesPoints(s)).toEqual([
      { x: 0, y: 5 },
      { x: 1, y: 6 },
      { x: 2, y: 7 },
    ]);
  });

  it('never holds more than 2·cap points however many arrive, and keeps the mean', () => {
    let s = emptySeries(300);
    for (let chunk = 0; chunk < 100; chunk++) {
      const xs = range(1000).map((i) => chunk * 1000 + i);
      s = appendPoints(s, xs, xs.map(() => 2));
    }
    const points = seriesPoints(s);
    expect(points.length).toBeLessThanOrEqual(601);
    expect(points.length).toBeGreaterThan(150);
    for (const p of points) expect(p.y).toBeCloseTo(2, 12);
    // Points stay in x order and span the whole range.
    for (let i = 1; i < points.length; i++) expect(points[i]!.x).toBeGreaterThan(points[i - 1]!.x);
    expect(points[0]!.x).toBeLessThan(1000);
    expect(points[points.length - 1]!.x).toBeGreaterThan(99_000);
  });

  it('averages pairs when it decimates', () => {
    const s = appendPoints(emptySeries(2), [0, 1, 2, 3], [0, 10, 20, 30]);
    expect(s.bucket).toBe(2);
    expect(seriesPoints(s)).toEqual([
      { x: 0.5, y: 5 },
      { x: 2.5, y: 25 },
    ]);
  });

  it('does not change its input and rejects mismatched arrays', () => {
    const a = emptySeries(4);
    appendPoints(a, [1], [1]);
    expect(a.points).toEqual([]);
    expect(() => appendPoints(a, [1, 2], [1])).toThrow(RangeError);
    expect(() => emptySeries(1)).toThrow(RangeError);
  });
});

describe('smoothEma', () => {
  it('is the identity on a constant series thanks to bias correction', () => {
    const out = smoothEma(range(5).map((x) => ({ x, y: 3 })), 0.9);
    for (const p of out) expect(p.y).toBeCloseTo(3, 12);
  });
  it('with β = 0 returns the series unchanged', () => {
    const pts = [{ x: 0, y: 1 }, { x: 1, y: 5 }];
    expect(smoothEma(pts, 0)).toEqual(pts);
  });
  it('lags behind a jump', () => {
    const out = smoothEma([{ x: 0, y: 0 }, { x: 1, y: 0 }, { x: 2, y: 10 }], 0.5);
    expect(out[2]!.y).toBeGreaterThan(0);
    expect(out[2]!.y).toBeLessThan(10);
    expect(() => smoothEma([], 1)).toThrow(RangeError);
  });
});
