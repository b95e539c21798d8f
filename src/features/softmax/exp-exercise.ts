import { FLOAT32_MAX, FLOAT64_MAX, expOverflowThreshold, type FloatFormat } from '@/math/softmax';
import type { NumberTolerance } from '@/ui/exercise-verdict';
import { expScientific } from './softmax-view';

/** The lecture's exercise (3.6, ex. 1): what is exp(50), and does it fit? */
export const EXP_EXERCISE_X = 50;

/** A number as mantissa · 10^exponent, for text such as 5.1847 × 10²¹. */
export interface Scientific {
  mantissa: number;
  exponent: number;
}

const SUPERSCRIPT_DIGITS = '⁰¹²³⁴⁵⁶⁷⁸⁹';

/** 5.1847 × 10²¹: the mantissa to 4 places, the exponent in superscript digits. */
export function formatScientific({ mantissa, exponent }: Scientific): string {
  const sup = String(Math.abs(exponent))
    .split('')
    .map((d) => SUPERSCRIPT_DIGITS[Number(d)])
    .join('');
  return `${mantissa.toFixed(4)} × 10${exponent < 0 ? '⁻' : ''}${sup}`;
}

function scientific(x: number): Scientific {
  const exponent = Math.floor(Math.log10(x));
  return { mantissa: x / 10 ** exponent, exponent };
}

export interface FormatLimit {
  format: FloatFormat;
  /** The largest finite number of the format. */
  max: Scientific;
  /** exp(x) overflows past x = ln(max). */
  threshold: number;
}

/** float64 and float32: each one's largest number and the x past which exp(x) overflows. */
export function formatLimits(): FormatLimit[] {
  const limit = (format: FloatFormat, max: number): FormatLimit => ({
    format,
    max: scientific(max),
    threshold: expOverflowThreshold(format),
  });
  return [limit('float64', FLOAT64_MAX), limit('float32', FLOAT32_MAX)];
}

export interface ExpAnswer {
  x: number;
  /** e^x, written exactly even past the float range. */
  value: Scientific;
  /** Each format's limits, and whether e^x fits in it. */
  limits: (FormatLimit & { fits: boolean })[];
}

/** The answer card's numbers: e^x, and for float64 and float32 whether it fits. */
export function expAnswer(x = EXP_EXERCISE_X): ExpAnswer {
  return { x, value: expScientific(x), limits: formatLimits().map((l) => ({ ...l, fits: x <= l.threshold })) };
}

/**
 * How far an estimate of e^x may be off: the order of magnitude is the point,
 * so distance is counted in powers of ten. Within 5 % is right, within a factor
 * of 10 close.
 */
export const EXP_TOLERANCE: NumberTolerance = { right: Math.log10(1.05), close: 1, scale: 'orders' };
