import { describe, expect, it } from 'vitest';
import { batchCount, batchRange, epochOrder, orderedBatches } from './epoch-order';

describe('an epoch of minibatches', () => {
  it('visits every example exactly once, with a smaller last batch', () => {
    const order = epochOrder(10, 42, 0);
    const batches = Array.from({ length: batchCount(10, 4) }, (_, step) => {
      const { start, end } = batchRange(10, 4, step);
      return Array.from(order.subarray(start, end));
    });
    expect(batches.map((b) => b.length)).toEqual([4, 4, 2]);
    expect(batches.flat().sort((a, b) => a - b)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it('is reproducible for a seed and epoch, and differs between epochs and seeds', () => {
    const order = (seed: number, epoch: number) => Array.from(epochOrder(1000, seed, epoch));
    expect(order(7, 3)).toEqual(order(7, 3));
    expect(order(7, 3)).not.toEqual(order(7, 4));
    expect(order(7, 3)).not.toEqual(order(8, 3));
    expect(order(7, 0)).not.toEqual(Array.from({ length: 1000 }, (_, i) => i));
  });

  it('rejects a batch size that is not a positive whole number', () => {
    expect(() => batchRange(10, 0, 0)).toThrow(RangeError);
    expect(() => batchCount(10, 2.5)).toThrow(RangeError);
  });
});

describe('orderedBatches', () => {
  it('covers the test set in order', () => {
    expect([...orderedBatches(5, 2)]).toEqual([
      { start: 0, end: 2 },
      { start: 2, end: 4 },
      { start: 4, end: 5 },
    ]);
    expect(batchCount(5, 2)).toBe(3);
    // The textbook's epoch: 60,000 / 256 keeps the last, smaller minibatch.
    expect(batchCount(60_000, 256)).toBe(235);
    expect(batchCount(512, 256)).toBe(2);
    expect(batchCount(1, 256)).toBe(1);
  });
});

