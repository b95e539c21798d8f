import { describe, expect, it } from 'vitest';
import { EpochMeter, type StepNote } from './epoch-meter';
import type { Readback } from './readback-queue';

/** A read-back of steps whose logits put `logit` on class 0 and 0 on the other nine. */
function readback(steps: { x: number; step: number; labels: number[]; logit: number; l2?: number }[], withPenalties = false): Readback<StepNote> {
  const rows = steps.flatMap((s) => s.labels.map(() => s.logit));
  const logits = new Float32Array(rows.length * 10);
  rows.forEach((logit, r) => (logits[r * 10] = logit));
  return {
    logits,
    penalties: withPenalties ? Float32Array.from(steps.map((s) => s.l2 ?? 0)) : null,
    meta: steps.map(({ x, step, labels }) => ({ x, step, labels: Uint8Array.from(labels) })),
  };
}

function meter() {
  const points: [number, number, number][] = [];
  return { points, meter: new EpochMeter((x, loss, l2) => points.push([x, loss, l2])) };
}

describe('EpochMeter', () => {
  it('sums loss and accuracy over examples, (λ/2)‖W‖² over steps, and plots each step', () => {
    const { points, meter: m } = meter();
    // All-zero logits: loss ln 10 for every row; argmax is class 0.
    m.add(readback([
      { x: 0.25, step: 1, labels: [0, 1, 2], logit: 0, l2: 0.5 },
      { x: 0.5, step: 2, labels: [0], logit: 0, l2: 0.25 },
    ], true));
    const summary = m.summary();
    expect(summary.loss).toBeCloseTo(Math.log(10), 6);
    // Rows right: the first of step 1 and the one of step 2, of 4.
    expect(summary.accuracy).toBe(0.5);
    expect(summary.l2).toBeCloseTo(0.375, 6);
    expect(points.map(([x]) => x)).toEqual([0.25, 0.5]);
    expect(points[0]![1]).toBeCloseTo(Math.log(10), 6);
    expect(points.map(([, , l2]) => l2)).toEqual([0.5, 0.25]);
    expect(m.divergence).toBeNull();
    // A new epoch starts from zero.
    m.startEpoch();
    expect(m.summary().loss).toBeNaN();
  });

  it('keeps the first diverged step, counts nothing after it, and plots only finite losses', () => {
    const { points, meter: m } = meter();
    m.add(readback([
      { x: 1.5, step: 3, labels: [0], logit: 0 },
      // Label 1 against a logit of 1e4 on class 0: a loss of 10,000, past EXPLODING_LOSS.
      { x: 1.75, step: 4, labels: [1], logit: 1e4 },
      { x: 2, step: 5, labels: [0], logit: NaN },
    ]));
    expect(m.divergence).toMatchObject({ type: 'diverged', epoch: 2, step: 4, reason: 'exploding' });
    expect(m.divergence!.loss).toBeCloseTo(1e4, 2);
    // The diverged step is counted (its loss is finite, so it is plotted); the NaN step after it is not.
    expect(points.map(([x]) => x)).toEqual([1.5, 1.75]);
    m.startEpoch();
    expect(m.divergence).not.toBeNull();
  });

  it('reports a NaN loss as not finite, on the epoch the step belongs to', () => {
    const { points, meter: m } = meter();
    // x = 1 is the last step of epoch 1, not the first of epoch 2.
    m.add(readback([{ x: 1, step: 10, labels: [0], logit: NaN }]));
    expect(m.divergence).toMatchObject({ epoch: 1, step: 10, reason: 'notFinite' });
    expect(points).toEqual([]);
  });
});
