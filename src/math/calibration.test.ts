import { describe, expect, it } from 'vitest';
import { binIndex, calibrationReport, expectedCalibrationError, reliabilityBins, scoreRows } from './calibration';
import { mulberry32 } from './random';
import { MathInputError } from './validate';

describe('binIndex', () => {
  it('puts a confidence in (b/B, (b+1)/B], the upper edge included', () => {
    expect(binIndex(1, 15)).toBe(14);
    expect(binIndex(0.1, 10)).toBe(0);
    expect(binIndex(0.1000001, 10)).toBe(1);
    expect(binIndex(0.55, 10)).toBe(5);
    expect(binIndex(0, 10)).toBe(0);
  });
});

describe('reliabilityBins and the ECE', () => {
  it('match a hand computation on a miscalibrated set', () => {
    // Five bins of width 0.2. Worked by hand:
    // (0.8, 1]: 0.95, 0.9, 0.85 → mean confidence 0.9, 2 of 3 right → gap |0.6667 − 0.9| = 0.2333
    // (0.6, 0.8]: 0.65, 0.62 → mean 0.635, 1 of 2 right → gap 0.135
    // (0.2, 0.4]: 0.3 → 0 of 1 right → gap 0.3
    // ECE = 3/6 · 0.23333 + 2/6 · 0.135 + 1/6 · 0.3 = 0.211667
    const bins = reliabilityBins([0.95, 0.9, 0.85, 0.65, 0.62, 0.3], [1, 1, 0, 1, 0, 0], 5);
    expect(bins.map((b) => b.count)).toEqual([0, 1, 0, 2, 3]);
    expect(bins.map((b) => b.correct)).toEqual([0, 0, 0, 1, 2]);
    expect(bins[0]!.accuracy).toBeNull();
    expect(bins[4]!.confidence).toBeCloseTo(0.9, 12);
    expect(bins[3]!.confidence).toBeCloseTo(0.635, 12);
    expect(bins[4]!.lower).toBeCloseTo(0.8, 12);
    expect(expectedCalibrationError(bins)).toBeCloseTo(0.211667, 6);
  });

  it('is 0 when every bin’s accuracy equals its confidence', () => {
    const bins = reliabilityBins([0.5, 0.5, 1, 1], [1, 0, 1, 1], 10);
    expect(expectedCalibrationError(bins)).toBe(0);
  });

  it('rejects confidences outside [0, 1] and empty bins', () => {
    expect(() => reliabilityBins([1.2], [1], 10)).toThrow(MathInputError);
    expect(() => reliabilityBins([NaN], [1], 10)).toThrow(MathInputError);
    expect(() => expectedCalibrationError(reliabilityBins([], [], 10))).toThrow(MathInputError);
  });
});

describe('calibrationReport', () => {
  it('matches a hand computation from logits: four examples at confidence 0.9, half of them right', () => {
    // softmax([ln 0.9, ln 0.1]) = [0.9, 0.1]; the label is class 0 twice, class 1 twice.
    const row = [Math.log(0.9), Math.log(0.1)];
    const report = calibrationReport([...row, ...row, ...row, ...row], [0, 0, 1, 1], 2, 1, 10);
    expect(report.accuracy).toBe(0.5);
    expect(report.ece).toBeCloseTo(0.4, 12);
    expect(report.nll).toBeCloseTo((-Math.log(0.9) - Math.log(0.1)) / 2, 12);
    expect(report.bins[8]!.count).toBe(4);
    expect(report.meanConfidence).toBeCloseTo(0.9, 12);
  });

  it('gives an ECE near 0 for a perfectly calibrated synthetic set', () => {
    // Each example's label is drawn from the very probabilities the model states.
    const random = mulberry32(7);
    const n = 100_000;
    const q = 4;
    const logits = new Float32Array(n * q);
    const labels = new Uint8Array(n);
    for (let i = 0; i < n; i++) {
      const z = Array.from({ length: q }, () => 3 * random() - 1.5);
      const exps = z.map(Math.exp);
      const total = exps.reduce((a, b) => a + b, 0);
      let u = random() * total;
      let label = q - 1;
      for (let j = 0; j < q; j++) {
        u -= exps[j]!;
        if (u < 0) {
          label = j;
          break;
        }
      }
      labels[i] = label;
      logits.set(z, i * q);
    }
    const report = calibrationReport(logits, labels, q);
    expect(report.ece).toBeLessThan(0.01);
    // A deliberately overconfident view of the same logits (τ = 0.3) is far from calibrated.
    expect(calibrationReport(logits, labels, q, 0.3).ece).toBeGreaterThan(0.1);
  });

  it('keeps the predictions, hence the accuracy, at every temperature', () => {
    const random = mulberry32(3);
    const n = 500;
    const logits = Float32Array.from({ length: n * 10 }, () => 8 * random() - 4);
    const labels = Uint8Array.from({ length: n }, () => Math.floor(random() * 10));
    const reference = scoreRows(logits, labels, 10, 1).predictions;
    for (const tau of [0.05, 0.3, 1, 2.5, 20]) {
      expect(scoreRows(logits, labels, 10, tau).predictions).toEqual(reference);
      expect(calibrationReport(logits, labels, 10, tau).accuracy).toBe(calibrationReport(logits, labels, 10, 1).accuracy);
    }
  });

  it('stays finite for huge logits and rejects non-finite ones', () => {
    const report = calibrationReport([1000, -1000, 0, 500], [0, 0], 2);
    expect(Number.isFinite(report.nll)).toBe(true);
    expect(report.nll).toBeCloseTo(500 / 2, 9);
    expect(() => calibrationReport([NaN, 0], [0], 2)).toThrow(MathInputError);
    expect(() => calibrationReport([0, 0, 0], [0], 2)).toThrow(MathInputError);
    expect(() => calibrationReport([0, 0], [2], 2)).toThrow(MathInputError);
  });
});
