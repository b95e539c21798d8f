/** Thrown when a math function receives input it cannot give a meaningful answer for. */
export class MathInputError extends Error {
  override name = 'MathInputError';
}

/**
 * Rejects empty vectors and non-finite entries. Silent NaN propagation is the
 * worst failure for a teaching tool: a wrong number looks like a right one.
 */
export function assertFiniteVector(values: ArrayLike<number>, what = 'input'): void {
  if (values.length === 0) throw new MathInputError(`${what} must not be empty`);
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (!Number.isFinite(v)) {
      throw new MathInputError(`${what}[${i}] is ${String(v)}; every entry must be a finite number`);
    }
  }
}

export function assertSameLength(a: ArrayLike<number>, b: ArrayLike<number>, what: string): void {
  if (a.length !== b.length) {
    throw new MathInputError(`${what}: lengths differ (${a.length} vs ${b.length})`);
  }
}

/** A distribution: finite, non-negative entries summing to 1 (within `tolerance`). */
export function assertDistribution(p: ArrayLike<number>, what = 'distribution', tolerance = 1e-6): void {
  assertFiniteVector(p, what);
  let sum = 0;
  for (let i = 0; i < p.length; i++) {
    const v = p[i]!;
    if (v < 0) throw new MathInputError(`${what}[${i}] is negative (${v})`);
    sum += v;
  }
  if (Math.abs(sum - 1) > tolerance) {
    throw new MathInputError(`${what} must sum to 1, but sums to ${sum}`);
  }
}

export function assertPositiveFinite(value: number, what: string): void {
  if (!Number.isFinite(value) || value <= 0) {
    throw new MathInputError(`${what} must be a positive finite number, got ${String(value)}`);
  }
}
