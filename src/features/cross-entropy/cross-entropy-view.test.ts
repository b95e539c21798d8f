import { describe, expect, it } from 'vitest';
import {
  naiveSoftmaxCrossEntropyHard,
  natsToBits,
  softmaxCrossEntropyGrad,
  softmaxCrossEntropyHard,
} from '@/math/cross-entropy';
import { logSumExp, softmax } from '@/math/softmax';
import { LOGIT_LIMIT } from '@/domain/playground-limits';
import {
  CURVE_Q_MIN,
  confidentlyWrongExample,
  curveMarker,
  inUnit,
  lossView,
  resolveLabel,
  softLabelProblem,
  stepLogits,
  surprisalAxisTop,
  surprisalCurve,
} from './cross-entropy-view';

const f4 = (xs: number[]): string[] => xs.map((x) => x.toFixed(4));

describe('lossView with logits [1, 2, 3]', () => {
  const label = resolveLabel('hard', 0, [1, 1, 1], 3);
  const view = lossView([1, 2, 3], label, true);

  it('shows the math core’s numbers to 4 places', () => {
    expect(f4(view.probs)).toEqual(['0.0900', '0.2447', '0.6652']);
    expect(view.label).toEqual([1, 0, 0]);
    expect(view.loss).toBe(softmaxCrossEntropyHard([1, 2, 3], 0));
    expect(view.loss.toFixed(4)).toBe('2.4076');
    expect(view.lse).toBe(logSumExp([1, 2, 3]));
    expect(view.lse.toFixed(4)).toBe('3.4076');
    expect(f4(view.grad)).toEqual(f4(softmaxCrossEntropyGrad([1, 2, 3], [1, 0, 0])));
    expect(f4(view.grad)).toEqual(['-0.9100', '0.2447', '0.6652']);
    expect(f4(view.surprisals)).toEqual(['2.4076', '1.4076', '0.4076']);
    expect(view.labelEntropy).toBeCloseTo(0, 12);
    expect(view.kl).toBeCloseTo(view.loss, 12);
  });

  it('gives the same numbers by the naive route while nothing underflows', () => {
    const naive = lossView([1, 2, 3], label, false);
    expect(naive.loss).toBeCloseTo(view.loss, 12);
    naive.surprisals.forEach((s, j) => expect(s).toBeCloseTo(view.surprisals[j]!, 12));
  });

  it('converts to bits', () => {
    expect(inUnit(view.loss, 'bits')).toBe(natsToBits(view.loss));
    expect(inUnit(view.loss, 'bits').toFixed(4)).toBe('3.4734');
    expect(inUnit(view.loss, 'nats')).toBe(view.loss);
  });
});

describe('lossView with a soft label', () => {
  it('gives H(p), H(p, ŷ) and KL = H(p, ŷ) − H(p) matching the math core', () => {
    const p = resolveLabel('soft', 0, [1, 1, 2], 3);
    expect(p).toEqual([0.25, 0.25, 0.5]);
    const view = lossView([1, 2, 3], p, true);
    const q = softmax([1, 2, 3]);
    const expectedCe = -(0.25 * Math.log(q[0]!) + 0.25 * Math.log(q[1]!) + 0.5 * Math.log(q[2]!));
    expect(view.loss).toBeCloseTo(expectedCe, 12);
    expect(view.labelEntropy).toBeCloseTo(1.5 * Math.LN2, 12);
    // KL(p‖ŷ) = Σ p_j log(p_j / ŷ_j), written out.
    expect(view.kl).toBeCloseTo(p.reduce((s, pj, j) => s + pj * Math.log(pj / q[j]!), 0), 12);
    expect(view.grad).toEqual(softmaxCrossEntropyGrad([1, 2, 3], p));
  });

  it('gives KL = 0 when the label equals the prediction', () => {
    const q = softmax([1, 2, 3]);
    const view = lossView([1, 2, 3], resolveLabel('soft', 0, q, 3), true);
    expect(view.kl).toBeLessThan(1e-12);
    view.grad.forEach((g) => expect(Math.abs(g)).toBeLessThan(1e-12));
  });
});

describe('the log(0) lesson in the view', () => {
  const { logits, trueClass } = confidentlyWrongExample(3);

  it('builds a confidently wrong model whose true-class probability underflows', () => {
    expect(logits).toEqual([-400, 0, 400]);
    expect(trueClass).toBe(0);
    expect(softmax(logits)[0]).toBe(0);
    expect(confidentlyWrongExample(10).logits.filter((z) => z !== 0)).toEqual([-400, 400]);
  });

  it('is finite by the stable route and infinite by the naive one', () => {
    const label = resolveLabel('hard', trueClass, [], 3);
    const stable = lossView(logits, label, true);
    const naive = lossView(logits, label, false);
    expect(stable.loss).toBeCloseTo(800, 9);
    expect(stable.loss).toBe(softmaxCrossEntropyHard(logits, 0));
    expect(stable.surprisals[0]).toBeCloseTo(800, 9);
    expect(naive.loss).toBe(Infinity);
    expect(naive.loss).toBe(naiveSoftmaxCrossEntropyHard(logits, 0));
    expect(naive.surprisals[0]).toBe(Infinity);
    expect(naive.kl).toBe(Infinity);
    // The gradient needs no log, so both routes agree: push z_0 up with force −1.
    expect(f4(naive.grad)).toEqual(['-1.0000', '0.0000', '1.0000']);
  });
});

describe('soft-label validation', () => {
  it.each([
    [[1, 0, 2], null],
    [[0, 0, 0], 'allZero'],
    [[1, -1, 2], 'negative'],
    [[1, NaN, 2], 'notFinite'],
  ] as const)('%j → %s', (weights, problem) => {
    expect(softLabelProblem(weights)).toBe(problem);
  });

  it('falls back to one-hot rather than break on weights that cannot be a label', () => {
    expect(resolveLabel('soft', 1, [0, 0, 0], 3)).toEqual([0, 1, 0]);
    expect(resolveLabel('soft', 1, [1, 1], 3)).toEqual([0, 1, 0]);
  });
});

describe('stepLogits', () => {
  it('takes z ← z − η (ŷ − y) and lowers the loss', () => {
    const { logits, clamped } = stepLogits([1, 2, 3], [1, 0, 0], 1);
    const grad = softmaxCrossEntropyGrad([1, 2, 3], [1, 0, 0]);
    logits.forEach((z, j) => expect(z).toBeCloseTo([1, 2, 3][j]! - grad[j]!, 14));
    expect(clamped).toBe(false);
    expect(softmaxCrossEntropyHard(logits, 0)).toBeLessThan(softmaxCrossEntropyHard([1, 2, 3], 0));
  });

  it('holds logits within ±LOGIT_LIMIT and says so', () => {
    // Gradient [−2/3, 1/3, 1/3] times η = 3000 would take the logits to [2000, −1000, −1000].
    const { logits, clamped } = stepLogits([0, 0, 0], [1, 0, 0], 3000);
    expect(clamped).toBe(true);
    expect(logits[0]).toBe(LOGIT_LIMIT);
    expect(logits[1]).toBeCloseTo(-LOGIT_LIMIT, 9);
    expect(Math.max(...logits.map(Math.abs))).toBe(LOGIT_LIMIT);
    expect(stepLogits([0, 0, 0], [1, 0, 0], 3).clamped).toBe(false);
  });
});

describe('the −log q curve', () => {
  it('runs from q_min to 1 with −log q in the chosen unit', () => {
    const nats = surprisalCurve('nats', 50);
    expect(nats).toHaveLength(50);
    expect(nats[0]!.q).toBeCloseTo(CURVE_Q_MIN, 12);
    expect(nats[0]!.surprisal).toBeCloseTo(-Math.log(CURVE_Q_MIN), 9);
    expect(nats[49]!.q).toBe(1);
    expect(nats[49]!.surprisal).toBeCloseTo(0, 12);
    for (let i = 1; i < nats.length; i++) expect(nats[i]!.q).toBeGreaterThan(nats[i - 1]!.q);
    const bits = surprisalCurve('bits', 50);
    bits.forEach((pt, i) => expect(pt.surprisal).toBeCloseTo(natsToBits(nats[i]!.surprisal), 12));
  });

  it('marks the current point, pinned to the edge when it is off the chart', () => {
    expect(curveMarker(0.09, 'nats')).toEqual({ q: 0.09, surprisal: -Math.log(0.09), offChart: false });
    const off = curveMarker(0, 'bits');
    expect(off.offChart).toBe(true);
    expect(off.q).toBe(CURVE_Q_MIN);
    expect(off.surprisal).toBeCloseTo(Math.log2(1 / CURVE_Q_MIN), 9);
  });
});

describe('surprisalAxisTop', () => {
  it('rounds the largest finite bar up to 1, 2 or a multiple of 4, so five ticks fall on quarters, halves or integers', () => {
    expect(surprisalAxisTop([2.4076, 1.4076, 0.4076])).toBe(4);
    expect(surprisalAxisTop([0.1, 0.2])).toBe(1);
    expect(surprisalAxisTop([1.5])).toBe(2);
    expect(surprisalAxisTop([4])).toBe(4);
    expect(surprisalAxisTop([4.01])).toBe(8);
    expect(surprisalAxisTop([Infinity, 400, 0])).toBe(400);
    expect(surprisalAxisTop([Infinity])).toBe(1);
  });

  it('never cuts a bar off', () => {
    for (let v = 0; v < 50; v += 0.37) expect(surprisalAxisTop([v])).toBeGreaterThanOrEqual(v);
  });
});
