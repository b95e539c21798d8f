import { shuffledIndices } from '@/math/random';

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

export interface IndexRange {
  start: number;
  end: number;
}

/** Consecutive ranges [start, end) over `count` examples, in order (for evaluation). */
export function* orderedBatches(count: number, batchSize: number): Generator<IndexRange> {
  checkBatchSize(batchSize);
  for (let start = 0; start < count; start += batchSize) yield { start, end: Math.min(start + batchSize, count) };
}

/** Minibatch `step` of an epoch over `count` examples: positions [start, end) in the epoch's order. */
export function batchRange(count: number, batchSize: number, step: number): IndexRange {
  checkBatchSize(batchSize);
  const start = step * batchSize;
  return { start, end: Math.min(start + batchSize, count) };
}

export function batchCount(count: number, batchSize: number): number {
  checkBatchSize(batchSize);
  return Math.ceil(count / batchSize);
}


function checkBatchSize(batchSize: number) {
  if (!Number.isInteger(batchSize) || batchSize < 1) throw new RangeError(`batch size must be a whole number ≥ 1, got ${batchSize}`);
}
