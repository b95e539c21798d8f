import { shuffledIndices } from '@/math/random';
import type { ImageSet } from './types';

/**
 * Mini-batches for training: each epoch visits every training example exactly once
 * (sampling without replacement) in an order fixed by (seed, epoch), so a run can be
 * repeated, and resumed at any epoch, exactly. The test set is read in order.
 */

/** A seed per epoch, so epoch k's order does not depend on having drawn epochs 0..k−1. */
export function epochSeed(seed: number, epoch: number): number {
  // Multiplying by the golden-ratio constant spreads consecutive epochs over the 32-bit seed space.
  return (Math.imul(epoch + 1, 0x9e3779b9) ^ seed) >>> 0;
}

/** The order in which epoch `epoch` visits the `count` training examples. */
export function epochOrder(count: number, seed: number, epoch: number): Uint32Array {
  return shuffledIndices(count, epochSeed(seed, epoch));
}

/**
 * The index batches of one epoch: views into one shuffled order, `batchSize` each
 * except a smaller last one when `count` is not a multiple of it.
 */
export function* trainBatches(count: number, batchSize: number, seed: number, epoch: number): Generator<Uint32Array> {
  checkBatchSize(batchSize);
  const order = epochOrder(count, seed, epoch);
  for (let start = 0; start < count; start += batchSize) yield order.subarray(start, Math.min(start + batchSize, count));
}

export interface IndexRange {
  start: number;
  end: number;
}

/** Consecutive ranges [start, end) over `count` examples, in order (for evaluation). */
export function* orderedBatches(count: number, batchSize: number): Generator<IndexRange> {
  checkBatchSize(batchSize);
  for (let start = 0; start < count; start += batchSize) yield { start, end: Math.min(start + batchSize, count) };
}

export function batchCount(count: number, batchSize: number): number {
  checkBatchSize(batchSize);
  return Math.ceil(count / batchSize);
}

/** The first `n` examples of a split (the `train=` and `test=` link settings), as views, not copies. */
export function firstExamples(set: ImageSet, n: number): ImageSet {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`firstExamples: n must be a whole number ≥ 1, got ${n}`);
  const count = Math.min(n, set.count);
  const pixels = set.rows * set.cols;
  return {
    images: set.images.subarray(0, count * pixels),
    labels: set.labels.subarray(0, count),
    count,
    rows: set.rows,
    cols: set.cols,
  };
}

function checkBatchSize(batchSize: number) {
  if (!Number.isInteger(batchSize) || batchSize < 1) throw new RangeError(`batch size must be a whole number ≥ 1, got ${batchSize}`);
}
