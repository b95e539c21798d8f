import { batchCrossEntropy } from '@/math/cross-entropy';

/**
 * The d2l batch example (y_hat[[0, 1], y]): a few predicted distributions with
 * their labels. The view edits a draft; only a valid draft is evaluated.
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

export type BatchEvaluation =
  | { ok: true; picked: number[]; losses: number[]; mean: number }
  | { ok: false; problems: RowProblem[] };

/** Each row must be a distribution (cells are already checked to lie in [0, 1]); then pick and average. */
export function evaluateBatch(draft: BatchDraft): BatchEvaluation {
  const problems: RowProblem[] = [];
  draft.rows.forEach((row, i) => {
    const sum = row.reduce((a, b) => a + b, 0);
    if (Math.abs(sum - 1) > ROW_SUM_TOLERANCE || row.some((v) => !(v >= 0 && v <= 1))) problems.push({ row: i, sum });
  });
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, ...batchCrossEntropy(draft.rows, draft.labels) };
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
