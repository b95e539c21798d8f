import { FLOAT32_MAX, FLOAT64_MAX, expOverflowThreshold, type FloatFormat } from '@/math/softmax';
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

/** How a student's estimate compares: within 5 %, within a factor of 10, or further off. */
export type GuessVerdict = 'close' | 'sameOrder' | 'off' | 'notPositive';

export interface GuessJudgement {
  verdict: GuessVerdict;
  /** log₁₀(guess / truth): how many powers of ten the guess is off; null for a guess ≤ 0. */
  orders: number | null;
}

/** Compares an estimate with the truth on a log scale, which is what matters for exp. */
export function judgeGuess(guess: number, truth: number): GuessJudgement {
  if (!(guess > 0) || !Number.isFinite(guess)) return { verdict: 'notPositive', orders: null };
  const orders = Math.log10(guess) - Math.log10(truth);
  const ratio = guess / truth;
  const verdict = Math.abs(ratio - 1) <= 0.05 ? 'close' : Math.abs(orders) < 1 ? 'sameOrder' : 'off';
  return { verdict, orders };
}
