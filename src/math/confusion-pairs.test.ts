import { describe, expect, it } from 'vitest';
import { confusedPairs, pairRank } from './confusion-pairs';
import { confusionMatrix } from './metrics';
import { MathInputError } from './validate';

describe('confusedPairs', () => {
  // T-shirt (0) and shirt (6) swapped 5 + 3 times, sandal (5) and sneaker (7) 4 + 0 times.
  const labels = [0, 0, 0, 0, 0, 6, 6, 6, 5, 5, 5, 5, 1, 0];
  const preds = [6, 6, 6, 6, 6, 0, 0, 0, 7, 7, 7, 7, 1, 0];
  const matrix = confusionMatrix(labels, preds, 10);

  it('reads the matrix both ways and puts the most confused pair first', () => {
    const pairs = confusedPairs(matrix);
    expect(pairs).toHaveLength(45);
    expect(pairs[0]).toEqual({ a: 0, b: 6, count: 8, aAsB: 5, bAsA: 3 });
    expect(pairs[1]).toEqual({ a: 5, b: 7, count: 4, aAsB: 4, bAsA: 0 });
    expect(pairs[2]!.count).toBe(0);
    // Ties keep class order.
    expect([pairs[2]!.a, pairs[2]!.b]).toEqual([0, 1]);
  });

  it('finds a pair’s rank either way round', () => {
    const pairs = confusedPairs(matrix);
    expect(pairRank(pairs, 6, 0)).toBe(0);
    expect(pairRank(pairs, 7, 5)).toBe(1);
    expect(pairRank(pairs, 3, 3)).toBe(-1);
  });

  it('refuses a matrix that is not square', () => {
    expect(() => confusedPairs([[1, 2]])).toThrow(MathInputError);
  });
});
