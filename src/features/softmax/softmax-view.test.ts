import { describe, expect, it } from 'vitest';
import { mulberry32 } from '@/math/random';
import { softmax } from '@/math/softmax';
import {
  addConstant,
  coldLimit,
  expOverflows,
  expScientific,
  formatExp,
  lseView,
  maxAbsDifference,
  randomLogits,
  softmaxView,
} from './softmax-view';
import { TEMPERATURE_STEPS, positionOf, temperatureAt } from './temperature-scale';

describe('softmaxView', () => {
  it('stable: the textbook example, its sum and argmax', () => {
    const view = softmaxView([1, 2, 3], 1, true);
    expect(view.probs.map((p) => p.toFixed(4))).toEqual(['0.0900', '0.2447', '0.6652']);
    expect(view.probSum).toBeCloseTo(1, 14);
    expect(view.shift).toBe(3);
    expect(view.top).toBe(2);
    expect(view.overflowed).toBe(false);
  });

  it('naive: [1000, 999, 0] overflows to NaN, and the view says so', () => {
    const view = softmaxView([1000, 999, 0], 1, false);
    expect(view.shift).toBe(0);
    expect(view.exps[0]).toBe(Infinity);
    expect(Number.isNaN(view.probs[0])).toBe(true);
    expect(Number.isNaN(view.probSum)).toBe(true);
    expect(view.overflowed).toBe(true);
    expect(view.top).toBe(0);
  });

  it('stable: [1000, 999, 0] is finite and right', () => {
    const view = softmaxView([1000, 999, 0], 1, true);
    expect(view.probs.map((p) => p.toFixed(4))).toEqual(['0.7311', '0.2689', '0.0000']);
    expect(view.overflowed).toBe(false);
  });

  it('naive: underflow makes 0/0', () => {
    const view = softmaxView([-1000, -1000], 1, false);
    expect(view.sum).toBe(0);
    expect(view.overflowed).toBe(true);
  });

  it('naive and stable agree on moderate logits with temperature', () => {
    const a = softmaxView([0.5, -2, 3.3], 0.4, true);
    const b = softmaxView([0.5, -2, 3.3], 0.4, false);
    a.probs.forEach((p, j) => expect(b.probs[j]).toBeCloseTo(p, 12));
    expect(a.scaled).toEqual([0.5 / 0.4, -2 / 0.4, 3.3 / 0.4]);
  });
});

describe('softmaxView in float32', () => {
  it('naive [89, 0, 0]: NaN in float32, 1.0000 in float64', () => {
    const v32 = softmaxView([89, 0, 0], 1, false, 'float32');
    expect(v32.floatFormat).toBe('float32');
    expect(Number.isNaN(v32.probs[0])).toBe(true);
    expect(v32.overflowed).toBe(true);
    const v64 = softmaxView([89, 0, 0], 1, false);
    expect(v64.floatFormat).toBe('float64');
    expect(v64.probs[0]!.toFixed(4)).toBe('1.0000');
    expect(v64.overflowed).toBe(false);
  });

  it('stable [89, 0, 0] is right in float32 too', () => {
    const view = softmaxView([89, 0, 0], 1, true, 'float32');
    expect(view.overflowed).toBe(false);
    expect(view.probs.map((p) => p.toFixed(4))).toEqual(['1.0000', '0.0000', '0.0000']);
    expect(view.exps.every((e) => Math.fround(e) === e)).toBe(true);
  });
});

describe('expScientific and formatExp', () => {
  it('writes e^1000 exactly although Math.exp(1000) is Infinity', () => {
    expect(Math.exp(1000)).toBe(Infinity);
    expect(expOverflows(1000)).toBe(true);
    const { mantissa, exponent } = expScientific(1000);
    // e^1000 = 1.97007…·10^434
    expect(exponent).toBe(434);
    expect(mantissa).toBeCloseTo(1.97007, 4);
    expect(formatExp(1000)).toBe('1.9701e+434');
  });

  it('matches Math.exp where it fits', () => {
    for (const x of [0, 1, -3, 50, 300, 709]) {
      const { mantissa, exponent } = expScientific(x);
      expect((mantissa * 10 ** exponent) / Math.exp(x)).toBeCloseTo(1, 9);
      expect(expOverflows(x)).toBe(false);
    }
    expect(formatExp(1)).toBe('2.7183');
    expect(formatExp(50)).toBe('5.1847e+21');
  });

  it('carries a mantissa that rounds to 10 into the exponent', () => {
    // 10^1000 · 0.99999 rounds to 10.0000 at 4 places
    const x = (1000 - 0.000001) / Math.LOG10E;
    const { mantissa, exponent } = expScientific(x);
    expect(mantissa.toFixed(4)).toBe('1.0000');
    expect(exponent).toBe(1000);
  });
});

describe('lseView', () => {
  it('LSE(z) ≥ max z and τ·LSE(z/τ) approaches max z as τ shrinks', () => {
    const view = lseView([1, 2, 3], 1);
    expect(view.max).toBe(3);
    expect(view.lse).toBeCloseTo(3.4076, 4);
    expect(view.lse).toBeGreaterThanOrEqual(view.max);
    expect(view.tauLse).toBeCloseTo(view.lse, 14);
    const last = view.limit[view.limit.length - 1]!;
    expect(last.tau).toBe(0.01);
    expect(last.value - view.max).toBeLessThan(1e-4);
    for (let i = 1; i < view.limit.length; i++) expect(view.limit[i]!.value).toBeLessThanOrEqual(view.limit[i - 1]!.value);
  });

  it('stays finite for ±1000 at the smallest τ', () => {
    const view = lseView([1000, -1000, 999], 0.05);
    expect(Number.isFinite(view.tauLse)).toBe(true);
    expect(view.tauLse).toBeGreaterThanOrEqual(1000);
  });
});

describe('coldLimit: softmax as τ → 0', () => {
  it('one largest logit takes all the probability', () => {
    expect(coldLimit([1, 3, 2])).toEqual({ winners: [1], share: 1 });
  });

  it('tied largest logits split it equally, whatever their order', () => {
    expect(coldLimit([3, 1, 3])).toEqual({ winners: [0, 2], share: 0.5 });
    expect(coldLimit([2, 2, 2, 2])).toEqual({ winners: [0, 1, 2, 3], share: 0.25 });
    expect(coldLimit([-1, -1, -5])).toEqual({ winners: [0, 1], share: 0.5 });
  });

  it('is the limit the softmax itself approaches', () => {
    for (const logits of [[3, 1, 3], [1, 3, 2], [0, 0, 0], [2, 2, -1, 2]]) {
      const { winners, share } = coldLimit(logits);
      const cold = softmax(logits, 1e-3);
      cold.forEach((p, j) => expect(p).toBeCloseTo(winners.includes(j) ? share : 0, 12));
    }
  });
});

describe('shift invariance helpers', () => {
  it('adds c to every logit, refusing to leave ±1000', () => {
    expect(addConstant([1, 2, 3], 5)).toEqual([6, 7, 8]);
    expect(addConstant([1, 2, 999], 5)).toBeNull();
    expect(addConstant([-999, 0], -2)).toBeNull();
  });

  it('the probabilities do not move (to 1e-12)', () => {
    const z = [0.3, -1.7, 2.2, 4];
    const shifted = addConstant(z, 123.4)!;
    expect(maxAbsDifference(softmax(z), softmax(shifted))).toBeLessThan(1e-12);
    expect(maxAbsDifference([0.1, 0.9], [0.4, 0.6])).toBeCloseTo(0.3, 15);
  });
});

describe('randomLogits', () => {
  it('gives count values in [−5, 5] with one decimal', () => {
    const values = randomLogits(10, mulberry32(7));
    expect(values).toHaveLength(10);
    for (const v of values) {
      expect(Math.abs(v)).toBeLessThanOrEqual(5);
      expect(Math.round(v * 10) / 10).toBe(v);
    }
  });
});

describe('temperature scale', () => {
  it('runs from 0.05 through 1 in the middle to 20', () => {
    expect(temperatureAt(0)).toBe(0.05);
    expect(temperatureAt(TEMPERATURE_STEPS / 2)).toBe(1);
    expect(temperatureAt(TEMPERATURE_STEPS)).toBe(20);
    expect(temperatureAt(-5)).toBe(0.05);
    expect(temperatureAt(999)).toBe(20);
  });

  it('is logarithmic: equal steps multiply τ by the same factor', () => {
    const ratio = temperatureAt(60) / temperatureAt(50);
    expect(temperatureAt(160) / temperatureAt(150)).toBeCloseTo(ratio, 2);
  });

  it('positionOf inverts temperatureAt, so the slider shows a typed or linked τ', () => {
    for (const t of [0.05, 0.5, 1, 2.5, 20]) expect(temperatureAt(positionOf(t))).toBeCloseTo(t, 2);
    expect(positionOf(1)).toBe(100);
    for (let s = 0; s <= TEMPERATURE_STEPS; s += 17) expect(Math.round(positionOf(temperatureAt(s)))).toBe(s);
  });
});
