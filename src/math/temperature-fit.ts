import { MathInputError } from './validate';

/**
 * Temperature scaling (Guo et al. 2017): one number τ > 0 divides every logit,
 * softmax(o / τ), chosen to minimise the mean negative log-likelihood on held-out
 * data. τ > 1 softens overconfident probabilities, τ < 1 sharpens underconfident
 * ones, and the argmax, hence the accuracy, never moves.
 */

/** The range searched: the Softmax lesson's temperature slider, so τ* can be shown there. */
export const TEMPERATURE_FIT_MIN = 0.05;
export const TEMPERATURE_FIT_MAX = 20;

/** Newton's method stops when a step changes 1/τ by less than this, relative. */
const STEP_TOLERANCE = 1e-10;
const MAX_STEPS = 60;

/**
 * The logits with each row's maximum subtracted (every entry ≤ 0) and the
 * shifted logit of each label: the parts of the NLL that do not depend on τ,
 * computed once for all the evaluations of a fit.
 */
export interface ShiftedLogits {
  shifted: Float64Array;
  shiftedTrue: Float64Array;
  classCount: number;
}

export function shiftLogits(logits: ArrayLike<number>, labels: ArrayLike<number>, classCount: number): ShiftedLogits {
  const n = labels.length;
  if (n === 0) throw new MathInputError('fitting a temperature needs at least one example');
  if (!Number.isInteger(classCount) || classCount < 2) throw new MathInputError(`classCount must be an integer ≥ 2, got ${classCount}`);
  if (logits.length !== n * classCount) throw new MathInputError(`logits must hold ${n} × ${classCount} values, got ${logits.length}`);
  const shifted = new Float64Array(n * classCount);
  const shiftedTrue = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const base = i * classCount;
    let max = -Infinity;
    for (let j = 0; j < classCount; j++) {
      const o = logits[base + j]!;
      if (!Number.isFinite(o)) throw new MathInputError(`logits[${base + j}] is ${String(o)}; every logit must be finite`);
      if (o > max) max = o;
    }
    for (let j = 0; j < classCount; j++) shifted[base + j] = logits[base + j]! - max;
    const label = labels[i]!;
    if (!Number.isInteger(label) || label < 0 || label >= classCount) throw new MathInputError(`labels[${i}] is ${label}`);
    shiftedTrue[i] = shifted[base + label]!;
  }
  return { shifted, shiftedTrue, classCount };
}

/**
 * Mean NLL at temperature τ: (1/n) Σ_i [log Σ_j exp(d_ij / τ) − d_iy / τ], with
 * d = o − max_j o_j, the stable log-sum-exp.
 */
export function meanNllAt({ shifted, shiftedTrue, classCount }: ShiftedLogits, temperature: number): number {
  const beta = 1 / temperature;
  const n = shiftedTrue.length;
  let total = 0;
  for (let i = 0; i < n; i++) {
    const base = i * classCount;
    let sum = 0;
    for (let j = 0; j < classCount; j++) sum += Math.exp(shifted[base + j]! * beta);
    total += Math.log(sum) - shiftedTrue[i]! * beta;
  }
  return total / n;
}

/**
 * The NLL as a function of β = 1/τ and its first two derivatives, in one pass:
 * with p_ij = softmax(β d_i)_j,
 *   f(β)  = mean_i [log Σ_j exp(β d_ij) − β d_iy]
 *   f′(β) = mean_i [E_p(d_i) − d_iy]
 *   f″(β) = mean_i Var_p(d_i) ≥ 0, so f is convex in β.
 */
export function nllDerivatives({ shifted, shiftedTrue, classCount }: ShiftedLogits, beta: number): { f: number; df: number; d2f: number } {
  const n = shiftedTrue.length;
  let f = 0;
  let df = 0;
  let d2f = 0;
  for (let i = 0; i < n; i++) {
    const base = i * classCount;
    let sum = 0;
    let first = 0;
    let second = 0;
    for (let j = 0; j < classCount; j++) {
      const d = shifted[base + j]!;
      const e = Math.exp(beta * d);
      sum += e;
      first += e * d;
      second += e * d * d;
    }
    const mean = first / sum;
    f += Math.log(sum) - beta * shiftedTrue[i]!;
    df += mean - shiftedTrue[i]!;
    d2f += Math.max(0, second / sum - mean * mean);
  }
  return { f: f / n, df: df / n, d2f: d2f / n };
}

export interface TemperatureFit {
  /** τ*, in [TEMPERATURE_FIT_MIN, TEMPERATURE_FIT_MAX]. */
  temperature: number;
  /** Mean NLL at τ* and at τ = 1, on the data fitted. */
  nll: number;
  nllAtOne: number;
  /** True when τ* sits at an end of the range (the minimum may lie beyond it). */
  atBound: boolean;
  /** Passes over the data the fit took. */
  evaluations: number;
}

/**
 * τ* = argmin_τ NLL(τ) over [min, max]: a one-dimensional optimisation on
 * β = 1/τ (log β = −log τ), where the NLL is convex, so its only stationary
 * point is the minimum. Safeguarded Newton: each step β − f′/f″ is kept inside
 * a bracket [lo, hi] on which f′ changes sign, else bisected, so it always
 * converges, and near the minimum it converges quadratically. About 10 passes
 * over the data; each is n × q exponentials.
 */
export function fitTemperature(
  logits: ArrayLike<number>,
  labels: ArrayLike<number>,
  classCount: number,
  range: { min?: number; max?: number } = {},
): TemperatureFit {
  const min = range.min ?? TEMPERATURE_FIT_MIN;
  const max = range.max ?? TEMPERATURE_FIT_MAX;
  if (!(min > 0) || !(max > min) || !Number.isFinite(max)) throw new MathInputError(`bad temperature range [${min}, ${max}]`);
  const data = shiftLogits(logits, labels, classCount);
  let evaluations = 0;
  const at = (beta: number) => {
    evaluations++;
    return nllDerivatives(data, beta);
  };
  const result = (beta: number, f: number, atBound: boolean): TemperatureFit => ({
    temperature: beta === 1 / min ? min : beta === 1 / max ? max : 1 / beta,
    nll: f,
    nllAtOne: meanNllAt(data, 1),
    atBound,
    evaluations: evaluations + 1,
  });
  let lo = 1 / max;
  let hi = 1 / min;
  // f′ increases with β (f is convex): its sign at the ends says whether the minimum is inside.
  const low = at(lo);
  if (low.df >= 0) return result(lo, low.f, true);
  const high = at(hi);
  if (high.df <= 0) return result(hi, high.f, true);
  let beta = Math.min(hi, Math.max(lo, 1));
  let point = at(beta);
  for (let step = 0; step < MAX_STEPS && point.df !== 0; step++) {
    if (point.df > 0) hi = beta;
    else lo = beta;
    let next = point.d2f > 0 ? beta - point.df / point.d2f : NaN;
    if (!(next > lo && next < hi)) next = Math.sqrt(lo * hi);
    const done = Math.abs(next - beta) <= STEP_TOLERANCE * beta;
    beta = next;
    point = at(beta);
    if (done) break;
  }
  return result(beta, point.f, false);
}
