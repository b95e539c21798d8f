import { describe, expect, it } from 'vitest';
import { BATCH_MAX_ROWS, D2L_BATCH, addRow, evaluateBatch, normalizeRow, removeRow, setCell, setLabel } from './batch-example';

describe('evaluateBatch', () => {
  it('reproduces the book’s example: picked [0.1, 0.5], mean loss 1.4979', () => {
    const result = evaluateBatch(D2L_BATCH);
    if (!result.ok) throw new Error('the d2l batch must be valid');
    expect(result.picked).toEqual([0.1, 0.5]);
    expect(result.losses.map((l) => l.toFixed(4))).toEqual(['2.3026', '0.6931']);
    expect(result.mean.toFixed(4)).toBe('1.4979');
  });

  it('reproduces the lecture’s likelihood 0.1 × 0.5 = 0.05 and accuracy 0.5', () => {
    const result = evaluateBatch(D2L_BATCH);
    if (!result.ok) throw new Error('the d2l batch must be valid');
    expect(result.likelihood.toFixed(4)).toBe('0.0500');
    expect(result.total.toFixed(4)).toBe('2.9957');
    expect(result.mean).toBeCloseTo(-Math.log(result.likelihood) / 2, 12);
    expect(result.predicted).toEqual([2, 2]);
    expect(result.accuracy.toFixed(4)).toBe('0.5000');
  });

  it('a zero on a label: likelihood 0, loss Infinity, accuracy unaffected', () => {
    const result = evaluateBatch(setCell(setCell(D2L_BATCH, 1, 2, 0), 1, 1, 0.7));
    if (!result.ok) throw new Error('valid');
    expect(result.likelihood).toBe(0);
    expect(result.mean).toBe(Infinity);
    expect(result.predicted).toEqual([2, 1]);
    expect(result.accuracy).toBe(0);
  });

  it('names every row that does not sum to 1', () => {
    const draft = setCell(setCell(D2L_BATCH, 0, 0, 0.5), 1, 2, 0.1);
    const result = evaluateBatch(draft);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => p.row)).toEqual([0, 1]);
    expect(result.problems[0]!.sum).toBeCloseTo(1.4, 12);
    expect(result.problems[1]!.sum).toBeCloseTo(0.6, 12);
  });

  it('accepts floating-point sums such as 0.1 + 0.2 + 0.7', () => {
    expect(evaluateBatch({ rows: [[0.1, 0.2, 0.7]], labels: [2] }).ok).toBe(true);
  });

  it('follows a changed label', () => {
    const result = evaluateBatch(setLabel(D2L_BATCH, 0, 2));
    if (!result.ok) throw new Error('valid');
    expect(result.picked).toEqual([0.6, 0.5]);
    expect(result.mean).toBeCloseTo((-Math.log(0.6) - Math.log(0.5)) / 2, 12);
  });

  it('gives an infinite loss when the label’s probability is 0', () => {
    const result = evaluateBatch({ rows: [[0, 0.5, 0.5]], labels: [0] });
    if (!result.ok) throw new Error('valid');
    expect(result.mean).toBe(Infinity);
  });
});

describe('editing the batch', () => {
  it('adds valid rows up to the limit and removes down to one', () => {
    let draft = D2L_BATCH;
    for (let i = 0; i < 10; i++) draft = addRow(draft);
    expect(draft.rows).toHaveLength(BATCH_MAX_ROWS);
    expect(draft.labels).toHaveLength(BATCH_MAX_ROWS);
    expect(evaluateBatch(draft).ok).toBe(true);
    for (let i = 0; i < 10; i++) draft = removeRow(draft);
    expect(draft.rows).toHaveLength(1);
  });

  it('rescales one row to sum to 1, and leaves an all-zero row alone', () => {
    const draft = setCell(D2L_BATCH, 0, 0, 0.5); // row 0: [0.5, 0.3, 0.6], sum 1.4
    const fixed = normalizeRow(draft, 0);
    expect(fixed.rows[0]!.map((v) => v.toFixed(4))).toEqual(['0.3571', '0.2143', '0.4286']);
    expect(fixed.rows[1]).toEqual(D2L_BATCH.rows[1]);
    expect(evaluateBatch(fixed).ok).toBe(true);
    const zeros = { rows: [[0, 0, 0]], labels: [0] };
    expect(normalizeRow(zeros, 0)).toBe(zeros);
  });

  it('never mutates the draft it was given', () => {
    const before = JSON.stringify(D2L_BATCH);
    setCell(D2L_BATCH, 0, 0, 0.9);
    setLabel(D2L_BATCH, 1, 1);
    addRow(D2L_BATCH);
    expect(JSON.stringify(D2L_BATCH)).toBe(before);
  });
});
