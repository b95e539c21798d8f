/**
 * How strongly to shade a confusion-matrix cell, 0..1. The diagonal (correct)
 * and the off-diagonal (mistakes) get separate scales: on one shared scale the
 * diagonal's 80–90 % would wash every mistake out to near-white, and the
 * mistakes are what the lesson is about. `rate` is the row-normalized rate.
 */
export function cellIntensity(rate: number, isDiagonal: boolean, maxOffDiagonalRate: number): number {
  if (!Number.isFinite(rate) || rate <= 0) return 0;
  if (isDiagonal) return Math.min(1, rate);
  return maxOffDiagonalRate > 0 ? Math.min(1, rate / maxOffDiagonalRate) : 0;
}

/** The largest off-diagonal rate of a row-normalized matrix (0 when there are no mistakes). */
export function maxOffDiagonal(rates: readonly (readonly number[])[]): number {
  let max = 0;
  rates.forEach((row, t) =>
    row.forEach((rate, p) => {
      if (t !== p && rate > max) max = rate;
    }),
  );
  return max;
}

type Rgb = readonly [number, number, number];

/**
 * Full-intensity hues: ColorBrewer's dark blue for correct answers and dark
 * orange for mistakes, a pair that stays apart for every common colour-vision
 * deficiency. Cells blend from white towards them in both themes, like a
 * picture, so the text colour below can be computed exactly.
 */
export const CORRECT_HUE: Rgb = [8, 81, 156]; // #08519c
export const MISTAKE_HUE: Rgb = [166, 54, 3]; // #a63603
const WHITE: Rgb = [255, 255, 255];
const BLACK: Rgb = [0, 0, 0];

const toHex = (c: Rgb): string => `#${c.map((v) => v.toString(16).padStart(2, '0')).join('')}`;

/** WCAG relative luminance of an sRGB colour. */
export function relativeLuminance([r, g, b]: Rgb): number {
  const channel = (v: number) => {
    const s = v / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

/** WCAG contrast ratio, 1..21. */
export function contrastRatio(a: Rgb, b: Rgb): number {
  const [hi, lo] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/**
 * A cell's background (white blended towards its hue by `intensity`) and the
 * text colour, black or white, whichever contrasts more. The better of the
 * two is never below 4.5:1, so counts stay readable at every shade.
 */
export function cellColors(intensity: number, isDiagonal: boolean): { background: string; text: string } {
  const hue = isDiagonal ? CORRECT_HUE : MISTAKE_HUE;
  const t = Math.max(0, Math.min(1, Number.isFinite(intensity) ? intensity : 0));
  const background = [0, 1, 2].map((k) => Math.round(WHITE[k]! + (hue[k]! - WHITE[k]!) * t)) as unknown as Rgb;
  const text = contrastRatio(background, BLACK) >= contrastRatio(background, WHITE) ? BLACK : WHITE;
  return { background: toHex(background), text: toHex(text) };
}
