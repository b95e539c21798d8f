import { CLASS_COUNT } from '@/data/classes';
import type { ImageSet } from '@/data/types';
import type { SoftmaxWeights } from '@/data/weights-file';
import { linearLogitsInto, meanSoftmaxCrossEntropy, type LinearModel } from '@/math/linear-eval';
import { accuracy, argmaxRows } from '@/math/training-metrics';
import type { Evaluation } from '@/domain/training-events';

/** Rows per slice: about a millisecond of arithmetic each on a slow laptop. */
const ROWS_PER_SLICE = 50;
/** The page gets a turn at least this often while the rows are scored. */
export const SLICE_BUDGET_MS = 8;

export interface Pacing {
  /** Resolves in a later task, so input and rendering get a turn. */
  yieldToPage: () => Promise<void>;
  now: () => number;
  /** Checked between slices: the student loaded other weights meanwhile. */
  cancelled?: () => boolean;
  onProgress?: (rowsDone: number, rowsTotal: number) => void;
}

export class EvaluationCancelled extends Error {}

/** Logits of the first `count` images, scored in slices of at most SLICE_BUDGET_MS between turns for the page. */
async function logitsOf(images: ImageSet, count: number, model: LinearModel, pacing: Pacing, done: number, total: number): Promise<Float32Array> {
  const out = new Float32Array(count * model.classes);
  let sliceStart = pacing.now();
  for (let row = 0; row < count; row += ROWS_PER_SLICE) {
    if (pacing.now() - sliceStart >= SLICE_BUDGET_MS) {
      pacing.onProgress?.(done + row, total);
      await pacing.yieldToPage();
      if (pacing.cancelled?.()) throw new EvaluationCancelled('cancelled');
      sliceStart = pacing.now();
    }
    linearLogitsInto(images.images, row, Math.min(ROWS_PER_SLICE, count - row), model, out, row);
  }
  return out;
}

/**
 * A student's softmax-regression weights evaluated like a trained model: the first
 * `testCount` test images (as the runs' `test=` setting), and the held-out training
 * images when there are any, for the Calibration lesson. Inputs are pixels / 255,
 * as torchvision's ToTensor and this app's default scaling give them.
 */
export async function evaluateUploaded(
  weights: SoftmaxWeights,
  test: ImageSet,
  testCount: number,
  heldOut: ImageSet | null,
  fileName: string,
  pacing: Pacing,
): Promise<Evaluation> {
  const model: LinearModel = { W: weights.W, b: weights.b, inputs: test.rows * test.cols, classes: CLASS_COUNT };
  const count = Math.min(testCount, test.count);
  const total = count + (heldOut?.count ?? 0);
  const logits = await logitsOf(test, count, model, pacing, 0, total);
  const labels = test.labels.subarray(0, count);
  const predictions = argmaxRows(logits, CLASS_COUNT);
  const validation =
    heldOut && heldOut.count > 0
      ? { count: heldOut.count, logits: await logitsOf(heldOut, heldOut.count, model, pacing, count, total), labels: heldOut.labels.slice() }
      : null;
  pacing.onProgress?.(total, total);
  return {
    epoch: 0,
    testCount: count,
    classCount: CLASS_COUNT,
    logits,
    predictions,
    accuracy: accuracy(predictions, labels),
    loss: meanSoftmaxCrossEntropy(logits, labels, CLASS_COUNT),
    weights: weights.W,
    validation,
    uploaded: { fileName },
  };
}
