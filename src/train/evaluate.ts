import * as tf from '@tensorflow/tfjs-core';
import type { ImageSet } from '@/data/types';
import { accuracy, argmaxRows } from '@/math/training-metrics';
import type { Evaluation } from '@/workers/protocol';
import { fillImages, type Scaler } from './batches';
import { CLASS_COUNT, PIXELS, forward, type Params } from './model';
import { uploadMatrix } from './packed-upload';

/** Rows per uploaded test chunk: small enough for any texture limit, few enough to be quick. */
const TEST_CHUNK = 2500;

/** The scaled test images as tensors, uploaded once per run and kept for every evaluation. */
export function uploadTestSet(test: ImageSet, count: number, scaler: Scaler): tf.Tensor2D[] {
  const chunks: tf.Tensor2D[] = [];
  for (let start = 0; start < count; start += TEST_CHUNK) {
    const rows = Math.min(TEST_CHUNK, count - start);
    const values = fillImages(test.images, null, start, rows, PIXELS, scaler, new Float32Array(rows * PIXELS));
    chunks.push(uploadMatrix(values, rows, PIXELS));
  }
  return chunks;
}

/**
 * Logits, predictions and accuracy on the test subset, read back
 * asynchronously; for softmax regression also a copy of W (a copy, because the
 * arrays are transferred to the page and must not be the backend's own memory).
 */
export async function evaluate(
  params: Params,
  testChunks: tf.Tensor2D[],
  labels: Uint8Array,
  epochsDone: number,
): Promise<Evaluation> {
  const logitsTensor = tf.tidy(() => tf.concat(testChunks.map((chunk) => forward(params, chunk)), 0));
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
    weights,
  };
}
