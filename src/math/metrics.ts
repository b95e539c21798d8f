import { argmax, softmax } from './softmax';
import { MathInputError } from './validate';

/**
 * Classification metrics over a labelled test set: the confusion matrix, the
 * accuracies read off it, and the list of misclassified examples that the
 * Mistakes lesson shows as a gallery. Shapes follow the worker's Evaluation:
 * labels and predictions (n), logits n × classCount row-major.
 */

/** C[t][p] = how many examples of true class t were predicted as class p. Rows are true classes. */
export type ConfusionMatrix = number[][];

function assertClassId(value: number, classCount: number, what: string, index: number): void {
  if (!Number.isInteger(value) || value < 0 || value >= classCount) {
    throw new MathInputError(`${what}[${index}] is ${String(value)}; class ids run from 0 to ${classCount - 1}`);
  }
}

function assertClassCount(classCount: number): void {
  if (!Number.isInteger(classCount) || classCount < 1) {
    throw new MathInputError(`classCount must be a positive integer, got ${String(classCount)}`);
  }
}

/**
 * Counts (true, predicted) pairs. Labels and predictions must have the same
 * length and hold class ids in 0..classCount−1; anything else throws, because a
 * matrix that silently drops examples would no longer sum to the test-set size.
 */
export function confusionMatrix(
  labels: ArrayLike<number>,
  predictions: ArrayLike<number>,
  classCount: number,
): ConfusionMatrix {
  assertClassCount(classCount);
  if (labels.length !== predictions.length) {
    throw new MathInputError(`labels and predictions differ in length (${labels.length} vs ${predictions.length})`);
  }
  const matrix = Array.from({ length: classCount }, () => new Array<number>(classCount).fill(0));
  for (let i = 0; i < labels.length; i++) {
    const t = labels[i]!;
    const p = predictions[i]!;
    assertClassId(t, classCount, 'labels', i);
    assertClassId(p, classCount, 'predictions', i);
    matrix[t]![p]! += 1;
  }
  return matrix;
}

/** Σ_t Σ_p C[t][p]: the number of examples counted. */
export function matrixTotal(matrix: ConfusionMatrix): number {
  return matrix.reduce((sum, row) => sum + row.reduce((a, b) => a + b, 0), 0);
}

/** Σ_c C[c][c]: the correctly classified examples. */
export function matrixDiagonal(matrix: ConfusionMatrix): number {
  return matrix.reduce((sum, row, c) => sum + (row[c] ?? 0), 0);
}

/** Diagonal over total; null for an empty matrix, where accuracy is undefined. */
export function overallAccuracy(matrix: ConfusionMatrix): number | null {
  const total = matrixTotal(matrix);
  return total === 0 ? null : matrixDiagonal(matrix) / total;
}

/**
 * Per-class accuracy (recall): C[c][c] / Σ_p C[c][p], the share of class c's
 * examples the model got right. null for a class with no examples.
 */
export function perClassAccuracy(matrix: ConfusionMatrix): (number | null)[] {
  return matrix.map((row, c) => {
    const rowTotal = row.reduce((a, b) => a + b, 0);
    return rowTotal === 0 ? null : (row[c] ?? 0) / rowTotal;
  });
}

/**
 * Row-normalized rates R[t][p] = C[t][p] / Σ_q C[t][q]: of the examples whose
 * true class is t, the fraction predicted as p. Each non-empty row sums to 1;
 * an empty row stays all zeros rather than 0/0.
 */
export function rowNormalize(matrix: ConfusionMatrix): number[][] {
  return matrix.map((row) => {
    const rowTotal = row.reduce((a, b) => a + b, 0);
    return row.map((count) => (rowTotal === 0 ? 0 : count / rowTotal));
  });
}

/**
 * d2l's accuracy(y_hat, y) / len(y) on a batch of predicted distributions: the fraction of
 * rows whose argmax is the label. A tie goes to the first largest class, as torch.argmax
 * does, so a row tied between its label and an earlier class counts as wrong.
 * Shapes: predictions (n × q), labels (n).
 */
export function batchAccuracy(predictions: ReadonlyArray<ArrayLike<number>>, labels: ArrayLike<number>): number {
  if (predictions.length === 0) throw new MathInputError('batch must not be empty');
  if (predictions.length !== labels.length) {
    throw new MathInputError(`batch: ${predictions.length} predictions but ${labels.length} labels`);
  }
  let correct = 0;
  predictions.forEach((row, i) => {
    assertClassId(labels[i]!, row.length, 'labels', i);
    if (argmax(row) === labels[i]) correct += 1;
  });
  return correct / predictions.length;
}

/** One misclassified example. */
export interface Mistake {
  /** 0-based position in the test set. */
  index: number;
  trueClass: number;
  predClass: number;
  /**
   * softmax(logits)[predClass]: how sure the model was of its wrong answer.
   * NaN when the logits are not finite (a diverged model).
   */
  confidence: number;
}

function logitRow(logits: ArrayLike<number>, classCount: number, row: number): number[] {
  const out = new Array<number>(classCount);
  for (let j = 0; j < classCount; j++) out[j] = logits[row * classCount + j]!;
  return out;
}

/** The probabilities of one example, softmax of its row of logits; null when a logit is not finite. */
export function probabilitiesAt(logits: ArrayLike<number>, classCount: number, row: number): number[] | null {
  const z = logitRow(logits, classCount, row);
  return z.every(Number.isFinite) ? softmax(z) : null;
}

/**
 * softmax(row)[target], the max subtracted, without building the row's arrays:
 * a test set has thousands of mistakes, and this runs on the page's thread after
 * every epoch. NaN when a logit of the row is not finite.
 */
function probabilityOf(logits: ArrayLike<number>, classCount: number, row: number, target: number): number {
  const base = row * classCount;
  let max = -Infinity;
  for (let j = 0; j < classCount; j++) {
    const z = logits[base + j]!;
    if (!Number.isFinite(z)) return NaN;
    if (z > max) max = z;
  }
  let sum = 0;
  for (let j = 0; j < classCount; j++) sum += Math.exp(logits[base + j]! - max);
  return Math.exp(logits[base + target]! - max) / sum;
}

/**
 * Every example whose prediction differs from its label, in test-set order,
 * with the probability the model gave its (wrong) prediction. Only the
 * mistakes' rows go through softmax, so thousands of test examples stay cheap.
 */
export function findMistakes(
  labels: ArrayLike<number>,
  predictions: ArrayLike<number>,
  logits: ArrayLike<number>,
  classCount: number,
): Mistake[] {
  assertClassCount(classCount);
  if (labels.length !== predictions.length) {
    throw new MathInputError(`labels and predictions differ in length (${labels.length} vs ${predictions.length})`);
  }
  if (logits.length !== labels.length * classCount) {
    throw new MathInputError(
      `logits must hold ${labels.length} × ${classCount} = ${labels.length * classCount} values, got ${logits.length}`,
    );
  }
  const mistakes: Mistake[] = [];
  for (let i = 0; i < labels.length; i++) {
    const trueClass = labels[i]!;
    const predClass = predictions[i]!;
    assertClassId(trueClass, classCount, 'labels', i);
    assertClassId(predClass, classCount, 'predictions', i);
    if (trueClass === predClass) continue;
    mistakes.push({ index: i, trueClass, predClass, confidence: probabilityOf(logits, classCount, i, predClass) });
  }
  return mistakes;
}

export type MistakeOrder = 'confidence' | 'index';

/**
 * A sorted copy. 'confidence': the most confident mistakes first (ties by test
 * index, NaN last), the ones that show what the model confidently believes
 * wrongly. 'index': test-set order.
 */
export function sortMistakes(mistakes: readonly Mistake[], order: MistakeOrder): Mistake[] {
  const byIndex = (a: Mistake, b: Mistake) => a.index - b.index;
  if (order === 'index') return [...mistakes].sort(byIndex);
  return [...mistakes].sort((a, b) => {
    const aNaN = Number.isNaN(a.confidence);
    const bNaN = Number.isNaN(b.confidence);
    if (aNaN !== bNaN) return aNaN ? 1 : -1;
    if (!aNaN && a.confidence !== b.confidence) return b.confidence - a.confidence;
    return byIndex(a, b);
  });
}

/** A filter on the true and the predicted class; null means any class. */
export interface MistakeFilter {
  trueClass: number | null;
  predClass: number | null;
}

export function filterMistakes(mistakes: readonly Mistake[], filter: MistakeFilter): Mistake[] {
  return mistakes.filter(
    (m) =>
      (filter.trueClass === null || m.trueClass === filter.trueClass) &&
      (filter.predClass === null || m.predClass === filter.predClass),
  );
}
