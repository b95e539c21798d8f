/**
 * Chart series that stay small: a live loss curve gets one value per step
 * (thousands per run), but a chart should hold at most a few hundred points.
 */

export interface SeriesPoint {
  /** Progress in epochs (fractional: 1.5 = halfway through the second epoch). */
  x: number;
  y: number;
}

/**
 * A decimating buffer: appends points, and whenever it holds `2·cap` points
 * it averages neighbouring pairs, so it never exceeds 2·cap points and each
 * stored point is the mean of `bucket` consecutive raw points.
 */
export interface DecimatedSeries {
  points: SeriesPoint[];
  /** Raw points per stored point (a power of two). */
  bucket: number;
  /** Raw points gathered for the next stored point. */
  pending: { sumX: number; sumY: number; count: number };
  cap: number;
}

export function emptySeries(cap = 300): DecimatedSeries {
  if (!Number.isInteger(cap) || cap < 2) throw new RangeError(`emptySeries: cap must be an integer ≥ 2, got ${cap}`);
  return { points: [], bucket: 1, pending: { sumX: 0, sumY: 0, count: 0 }, cap };
}

function halve(points: SeriesPoint[]): SeriesPoint[] {
  const out: SeriesPoint[] = [];
  for (let i = 0; i + 1 < points.length; i += 2) {
    out.push({ x: (points[i]!.x + points[i + 1]!.x) / 2, y: (points[i]!.y + points[i + 1]!.y) / 2 });
  }
  if (points.length % 2 === 1) out.push(points[points.length - 1]!);
  return out;
}

/** Returns a new series with the raw points appended (the input is not changed). */
export function appendPoints(series: DecimatedSeries, xs: ArrayLike<number>, ys: ArrayLike<number>): DecimatedSeries {
  if (xs.length !== ys.length) throw new RangeError(`appendPoints: ${xs.length} x values but ${ys.length} y values`);
  let points = series.points.slice();
  let bucket = series.bucket;
  let { sumX, sumY, count } = series.pending;
  for (let i = 0; i < xs.length; i++) {
    sumX += xs[i]!;
    sumY += ys[i]!;
    count++;
    if (count === bucket) {
      points.push({ x: sumX / count, y: sumY / count });
      sumX = sumY = count = 0;
      if (points.length >= 2 * series.cap) {
        points = halve(points);
        bucket *= 2;
      }
    }
  }
  return { points, bucket, pending: { sumX, sumY, count }, cap: series.cap };
}

/** The stored points plus the partial bucket, so the newest progress is always visible. */
export function seriesPoints(series: DecimatedSeries): SeriesPoint[] {
  const { sumX, sumY, count } = series.pending;
  return count > 0 ? [...series.points, { x: sumX / count, y: sumY / count }] : series.points;
}

/**
 * Exponential moving average with bias correction (as Adam corrects its
 * moments), so the first points are not pulled towards 0:
 * s_t = β s_{t−1} + (1 − β) y_t, shown as s_t / (1 − β^t).
 */
export function smoothEma(points: readonly SeriesPoint[], beta: number): SeriesPoint[] {
  if (!(beta >= 0 && beta < 1)) throw new RangeError(`smoothEma: beta must be in [0, 1), got ${beta}`);
  let s = 0;
  let correction = 1;
  return points.map((p) => {
    s = beta * s + (1 - beta) * p.y;
    correction *= beta;
    return { x: p.x, y: s / (1 - correction) };
  });
}
