/**
 * Plain-number training metrics, shared by the worker (which computes them from
 * read-back tensors) and the page (which shows them).
 */

/** The loss of a uniform guess over 10 classes, ln 10 ≈ 2.3026: where training starts. */
export const UNIFORM_LOSS_10 = Math.log(10);

/**
 * A loss this far above a uniform guess only happens when the steps overshoot
 * and the logits explode (at lr 1e5 the loss reaches millions while finite).
 */
export const EXPLODING_LOSS = 20 * UNIFORM_LOSS_10;

export type LossVerdict = 'ok' | 'notFinite' | 'exploding';

export function lossVerdict(loss: number, explodingAt = EXPLODING_LOSS): LossVerdict {
  if (!Number.isFinite(loss)) return 'notFinite';
  return loss > explodingAt ? 'exploding' : 'ok';
}

/** Row-wise argmax of a row-major count × classCount matrix; the first index on ties. */
export function argmaxRows(values: Float32Array, classCount: number): Uint8Array {
  if (!Number.isInteger(classCount) || classCount < 1 || classCount > 255) {
    throw new RangeError(`argmaxRows: classCount must be 1..255, got ${classCount}`);
  }
  if (values.length % classCount !== 0) {
    throw new RangeError(`argmaxRows: ${values.length} values do not make rows of ${classCount}`);
  }
  const rows = values.length / classCount;
  const out = new Uint8Array(rows);
  for (let r = 0; r < rows; r++) {
    let best = 0;
    let bestValue = values[r * classCount]!;
    for (let j = 1; j < classCount; j++) {
      const v = values[r * classCount + j]!;
      // NaN never wins, so a broken row still yields a class id.
      if (v > bestValue || (Number.isNaN(bestValue) && !Number.isNaN(v))) {
        best = j;
        bestValue = v;
      }
    }
    out[r] = best;
  }
  return out;
}

/** Fraction of predictions[i] === labels[i] over the first predictions.length labels. */
export function accuracy(predictions: ArrayLike<number>, labels: ArrayLike<number>): number {
  if (predictions.length === 0) throw new RangeError('accuracy: no predictions');
  if (labels.length < predictions.length) {
    throw new RangeError(`accuracy: ${predictions.length} predictions but only ${labels.length} labels`);
  }
  let correct = 0;
  for (let i = 0; i < predictions.length; i++) if (predictions[i] === labels[i]) correct++;
  return correct / predictions.length;
}

/** Running totals over one epoch's minibatches, as d2l's Accumulator keeps them. */
export interface EpochTotals {
  lossSum: number;
  l2Sum: number;
  correct: number;
  examples: number;
  steps: number;
}

export const emptyTotals = (): EpochTotals => ({ lossSum: 0, l2Sum: 0, correct: 0, examples: 0, steps: 0 });

/** Adds one minibatch (mean loss over `size` examples, `correct` of them right). */
export function addBatch(totals: EpochTotals, meanLoss: number, correct: number, size: number, l2 = 0): EpochTotals {
  return {
    lossSum: totals.lossSum + meanLoss * size,
    l2Sum: totals.l2Sum + l2,
    correct: totals.correct + correct,
    examples: totals.examples + size,
    steps: totals.steps + 1,
  };
}

/** Example-weighted mean loss and accuracy of the epoch so far; mean L2 term per step. */
export function epochSummary(totals: EpochTotals): { loss: number; accuracy: number; l2: number } {
  if (totals.examples === 0) return { loss: NaN, accuracy: NaN, l2: NaN };
  return {
    loss: totals.lossSum / totals.examples,
    accuracy: totals.correct / totals.examples,
    l2: totals.l2Sum / totals.steps,
  };
}
