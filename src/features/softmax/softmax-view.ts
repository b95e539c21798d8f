import { argmax, expOverflowThreshold, logSumExp, naiveSoftmaxSteps, softmaxSteps, type FloatFormat } from '@/math/softmax';
import { formatNumber } from '@/ui/format';

/**
 * Everything the playground shows about one softmax, computed once per change:
 * the views only format these numbers, so every figure on screen comes from here.
 */
export interface SoftmaxView {
  stable: boolean;
  /** The arithmetic's format: every intermediate below is a value of it. */
  floatFormat: FloatFormat;
  temperature: number;
  logits: number[];
  /** z / τ */
  scaled: number[];
  /** The subtracted maximum m = max(z / τ); 0 in the naive formula, which subtracts nothing. */
  shift: number;
  /** The exponentials actually summed: exp(z_j/τ − m), or exp(z_j/τ) when naive. */
  exps: number[];
  sum: number;
  probs: number[];
  /** Σ_j p_j as computed (1 up to rounding; NaN when the naive formula overflowed). */
  probSum: number;
  /** The largest logit's index; it is also the largest probability's. */
  top: number;
  /** True when the naive formula produced a non-finite number somewhere. */
  overflowed: boolean;
}

export function softmaxView(
  logits: number[],
  temperature: number,
  stable: boolean,
  floatFormat: FloatFormat = 'float64',
): SoftmaxView {
  const scaled = logits.map((z) => z / temperature);
  const steps = stable
    ? softmaxSteps(logits, temperature, floatFormat)
    : { ...naiveSoftmaxSteps(logits, temperature, floatFormat), shift: 0 };
  const probSum = steps.probs.reduce((a, b) => a + b, 0);
  const overflowed = !Number.isFinite(steps.sum) || steps.probs.some((p) => !Number.isFinite(p));
  return {
    stable,
    floatFormat,
    temperature,
    logits,
    scaled,
    shift: steps.shift,
    exps: steps.exps,
    sum: steps.sum,
    probs: steps.probs,
    probSum,
    top: argmax(logits),
    overflowed,
  };
}

/** Above this, Math.exp overflows to Infinity (the largest double is about 1.8 · 10^308). */
const EXP_OVERFLOW = expOverflowThreshold('float64');

/**
 * e^x written as mantissa · 10^exponent, exact even where Math.exp(x) overflows:
 * log10(e^x) = x · log10(e). So the table can say what exp(1000) really is.
 */
export function expScientific(x: number): { mantissa: number; exponent: number } {
  const log10 = x * Math.LOG10E;
  let exponent = Math.floor(log10);
  let mantissa = 10 ** (log10 - exponent);
  // Rounding to 4 places can give 10.0000; carry it into the exponent.
  if (Number(mantissa.toFixed(4)) >= 10) {
    mantissa /= 10;
    exponent += 1;
  }
  return { mantissa, exponent };
}

/** True when e^x does not fit in a 64-bit float. */
export const expOverflows = (x: number): boolean => x > EXP_OVERFLOW;

/** e^x for the table: plain where it fits, scientific where large, exact past the float range. */
export function formatExp(x: number): string {
  if (!expOverflows(x)) return formatNumber(Math.exp(x));
  const { mantissa, exponent } = expScientific(x);
  return `${mantissa.toFixed(4)}e+${exponent}`;
}

/** The log-sum-exp facts beside the temperature: LSE(z) ≥ max z, and τ·LSE(z/τ) → max z as τ → 0. */
export interface LseView {
  max: number;
  lse: number;
  /** τ · LSE(z / τ) at the current temperature. */
  tauLse: number;
  /** τ · LSE(z / τ) for shrinking τ, to watch it approach max z. */
  limit: { tau: number; value: number }[];
}

export const LSE_LIMIT_TAUS = [1, 0.5, 0.1, 0.05, 0.01] as const;

export function lseView(logits: number[], temperature: number): LseView {
  const tauLse = (tau: number) => tau * logSumExp(logits.map((z) => z / tau));
  return {
    max: Math.max(...logits),
    lse: logSumExp(logits),
    tauLse: tauLse(temperature),
    limit: LSE_LIMIT_TAUS.map((tau) => ({ tau, value: tauLse(tau) })),
  };
}

/**
 * Where softmax(o/τ) goes as τ → 0: the classes that share the largest logit split
 * the probability equally, 1/k each for k of them, and every other class gets 0.
 * One largest logit takes it all (the one-hot argmax); ties do not pick one.
 */
export function coldLimit(logits: readonly number[]): { winners: number[]; share: number } {
  const max = Math.max(...logits);
  const winners = logits.flatMap((o, j) => (o === max ? [j] : []));
  return { winners, share: winners.length > 0 ? 1 / winners.length : 0 };
}

/** Adding c to every logit, refused (null) if a logit would leave ±limit. */
export function addConstant(logits: number[], c: number, limit = 1000): number[] | null {
  const shifted = logits.map((z) => z + c);
  return shifted.every((z) => Number.isFinite(z) && Math.abs(z) <= limit) ? shifted : null;
}

/** The largest |p_j − q_j|: how much a change moved any probability. */
export function maxAbsDifference(p: number[], q: number[]): number {
  let d = 0;
  for (let j = 0; j < Math.min(p.length, q.length); j++) d = Math.max(d, Math.abs(p[j]! - q[j]!));
  return d;
}

/** Logits for the "randomize" button: uniform in [−spread, spread], one decimal like the sliders. */
export function randomLogits(count: number, random: () => number, spread = 5): number[] {
  return Array.from({ length: count }, () => Math.round((random() * 2 - 1) * spread * 10) / 10);
}
