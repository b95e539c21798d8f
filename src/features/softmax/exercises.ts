import { scaledLogSumExp, softMin } from '@/math/log-sum-exp';
import { argmax, logSumExp, softmax } from '@/math/softmax';
import type { NumberTolerance } from '@/ui/exercise-verdict';
import { addConstant, maxAbsDifference } from './softmax-view';
import { TEMPERATURE_STEPS, temperatureAt } from './temperature-scale';

/** The answers to the Softmax lesson's exercises, computed from the playground's numbers at reveal time. */

/** The slider's largest temperature: doubling stops there. */
export const TAU_MAX = temperatureAt(TEMPERATURE_STEPS);

/** A probability estimated by eye: within 0.02 is right, within 0.08 close. */
export const PROBABILITY_TOLERANCE: NumberTolerance = { right: 0.02, close: 0.08 };

export interface DoubleTauAnswer {
  tauBefore: number;
  tauAfter: number;
  /** The most likely class (the same before and after: τ keeps the order). */
  top: number;
  before: number;
  after: number;
  /** 1/q, where the distribution heads as τ grows. */
  uniform: number;
  scaledAfter: number[];
}

export function doubleTauAnswer(logits: number[], tau: number): DoubleTauAnswer {
  const tauAfter = Math.min(TAU_MAX, 2 * tau);
  const top = argmax(logits);
  return {
    tauBefore: tau,
    tauAfter,
    top,
    before: softmax(logits, tau)[top]!,
    after: softmax(logits, tauAfter)[top]!,
    uniform: 1 / logits.length,
    scaledAfter: logits.map((o) => o / tauAfter),
  };
}

export const SHIFT = 5;
export const SHIFT_CHOICES = ['same', 'sharper', 'flatter', 'all-up'] as const;
export type ShiftChoice = (typeof SHIFT_CHOICES)[number];

export interface ShiftAnswer {
  /** The shifted logits, or null where one would leave ±1000 (the playground's range). */
  shifted: number[] | null;
  /** The largest |Δp_j|. */
  change: number;
  /** e^c, the factor that cancels. */
  factor: number;
  outcome: Exclude<ShiftChoice, 'all-up'>;
}

/** What adding c to every logit does to the probabilities, measured: nothing, to rounding. */
export function shiftAnswer(logits: number[], tau: number, c = SHIFT): ShiftAnswer {
  const moved = logits.map((o) => o + c);
  const before = softmax(logits, tau);
  const after = softmax(moved, tau);
  const change = maxAbsDifference(before, after);
  const top = argmax(logits);
  const outcome = change < 1e-9 ? 'same' : after[top]! > before[top]! ? 'sharper' : 'flatter';
  return { shifted: addConstant(logits, c), change, factor: Math.exp(c), outcome };
}

export interface RealSoftMaxAnswer {
  q: number;
  max: number;
  min: number;
  lse: number;
  /** LSE(o) − max o, in (0, log q]. */
  gap: number;
  /** log q: the most the gap can be. */
  bound: number;
  /** λ⁻¹ LSE(λ o) for growing λ, approaching max o. */
  sharpened: { lambda: number; value: number }[];
  /** −LSE(−o), the soft minimum, and min o − softMin ≥ 0. */
  softMin: number;
}

export const LAMBDAS = [1, 2, 5, 10, 100] as const;

/** RealSoftMax tolerance: the gap is at most log q (about 2.3), so 0.02 is right and 0.1 close. */
export const GAP_TOLERANCE: NumberTolerance = { right: 0.02, close: 0.1 };

export function realSoftMaxAnswer(logits: number[]): RealSoftMaxAnswer {
  const max = Math.max(...logits);
  const lse = logSumExp(logits);
  return {
    q: logits.length,
    max,
    min: Math.min(...logits),
    lse,
    gap: lse - max,
    bound: Math.log(logits.length),
    sharpened: LAMBDAS.map((lambda) => ({ lambda, value: scaledLogSumExp(logits, lambda) })),
    softMin: softMin(logits),
  };
}
