import { MathInputError } from './validate';

/**
 * The accuracy of a model that always answers the most common class: the
 * baseline any classifier must beat. For Fashion-MNIST's test set, 1,000 images
 * of each of 10 classes, it is 0.1, the accuracy of the untrained model too.
 */
export function majorityAccuracy(counts: ArrayLike<number>): number {
  if (counts.length === 0) throw new MathInputError('counts must not be empty');
  let total = 0;
  let most = 0;
  for (let c = 0; c < counts.length; c++) {
    const n = counts[c]!;
    if (!Number.isInteger(n) || n < 0) throw new MathInputError(`counts[${c}] must be a count, got ${String(n)}`);
    total += n;
    most = Math.max(most, n);
  }
  if (total === 0) throw new MathInputError('counts are all zero');
  return most / total;
}
