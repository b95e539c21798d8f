/**
 * A diverging colour scale centred on 0, for pictures of signed values such as
 * a class's weights: negative blue, zero near-white, positive red. The stops are
 * ColorBrewer's 5-class RdBu, which stays readable with the common forms of
 * colour blindness (blue and red differ in lightness as well as hue).
 */
export type Rgb = readonly [number, number, number];

/** From the most negative to the most positive value; the middle stop is 0. */
export const DIVERGING_STOPS: readonly Rgb[] = [
  [5, 113, 176], // #0571b0
  [146, 197, 222], // #92c5de
  [247, 247, 247], // #f7f7f7
  [244, 165, 130], // #f4a582
  [202, 0, 32], // #ca0020
];

const hex = (c: Rgb): string => `#${c.map((v) => v.toString(16).padStart(2, '0')).join('')}`;

/** The stops as CSS colours, for a legend's linear-gradient. */
export const DIVERGING_CSS_STOPS: readonly string[] = DIVERGING_STOPS.map(hex);

/**
 * The symmetric half-width of the scale: max |v| over the values, so that 0 sits
 * exactly in the middle and equal magnitudes of either sign get equally strong
 * colours. 1 when every value is 0 (or there are none), to avoid dividing by 0.
 * Non-finite values are skipped.
 */
export function symmetricExtent(values: ArrayLike<number>): number {
  let extent = 0;
  for (let i = 0; i < values.length; i++) {
    const v = Math.abs(values[i]!);
    if (Number.isFinite(v) && v > extent) extent = v;
  }
  return extent === 0 ? 1 : extent;
}

/**
 * The colour of `value` on a scale running from −extent to +extent. Values
 * beyond the extent are clamped; NaN gets the neutral middle colour, since a
 * picture cannot show "not a number" better than as nothing.
 */
export function divergingColor(value: number, extent: number): Rgb {
  if (!(extent > 0) || !Number.isFinite(extent)) throw new RangeError(`extent must be positive, got ${extent}`);
  const middle = (DIVERGING_STOPS.length - 1) / 2;
  if (Number.isNaN(value)) return DIVERGING_STOPS[middle]!;
  const t = Math.max(-1, Math.min(1, value / extent)); // −1..1
  const position = (t + 1) * middle; // 0..stops−1
  const lower = Math.min(Math.floor(position), DIVERGING_STOPS.length - 2);
  const frac = position - lower;
  const a = DIVERGING_STOPS[lower]!;
  const b = DIVERGING_STOPS[lower + 1]!;
  return [0, 1, 2].map((k) => Math.round(a[k]! + (b[k]! - a[k]!) * frac)) as unknown as Rgb;
}

/**
 * Paints `values` into RGBA pixels (4 bytes each, fully opaque), as an
 * ImageData's `data` expects. `out` must hold 4 × values.length bytes.
 */
export function paintDiverging(values: ArrayLike<number>, extent: number, out: Uint8ClampedArray): void {
  if (out.length !== values.length * 4) {
    throw new RangeError(`out must hold ${values.length * 4} bytes, got ${out.length}`);
  }
  for (let i = 0; i < values.length; i++) {
    const [r, g, b] = divergingColor(values[i]!, extent);
    out[i * 4] = r;
    out[i * 4 + 1] = g;
    out[i * 4 + 2] = b;
    out[i * 4 + 3] = 255;
  }
}
