import * as tf from '@tensorflow/tfjs-core';
import { batchCount, batchRange } from '@/data/epoch-order';
import type { ImageSet } from '@/data/types';
import { fillImages, fillOneHot, transposeInto, type Scaler } from './batch-fill';
import { CLASS_COUNT, PIXELS } from './model-params';
import { uploadMatrix } from './packed-upload';
import type { Batch } from './step';

/**
 * Whether batches go up with Xᵀ beside X: the one place that decides. WebAssembly
 * multiplies by an uploaded Xᵀ much faster than by a transposed read of X; on WebGL
 * the transposed read is free and a second upload is not (see Batch in step.ts).
 */
const uploadsTranspose = (): boolean => tf.getBackend() === 'wasm';

// One buffer for every Xᵀ: only WebAssembly gets one, and it copies an upload's values before returning.
let transposed = new Float32Array(0);

/** Uploads a batch as a step takes it: X (rows × 784, row-major), its one-hot Y (rows × 10), and Xᵀ where the backend wants it. */
export function uploadBatch(x: Float32Array, y: Float32Array, rows: number): Batch {
  const batch: Batch = { x: uploadMatrix(x, rows, PIXELS), y: uploadMatrix(y, rows, CLASS_COUNT), xT: null };
  if (uploadsTranspose()) {
    if (transposed.length < rows * PIXELS) transposed = new Float32Array(rows * PIXELS);
    batch.xT = uploadMatrix(transposeInto(x, rows, PIXELS, transposed), PIXELS, rows);
  }
  return batch;
}

export function disposeBatch(batch: Batch): void {
  tf.dispose([batch.x, batch.y, batch.xT ?? []]);
}

/**
 * The minibatches of a run, as the lecture's `for X, y in train_iter` hands them
 * out: batch `step` of an epoch holds the images order[step·n …] of the first
 * `count`, scaled, with their one-hot labels, uploaded. The last batch of an
 * epoch is smaller when n does not divide `count`. One pair of buffers serves
 * every batch, so an epoch allocates only the labels it keeps.
 */
export class BatchSource {
  /** n, the batch size: the one asked for, or all the images when there are fewer. */
  readonly size: number;
  /** Batches per epoch. */
  readonly steps: number;
  private readonly x: Float32Array;
  private readonly y: Float32Array;

  constructor(
    private readonly set: ImageSet,
    private readonly count: number,
    batchSize: number,
    private readonly scaler: Scaler,
  ) {
    this.size = Math.min(batchSize, count);
    this.steps = batchCount(count, this.size);
    this.x = new Float32Array(this.size * PIXELS);
    this.y = new Float32Array(this.size * CLASS_COUNT);
  }

  /** Batch `step` of the epoch that visits the images in `order`, uploaded, and its labels, to score its logits by later. */
  batch(order: ArrayLike<number>, step: number): { batch: Batch; labels: Uint8Array } {
    const { start, end } = batchRange(this.count, this.size, step);
    const rows = end - start;
    const x = fillImages(this.set.images, order, start, rows, PIXELS, this.scaler, this.x).subarray(0, rows * PIXELS);
    const y = fillOneHot(this.set.labels, order, start, rows, CLASS_COUNT, this.y);
    const labels = new Uint8Array(rows);
    for (let r = 0; r < rows; r++) labels[r] = this.set.labels[order[start + r]!]!;
    return { batch: uploadBatch(x, y, rows), labels };
  }
}
