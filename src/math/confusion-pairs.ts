import type { ConfusionMatrix } from './metrics';
import { MathInputError } from './validate';

/** Two classes and how often the model took one for the other, both ways. */
export interface ConfusedPair {
  /** The smaller class id. */
  a: number;
  b: number;
  /** C[a][b] + C[b][a]. */
  count: number;
  /** C[a][b]: true a predicted as b. */
  aAsB: number;
  /** C[b][a]: true b predicted as a. */
  bAsA: number;
}

/**
 * Every unordered pair of classes by how often the model confused them, most
 * first (ties in class order): the pairs a confusion matrix shows as its
 * brightest off-diagonal cells, read both ways.
 */
export function confusedPairs(matrix: ConfusionMatrix): ConfusedPair[] {
  const q = matrix.length;
  if (matrix.some((row) => row.length !== q)) throw new MathInputError('a confusion matrix must be square');
  const pairs: ConfusedPair[] = [];
  for (let a = 0; a < q; a++) {
    for (let b = a + 1; b < q; b++) {
      const aAsB = matrix[a]![b]!;
      const bAsA = matrix[b]![a]!;
      pairs.push({ a, b, count: aAsB + bAsA, aAsB, bAsA });
    }
  }
  return pairs.sort((x, y) => y.count - x.count || x.a - y.a || x.b - y.b);
}

/** The 0-based rank of the pair {a, b} in confusedPairs order; -1 when it is not a pair of the matrix. */
export function pairRank(pairs: readonly ConfusedPair[], a: number, b: number): number {
  const [lo, hi] = a < b ? [a, b] : [b, a];
  return pairs.findIndex((p) => p.a === lo && p.b === hi);
}
