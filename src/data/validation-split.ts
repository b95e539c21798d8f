import type { ImageSet } from './types';

/**
 * The training set split for a run: the last `validationSize` images are held
 * out (never trained on, scored after each epoch for the Calibration lesson), and
 * training uses the first images before them, at most `trainLimit` of them. The
 * held-out block is fixed, not drawn at random, so every run holds out the same
 * images, and a link's `train=n` keeps meaning "the first n images".
 */
export interface TrainingSplit {
  trainCount: number;
  /** Index of the first held-out image; the held-out block runs to the end of the set. */
  validationStart: number;
  validationCount: number;
}

export function trainingSplit(total: number, validationSize: number, trainLimit?: number): TrainingSplit {
  if (!Number.isInteger(validationSize) || validationSize < 0) {
    throw new RangeError(`the validation size must be a whole number ≥ 0, got ${validationSize}`);
  }
  if (validationSize >= total) {
    throw new RangeError(`a validation set of ${validationSize} images leaves none of the ${total} training images to train on`);
  }
  const available = total - validationSize;
  return { trainCount: Math.min(trainLimit ?? available, available), validationStart: available, validationCount: validationSize };
}

/** The held-out images as an ImageSet of their own: views into the training set, no copy. */
export function heldOutImages(train: ImageSet, split: TrainingSplit): ImageSet {
  const pixels = train.rows * train.cols;
  const { validationStart: start, validationCount: count } = split;
  return {
    images: train.images.subarray(start * pixels, (start + count) * pixels),
    labels: train.labels.subarray(start, start + count),
    count,
    rows: train.rows,
    cols: train.cols,
  };
}
