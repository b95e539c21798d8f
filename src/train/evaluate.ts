import * as tf from '@tensorflow/tfjs-core';
import { orderedBatches } from '@/data/epoch-order';
import type { FashionMnist, ImageSet } from '@/data/types';
import { heldOutImages, type TrainingSplit } from '@/data/validation-split';
import { accuracy, argmaxRows } from '@/math/training-metrics';
import type { InputScaling } from '@/domain/training-config';
import type { Evaluation, ModelWeights } from '@/domain/training-events';
import { batchMetrics } from './batch-metrics';
import { fillImages, type Scaler } from './batch-fill';
import { CLASS_COUNT, PIXELS, forward, type Params } from './model-params';
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
    for (const { start, end } of orderedBatches(this.count, TEST_CHUNK)) {
      const rows = end - start;
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

/** Held-out images to score beside the test set, and their labels. */
export interface HeldOutImages {
  images: TestImages;
  labels: Uint8Array;
}

/** The model's logits for every uploaded chunk, read back asynchronously into one copy of their own. */
async function logitsOf(params: Params, images: TestImages): Promise<Float32Array> {
  // Uploaded outside tf.tidy, which would dispose them with the intermediates.
  const chunks = images.tensors();
  const logitsTensor = tf.tidy(() => tf.concat(chunks.map((chunk) => forward(params, chunk)), 0));
  const logits = new Float32Array((await logitsTensor.data()) as Float32Array);
  logitsTensor.dispose();
  return logits;
}

/**
 * Logits, predictions, accuracy and mean cross-entropy on the test subset, read
 * back asynchronously; for softmax regression also a copy of W (a copy, because
 * the arrays are transferred to the page and must not be the backend's own memory);
 * and the held-out validation images' logits when there are any.
 * The loss is computed from the logits already read back: no second pass.
 */
export async function evaluate(
  params: Params,
  testImages: TestImages,
  labels: Uint8Array,
  epochsDone: number,
  validation: HeldOutImages | null = null,
): Promise<Evaluation> {
  const logits = await logitsOf(params, testImages);
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
    validation: validation && {
      count: validation.labels.length,
      logits: await logitsOf(params, validation.images),
      labels: validation.labels.slice(),
    },
  };
}

/** Softmax regression's W and b, copied out of the backend (they travel to the page); null for the MLP. */
export async function readWeights(
  params: Params,
  epochsDone: number,
  input?: { scaling: InputScaling; scaler: Scaler },
): Promise<ModelWeights | null> {
  if (params.kind !== 'softmax') return null;
  const [W, b] = await Promise.all([params.W.data(), params.b.data()]);
  return {
    epoch: epochsDone,
    W: new Float32Array(W as Float32Array),
    b: new Float32Array(b as Float32Array),
    // Copies: the scaler stays in use for the rest of the run, and these are transferred.
    ...(input && { input: { scaling: input.scaling, offset: input.scaler.offset.slice(), scale: input.scaler.scale.slice() } }),
  };
}

/**
 * What a run scores its model on: the first `testLimit` test images (all of them
 * when undefined) and, when the run holds some out, the held-out training images;
 * each uploaded at its first evaluation and kept for the others.
 */
export class EvaluationSets {
  readonly testCount: number;
  private readonly test: TestImages;
  private readonly testLabels: Uint8Array;
  private readonly validation: HeldOutImages | null;

  constructor(data: FashionMnist, split: TrainingSplit, testLimit: number | undefined, scaler: Scaler) {
    this.testCount = Math.min(testLimit ?? data.test.count, data.test.count);
    this.test = new TestImages(data.test, this.testCount, scaler);
    this.testLabels = data.test.labels.subarray(0, this.testCount);
    const heldOut = heldOutImages(data.train, split);
    this.validation = split.validationCount > 0 ? { images: new TestImages(heldOut, heldOut.count, scaler), labels: heldOut.labels } : null;
  }

  /** The model after `epochsDone` epochs on the test set and on the held-out images. */
  evaluate(params: Params, epochsDone: number): Promise<Evaluation> {
    return evaluate(params, this.test, this.testLabels, epochsDone, this.validation);
  }

  /** The model after `epochsDone` epochs on the test set only. */
  evaluateTestSet(params: Params, epochsDone: number): Promise<Evaluation> {
    return evaluate(params, this.test, this.testLabels, epochsDone);
  }

  dispose(): void {
    this.test.dispose();
    this.validation?.images.dispose();
  }
}
