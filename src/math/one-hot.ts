import { MathInputError, assertFiniteVector, assertSameLength } from './validate';

/**
 * The one-hot encoding of a label: a vector of q entries, 1 at the class's
 * (0-based) index and 0 elsewhere. y = oneHot(1, 3) = (0, 1, 0).
 * Throws unless q is a positive integer and 0 ≤ classIndex < q.
 */
export function oneHot(classIndex: number, q: number): number[] {
  if (!Number.isInteger(q) || q < 1) throw new MathInputError(`oneHot: q must be a positive integer, got ${String(q)}`);
  if (!Number.isInteger(classIndex) || classIndex < 0 || classIndex >= q) {
    throw new MathInputError(`oneHot: class index must be an integer in [0, ${q - 1}], got ${String(classIndex)}`);
  }
  return Array.from({ length: q }, (_, j) => (j === classIndex ? 1 : 0));
}

/** ‖a − b‖₂ = √Σⱼ (aⱼ − bⱼ)². Two different one-hot vectors are always √2 apart. */
export function euclideanDistance(a: ArrayLike<number>, b: ArrayLike<number>): number {
  assertFiniteVector(a, 'a');
  assertFiniteVector(b, 'b');
  assertSameLength(a, b, 'euclideanDistance');
  let sum = 0;
  for (let j = 0; j < a.length; j++) sum += (a[j]! - b[j]!) ** 2;
  return Math.sqrt(sum);
}
