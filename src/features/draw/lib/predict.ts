import type { LinearModel } from '@/math/linear-eval';
import { linearLogits, scaleInput } from '@/math/linear-model';
import { probabilitiesAt } from '@/math/metrics';
import { argmax, softmax } from '@/math/softmax';
import type { ModelWeights } from '@/domain/training-events';

/** Softmax regression as the page runs it, with the input scaling its training used. */
export interface DrawModel extends LinearModel {
  offset: Float32Array;
  scale: Float32Array;
}

/** 'unit' scaling (x = byte / 255), for weights that do not say how their inputs were scaled. */
function unitScaling(pixels: number) {
  return { offset: new Float32Array(pixels), scale: new Float32Array(pixels).fill(1 / 255) };
}

export function drawModelOf(weights: ModelWeights, pixels: number): DrawModel {
  const classCount = weights.b.length;
  const { offset, scale } = weights.input ?? unitScaling(pixels);
  return { inputs: pixels, classes: classCount, W: weights.W, b: weights.b, offset, scale };
}

/**
 * The model's own logits for a test image, where the drawing is that image
 * unchanged: the evaluation that the Mistakes lesson shows.
 */
export interface EvaluatedRow {
  logits: Float32Array;
  classCount: number;
  row: number;
}

export interface DrawPrediction {
  /** The input as the model reads it, x = (byte − offset) · scale. */
  x: Float32Array;
  logits: number[];
  probs: number[];
  predicted: number;
  /** 'page': computed here from W and b; 'model': the evaluation's logits for this very test image. */
  source: 'page' | 'model';
  /** For 'model': the largest |o_page − o_model| over the classes, the page's arithmetic checked against the model's. */
  agreement: number | null;
}

/**
 * The prediction for the model's input bytes (null: nothing drawn, nothing
 * predicted). Logits o = xW + b computed on the page; when the picture is an
 * evaluated test image unchanged, the evaluation's own logits and the very
 * function the Mistakes lesson uses (probabilitiesAt), so the two lessons show
 * the same probabilities to the last digit, and the page's logits beside them
 * as a check (the GPU sums in float32, in its own order).
 */
export function predictDrawing(model: DrawModel, input: Uint8Array | null, evaluated: EvaluatedRow | null = null): DrawPrediction | null {
  if (!input) return null;
  const x = scaleInput(input, model.offset, model.scale);
  const pageLogits = linearLogits(model, x);
  const probs = evaluated && probabilitiesAt(evaluated.logits, evaluated.classCount, evaluated.row);
  if (evaluated && probs) {
    const { logits: all, classCount, row } = evaluated;
    const logits = Array.from(all.subarray(row * classCount, (row + 1) * classCount));
    const agreement = Math.max(...logits.map((o, c) => Math.abs(o - pageLogits[c]!)));
    return { x, logits, probs, predicted: argmax(logits), source: 'model', agreement };
  }
  return { x, logits: pageLogits, probs: softmax(pageLogits), predicted: argmax(pageLogits), source: 'page', agreement: null };
}

/** Whether two pictures have the same bytes. */
export function samePixels(a: ArrayLike<number>, b: ArrayLike<number>): boolean {
  if (a.length !== b.length) return false;
  for (let k = 0; k < a.length; k++) if (a[k] !== b[k]) return false;
  return true;
}

/** The class with the second-highest probability: the runner-up the student can compare with. */
export function runnerUp(probs: readonly number[]): number {
  const best = argmax(probs);
  let second = best === 0 ? 1 : 0;
  for (let c = 0; c < probs.length; c++) if (c !== best && probs[c]! > probs[second]!) second = c;
  return second;
}

/** The first misclassified test image after `after` (wrapping round), or null when there is none. */
export function nextMistake(predictions: ArrayLike<number>, labels: ArrayLike<number>, after: number | null): number | null {
  const n = Math.min(predictions.length, labels.length);
  const start = after === null ? 0 : after + 1;
  for (let k = 0; k < n; k++) {
    const i = (start + k) % n;
    if (predictions[i] !== labels[i]) return i;
  }
  return null;
}
