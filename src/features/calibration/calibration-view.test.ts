import { describe, expect, it } from 'vitest';
import { calibrationReport } from '@/math/calibration';
import { mulberry32 } from '@/math/random';
import { softmax } from '@/math/softmax';
import { binShares, calibrate, temperatureExample, temperatureVerdict, type CalibrationInput } from './calibration-view';

/** An overconfident model: labels follow softmax(o / 2), so the logits are twice as sharp as they should be. */
function overconfident(n: number, seed: number): { logits: Float32Array; labels: Uint8Array } {
  const random = mulberry32(seed);
  const logits = new Float32Array(n * 10);
  const labels = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const z = Array.from({ length: 10 }, () => 8 * random() - 4);
    const p = softmax(z, 2);
    let u = random();
    let label = 9;
    for (let j = 0; j < 10; j++) {
      u -= p[j]!;
      if (u < 0) {
        label = j;
        break;
      }
    }
    logits.set(z, i * 10);
    labels[i] = label;
  }
  return { logits, labels };
}

const test = overconfident(3000, 1);
const validation = overconfident(2000, 2);
const input: CalibrationInput = { classCount: 10, logits: test.logits, labels: test.labels, validation };
const predictions = Uint8Array.from({ length: 3000 }, (_, i) => {
  const row = Array.from(test.logits.subarray(i * 10, i * 10 + 10));
  return row.indexOf(Math.max(...row));
});

describe('calibrate', () => {
  it('fits τ* on the validation set and scores the test set before and after', () => {
    let clock = 0;
    const result = calibrate(input, 15, () => (clock += 5));
    expect(result.before).toEqual(calibrationReport(test.logits, test.labels, 10, 1, 15));
    expect(result.fit!.temperature).toBeGreaterThan(1.6);
    expect(result.fit!.temperature).toBeLessThan(2.5);
    expect(result.after).toEqual(calibrationReport(test.logits, test.labels, 10, result.fit!.temperature, 15));
    // The argmax does not move, the held-out NLL can only fall, and calibration improves.
    expect(result.after!.accuracy).toBe(result.before.accuracy);
    expect(result.validationNll!.after).toBeLessThanOrEqual(result.validationNll!.before);
    expect(result.after!.ece).toBeLessThan(result.before.ece);
    expect(result.after!.nll).toBeLessThan(result.before.nll);
    expect(result.fitMs).toBe(5);
  });

  it('fits nothing without held-out images', () => {
    const result = calibrate({ ...input, validation: null }, 10);
    expect(result.fit).toBeNull();
    expect(result.after).toBeNull();
    expect(result.before.bins).toHaveLength(10);
    expect(calibrate({ ...input, validation: { logits: new Float32Array(0), labels: new Uint8Array(0) } }, 10).fit).toBeNull();
  });
});

describe('temperatureExample', () => {
  it('is the most confident mistake, softened by τ* > 1 without changing its answer', () => {
    const example = temperatureExample(input, predictions, 2)!;
    expect(example.predClass).not.toBe(example.trueClass);
    expect(example.probsBefore).toEqual(softmax(example.logits));
    expect(example.probsAfter).toEqual(softmax(example.logits, 2));
    expect(example.probsAfter[example.predClass]!).toBeLessThan(example.probsBefore[example.predClass]!);
    const argmax = (p: number[]) => p.indexOf(Math.max(...p));
    expect(argmax(example.probsAfter)).toBe(example.predClass);
    expect(temperatureExample({ ...input, labels: predictions }, predictions, 2)).toBeNull();
  });
});

describe('helpers', () => {
  it('scales the histogram to its fullest bin', () => {
    const bins = [0, 5, 10].map((count, b) => ({ lower: b / 3, upper: (b + 1) / 3, count, correct: 0, accuracy: null, confidence: null }));
    expect(binShares(bins)).toEqual([0, 0.5, 1]);
  });

  it('reads τ*', () => {
    const fit = (temperature: number, atBound = false) => ({ temperature, nll: 0, nllAtOne: 0, atBound, evaluations: 1 });
    expect(temperatureVerdict(fit(1.5))).toBe('overconfident');
    expect(temperatureVerdict(fit(0.7))).toBe('underconfident');
    expect(temperatureVerdict(fit(1.01))).toBe('calibrated');
    expect(temperatureVerdict(fit(20, true))).toBe('bound');
  });
});
