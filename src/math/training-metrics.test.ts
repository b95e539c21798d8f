import { describe, expect, it } from 'vitest';
import { accuracy, addBatch, argmaxRows, emptyTotals, epochSummary, EXPLODING_LOSS, lossVerdict } from './training-metrics';

describe('lossVerdict', () => {
  it.each([
    [Math.log(10), 'ok'],
    [0, 'ok'],
    [EXPLODING_LOSS, 'ok'],
    [EXPLODING_LOSS * 1.01, 'exploding'],
    [3.2e6, 'exploding'],
    [NaN, 'notFinite'],
    [Infinity, 'notFinite'],
    [-Infinity, 'notFinite'],
  ])('%f is %s', (loss, verdict) => {
    expect(lossVerdict(loss)).toBe(verdict);
  });
});

describe('argmaxRows', () => {
  it('finds each row’s largest entry, the first on ties, skipping NaN', () => {
    const values = new Float32Array([0, 5, 1, /**/ 2, 2, 0, /**/ NaN, -1, -3, /**/ -1e30, -1e31, 1e30]);
    expect([...argmaxRows(values, 3)]).toEqual([1, 0, 1, 2]);
  });
  it('rejects ragged input', () => {
    expect(() => argmaxRows(new Float32Array(5), 3)).toThrow(RangeError);
    expect(() => argmaxRows(new Float32Array(3), 0)).toThrow(RangeError);
  });
});

describe('accuracy', () => {
  it('is the fraction of matches', () => {
    expect(accuracy([1, 2, 3, 4], [1, 2, 0, 4, 9])).toBe(0.75);
    expect(() => accuracy([], [])).toThrow(RangeError);
    expect(() => accuracy([1, 2], [1])).toThrow(RangeError);
  });
});

describe('epoch totals', () => {
  it('weights the loss by batch size, as a mean over examples', () => {
    let t = emptyTotals();
    t = addBatch(t, 2, 3, 4, 0.5);
    t = addBatch(t, 1, 2, 2, 0.1);
    const s = epochSummary(t);
    expect(s.loss).toBeCloseTo((2 * 4 + 1 * 2) / 6, 12);
    expect(s.accuracy).toBeCloseTo(5 / 6, 12);
    expect(s.l2).toBeCloseTo(0.3, 12);
    expect(Number.isNaN(epochSummary(emptyTotals()).loss)).toBe(true);
  });
});
