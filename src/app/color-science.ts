/**
 * Colour checks for the themes and the class palette: WCAG 2 contrast, and
 * colour-vision-deficiency simulation (Machado, Oliveira & Fernandes 2009,
 * severity 1) with CIELAB distances, so "readable" and "colour-blind safe"
 * are tested numbers rather than impressions.
 */
export type Rgb = readonly [number, number, number];

/** `#rrggbb` (or `#rgb`) to linear-light RGB in 0..1. */
export function hexToLinear(hex: string): Rgb {
  const m = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(hex.trim());
  if (!m) throw new Error(`not a hex colour: ${hex}`);
  const digits = m[1]!.length === 3 ? [...m[1]!].map((d) => d + d).join('') : m[1]!;
  const channel = (i: number) => {
    const c = parseInt(digits.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return [channel(0), channel(2), channel(4)];
}

export const relativeLuminance = ([r, g, b]: Rgb): number => 0.2126 * r + 0.7152 * g + 0.0722 * b;

/** WCAG contrast ratio, 1..21. AA asks 4.5 for body text, 3 for large text and UI parts. */
export function contrastRatio(a: string, b: string): number {
  const [dark, light] = [relativeLuminance(hexToLinear(a)), relativeLuminance(hexToLinear(b))].sort((x, y) => x - y);
  return (light! + 0.05) / (dark! + 0.05);
}

export type Deficiency = 'protanopia' | 'deuteranopia' | 'tritanopia';

const MACHADO: Record<Deficiency, readonly Rgb[]> = {
  protanopia: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
  ],
  deuteranopia: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881],
  ],
  tritanopia: [
    [1.255528, -0.076749, -0.178779],
    [-0.078411, 0.930809, 0.147602],
    [0.004733, 0.691367, 0.3039],
  ],
};

const clamp01 = (x: number) => Math.min(1, Math.max(0, x));

/** How a colour looks with the given deficiency, in linear RGB. */
export function simulate(rgb: Rgb, deficiency: Deficiency): Rgb {
  const m = MACHADO[deficiency];
  const row = (i: number) => clamp01(m[i]![0] * rgb[0] + m[i]![1] * rgb[1] + m[i]![2] * rgb[2]);
  return [row(0), row(1), row(2)];
}

/** Linear RGB to CIELAB (D65). */
export function toLab([r, g, b]: Rgb): Rgb {
  const x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047;
  const y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  const z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
  const f = (t: number) => (t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16 / 116);
  return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))];
}

/** CIE76 colour difference; above about 10 two colours read as clearly different. */
export const deltaE = (a: Rgb, b: Rgb): number => Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]);

/** The closest pair of `colours`, seen with normal vision or the given deficiency. */
export function minDistance(colours: readonly string[], deficiency?: Deficiency): number {
  const labs = colours.map((c) => {
    const rgb = hexToLinear(c);
    return toLab(deficiency ? simulate(rgb, deficiency) : rgb);
  });
  let min = Infinity;
  for (let i = 0; i < labs.length; i++) for (let j = i + 1; j < labs.length; j++) min = Math.min(min, deltaE(labs[i]!, labs[j]!));
  return min;
}
