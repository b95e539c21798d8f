import { logSumExp } from './softmax';
import { MathInputError, assertFiniteVector } from './validate';

/**
 * The logit o_c that gives class c the probability p, the other logits kept:
 * softmax(o)_c = e^{o_c} / (e^{o_c} + S) with S = Σ_{j≠c} e^{o_j}, so
 *   o_c = log(p / (1 − p)) + log S = logit(p) + LSE(o without c).
 */
export function logitForProbability(logits: ArrayLike<number>, c: number, p: number): number {
  assertFiniteVector(logits, 'logits');
  if (logits.length < 2) throw new MathInputError('at least two classes are needed');
  if (!Number.isInteger(c) || c < 0 || c >= logits.length) throw new MathInputError(`class ${String(c)} is not among the logits`);
  if (!(p > 0 && p < 1)) throw new MathInputError(`probability must lie strictly between 0 and 1, got ${String(p)}`);
  const others = Array.from(logits).filter((_, j) => j !== c);
  return Math.log(p) - Math.log1p(-p) + logSumExp(others);
}

/** The logits with o_c replaced so that softmax gives class c probability p. */
export function withProbability(logits: ArrayLike<number>, c: number, p: number): number[] {
  const oc = logitForProbability(logits, c, p);
  return Array.from(logits, (o, j) => (j === c ? oc : o));
}
