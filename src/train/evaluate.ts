import * as tf from '@tensorflow/tfjs-core';
import type { ImageSet } from '@/data/types';
import { accuracy, argmaxRows } from '@/math/training-metrics';
import type { Evaluation } from '@/workers/protocol';
import { batchMetrics } from './batch-metrics';
import { fillImages, type Scaler } from './batches';
import { CLASS_COUNT, PIXELS, forward, type Params } from './model';
import { uploadMatrix } from './packed-upload';

/** Rows per uploaded test chunk: small enough for any texture limit, few enough to be quick. */
const TEST_CHUNK = 2500;

/**
 * The scaled test images as tensors, uploaded at the first evaluation (epoch 0,
 * just before the first step) and kept for the others.
 */
export class TestImages {
  private chunks: tf.Tensor2D[] | null = null;

  constructor(
    private readonly test: ImageSet,
    private readonly count: number,
    private readonly scaler: Scaler,
  ) {}

  tensors(): tf.Tensor2D[] {
    if (this.chunks) return this.chunks;
    const chunks: tf.Tensor2D[] = [];
    for (let start = 0; start < this.count; start += TEST_CHUNK) {
      const rows = Math.min(TEST_CHUNK, this.count - start);
      const values = fillImages(this.test.images, null, start, rows, PIXELS, this.scaler, new Float32Array(rows * PIXELS));
      chunks.push(uploadMatrix(values, rows, PIXELS));
    }
    this.chunks = chunks;
    return chunks;
  }

  dispose(): void {
    for (const chunk of this.chunks ?? []) chunk.dispose();
    this.chunks = null;
  }
}

/**
 * Logits, predictions, accuracy and mean cross-entropy on the test subset, read
 * back asynchronously; for softmax regression also a copy of W (a copy, because
 * the arrays are transferred to the page and must not be the backend's own memory).
 * The loss is computed from the logits already read back: no second pass.
 */
export async function evaluate(params: Params, testImages: TestImages, labels: Uint8Array, epochsDone: number): Promise<Evaluation> {
  // Uploaded outside tf.tidy, which would dispose them with the intermediates.
  const chunks = testImages.tensors();
  const logitsTensor = tf.tidy(() => tf.concat(chunks.map((chunk) => forward(params, chunk)), 0));
  const logits = new Float32Array((await logitsTensor.data()) as Float32Array);
  logitsTensor.dispose();
  const predictions = argmaxRows(logits, CLASS_COUNT);
  const weights = params.kind === 'softmax' ? new Float32Array((await params.W.data()) as Float32Array) : null;
  return {
    epoch: epochsDone,
    testCount: predictions.length,
    classCount: CLASS_COUNT,
    logits,
    predictions,
    accuracy: accuracy(predictions, labels),
    loss: batchMetrics(logits, 0, labels.subarray(0, predictions.length), CLASS_COUNT).loss,
    weights,
  };
}
