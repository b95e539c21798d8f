import { describe, expect, it } from 'vitest';
import { batchCount, epochOrder, firstExamples, orderedBatches, trainBatches } from './batching';
import { parseIdxImages, parseIdxLabels } from './idx';
import { tinySplit } from './test-helpers';

describe('trainBatches', () => {
  it('visits every example exactly once per epoch, with a smaller last batch', () => {
    const batches = [...trainBatches(10, 4, 42, 0)];
    expect(batches.map((b) => b.length)).toEqual([4, 4, 2]);
    expect([...batches.flatMap((b) => Array.from(b))].sort((a, b) => a - b)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it('is reproducible for a seed and epoch, and differs between epochs and seeds', () => {
    const order = (seed: number, epoch: number) => Array.from(epochOrder(1000, seed, epoch));
    expect(order(7, 3)).toEqual(order(7, 3));
    expect(order(7, 3)).not.toEqual(order(7, 4));
    expect(order(7, 3)).not.toEqual(order(8, 3));
    expect(order(7, 0)).not.toEqual(Array.from({ length: 1000 }, (_, i) => i));
  });

  it('rejects a batch size that is not a positive whole number', () => {
    expect(() => [...trainBatches(10, 0, 1, 0)]).toThrow(RangeError);
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

describe('firstExamples', () => {
  it('limits a split to its first n examples as views', () => {
    const raw = tinySplit([5, 6, 7]);
    const { images, count, rows, cols } = parseIdxImages(raw.images, 'i');
    const set = { images, labels: parseIdxLabels(raw.labels, 'l', 10), count, rows, cols };
    const first = firstExamples(set, 2);
    expect(first.count).toBe(2);
    expect(Array.from(first.labels)).toEqual([5, 6]);
    expect(first.images.length).toBe(2 * 784);
    expect(first.images.buffer).toBe(raw.images.buffer);
    expect(firstExamples(set, 50).count).toBe(3);
    expect(() => firstExamples(set, 0)).toThrow(RangeError);
  });
});
