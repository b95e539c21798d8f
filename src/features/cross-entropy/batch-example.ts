import { batchCrossEntropy, batchLikelihood, normalizeDistribution } from '@/math/cross-entropy';
import { batchAccuracy } from '@/math/metrics';
import { argmax } from '@/math/softmax';

/**
 * The d2l batch example (y_hat[[0, 1], y]): a few predicted distributions with
 * their labels. The view edits a draft; only a valid draft is evaluated. A row must
 * itself sum to 1 (it is a softmax output): the view does not rescale it silently,
 * it offers a button that does.
 */
export interface BatchDraft {
  rows: number[][];
  labels: number[];
}

export const BATCH_CLASSES = 3;
export const BATCH_MIN_ROWS = 1;
export const BATCH_MAX_ROWS = 4;
/** How far a row's sum may stray from 1 (typing 0.1 + 0.2 + 0.7 is not exactly 1 in floating point). */
export const ROW_SUM_TOLERANCE = 1e-6;

/** d2l's own numbers: y_hat = [[0.1, 0.3, 0.6], [0.3, 0.2, 0.5]], y = [0, 2]. */
export const D2L_BATCH: BatchDraft = {
  rows: [
    [0.1, 0.3, 0.6],
    [0.3, 0.2, 0.5],
  ],
  labels: [0, 2],
};

export interface RowProblem {
  /** 0-based row. */
  row: number;
  sum: number;
}

export interface BatchResult {
  ok: true;
  /** ŷ⁽ⁱ⁾ at y⁽ⁱ⁾ per row. */
  picked: number[];
  /** −log of each picked probability, nats. */
  losses: number[];
  /** P(Y | X) = Π picked. */
  likelihood: number;
  /** −log P(Y | X) = Σ losses, nats. */
  total: number;
  /** The mean cross-entropy, total / n, nats. */
  mean: number;
  /** argmax of each row, the first on ties. */
  predicted: number[];
  /** Fraction of rows whose argmax is the label. */
  accuracy: number;
}

export type BatchEvaluation = BatchResult | { ok: false; problems: RowProblem[] };

/** Each row must be a distribution (cells are already checked to lie in [0, 1]); then the likelihood, the loss and the accuracy. */
export function evaluateBatch(draft: BatchDraft): BatchEvaluation {
  const problems: RowProblem[] = [];
  draft.rows.forEach((row, i) => {
    const sum = row.reduce((a, b) => a + b, 0);
    if (Math.abs(sum - 1) > ROW_SUM_TOLERANCE || row.some((v) => !(v >= 0 && v <= 1))) problems.push({ row: i, sum });
  });
  if (problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    ...batchCrossEntropy(draft.rows, draft.labels),
    likelihood: batchLikelihood(draft.rows, draft.labels),
    predicted: draft.rows.map((row) => argmax(row)),
    accuracy: batchAccuracy(draft.rows, draft.labels),
  };
}

/** Row r divided by its sum, so it sums to 1 again; unchanged when the row is all zeros or invalid. */
export function normalizeRow(draft: BatchDraft, row: number): BatchDraft {
  const values = draft.rows[row];
  if (!values || !values.every((v) => v >= 0 && Number.isFinite(v)) || !values.some((v) => v > 0)) return draft;
  const scaled = normalizeDistribution(values);
  return { ...draft, rows: draft.rows.map((r, i) => (i === row ? scaled : r)) };
}

export const setCell = (draft: BatchDraft, row: number, col: number, value: number): BatchDraft => ({
  ...draft,
  rows: draft.rows.map((r, i) => (i === row ? r.map((v, j) => (j === col ? value : v)) : r)),
});

export const setLabel = (draft: BatchDraft, row: number, label: number): BatchDraft => ({
  ...draft,
  labels: draft.labels.map((l, i) => (i === row ? label : l)),
});

/** A new row starts as a valid distribution, so adding one never shows an error. */
export const addRow = (draft: BatchDraft): BatchDraft =>
  draft.rows.length >= BATCH_MAX_ROWS
    ? draft
    : {
        rows: [...draft.rows, [0.2, 0.3, 0.5]],
        labels: [...draft.labels, 0],
      };

export const removeRow = (draft: BatchDraft): BatchDraft =>
  draft.rows.length <= BATCH_MIN_ROWS
    ? draft
    : { rows: draft.rows.slice(0, -1), labels: draft.labels.slice(0, -1) };
