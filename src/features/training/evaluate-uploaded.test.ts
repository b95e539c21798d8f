import { describe, expect, it } from 'vitest';
import type { ImageSet } from '@/data/types';
import { argmaxRows } from '@/math/training-metrics';
import { EvaluationCancelled, evaluateUploaded, SLICE_BUDGET_MS, type Pacing } from './evaluate-uploaded';

/** n 28 × 28 images: image i has pixel (i mod 784) white, so class = that pixel's favourite. */
function images(n: number): ImageSet {
  const pixels = new Uint8Array(n * 784);
  const labels = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    pixels[i * 784 + (i % 784)] = 255;
    labels[i] = i % 10;
  }
  return { images: pixels, labels, count: n, rows: 28, cols: 28 };
}

/** W that sends pixel p to class p mod 10, except pixels 700.. which it sends to class 0. */
const W = Float32Array.from({ length: 7840 }, (_, i) => {
  const p = Math.floor(i / 10);
  const c = i % 10;
  return c === (p >= 700 ? 0 : p % 10) ? 2 : 0;
});
const b = new Float32Array(10);

/** A clock that advances 1 ms per read: a slice boundary every few reads. */
function pacing(): Pacing & { turns: number } {
  let t = 0;
  const p = {
    turns: 0,
    now: () => (t += 1),
    yieldToPage: async () => {
      p.turns++;
    },
  };
  return p;
}

describe('evaluateUploaded', () => {
  it('scores the first testCount images like a trained model, labelled as uploaded', async () => {
    const test = images(1000);
    const evaluation = await evaluateUploaded({ W, b }, test, 784, null, 'weights.npz', pacing());
    expect(evaluation).toMatchObject({ epoch: 0, testCount: 784, classCount: 10, uploaded: { fileName: 'weights.npz' }, validation: null });
    // Images 700..783 go to class 0: right only for labels 0 (700, 710, …, 780: 9 of 84).
    expect(evaluation.accuracy).toBeCloseTo((700 + 9) / 784, 12);
    expect(evaluation.predictions).toEqual(argmaxRows(evaluation.logits, 10));
    expect(evaluation.logits[3 * 10 + 3]).toBeCloseTo(2, 6);
    expect(evaluation.weights).toBe(W);
    expect(evaluation.loss).toBeGreaterThan(0);
  });

  it('scores held-out images too, for the Calibration lesson', async () => {
    const evaluation = await evaluateUploaded({ W, b }, images(50), 50, images(20), 'w.npz', pacing());
    expect(evaluation.validation!.count).toBe(20);
    expect(evaluation.validation!.logits).toHaveLength(200);
    expect(Array.from(evaluation.validation!.labels)).toEqual(Array.from(images(20).labels));
  });

  it('gives the page a turn every few milliseconds, and can be cancelled between turns', async () => {
    const p = pacing();
    await evaluateUploaded({ W, b }, images(2000), 2000, null, 'w.npz', p);
    // 40 slices of 50 rows, one clock read each (1 ms), a turn every SLICE_BUDGET_MS reads.
    expect(p.turns).toBeGreaterThanOrEqual(Math.floor(40 / (SLICE_BUDGET_MS + 1)));
    await expect(evaluateUploaded({ W, b }, images(2000), 2000, null, 'w.npz', { ...pacing(), cancelled: () => true })).rejects.toThrow(
      EvaluationCancelled,
    );
  });
});
