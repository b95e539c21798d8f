import { calibrationReport, type CalibrationReport, type ReliabilityBin } from '@/math/calibration';
import { findMistakes, sortMistakes } from '@/math/metrics';
import { softmax } from '@/math/softmax';
import { fitTemperature, meanNllAt, shiftLogits, type TemperatureFit } from '@/math/temperature-fit';

/** What the lesson needs of an evaluation: test logits, and the held-out validation set's. */
export interface CalibrationInput {
  classCount: number;
  /** testCount × classCount. */
  logits: Float32Array;
  /** The first testCount test labels. */
  labels: Uint8Array;
  validation: { logits: Float32Array; labels: Uint8Array } | null;
}

export interface CalibrationResult {
  /** The test set at τ = 1, as trained. */
  before: CalibrationReport;
  /** τ* fitted on the validation set; null without one. */
  fit: TemperatureFit | null;
  /** The test set at τ*. */
  after: CalibrationReport | null;
  /** Mean NLL on the validation set (the data τ* was fitted on) at τ = 1 and at τ*. */
  validationNll: { before: number; after: number } | null;
  /** Milliseconds the fit took, for the benchmark. */
  fitMs: number | null;
}

/**
 * Calibration before and after temperature scaling: τ* is fitted on held-out
 * validation images (never on the test set, which then judges it), and the
 * test set is scored at τ = 1 and at τ*.
 */
export function calibrate(input: CalibrationInput, binCount: number, now: () => number = () => performance.now()): CalibrationResult {
  const { classCount, logits, labels, validation } = input;
  const before = calibrationReport(logits, labels, classCount, 1, binCount);
  if (!validation || validation.labels.length === 0) return { before, fit: null, after: null, validationNll: null, fitMs: null };
  const start = now();
  const fit = fitTemperature(validation.logits, validation.labels, classCount);
  const fitMs = now() - start;
  const after = calibrationReport(logits, labels, classCount, fit.temperature, binCount);
  const held = shiftLogits(validation.logits, validation.labels, classCount);
  return {
    before,
    fit,
    after,
    validationNll: { before: meanNllAt(held, 1), after: meanNllAt(held, fit.temperature) },
    fitMs,
  };
}

export interface TemperatureExample {
  index: number;
  trueClass: number;
  predClass: number;
  logits: number[];
  /** softmax(o) and softmax(o / τ*). */
  probsBefore: number[];
  probsAfter: number[];
}

/** The most confident mistake on the test set, the clearest case of overconfidence, at τ = 1 and at τ*. */
export function temperatureExample(input: CalibrationInput, predictions: Uint8Array, temperature: number): TemperatureExample | null {
  const { classCount, logits, labels } = input;
  const mistakes = findMistakes(labels, predictions.subarray(0, labels.length), logits, classCount);
  const first = sortMistakes(mistakes, 'confidence')[0];
  if (!first) return null;
  const row = Array.from(logits.subarray(first.index * classCount, (first.index + 1) * classCount));
  return {
    index: first.index,
    trueClass: first.trueClass,
    predClass: first.predClass,
    logits: row,
    probsBefore: softmax(row),
    probsAfter: softmax(row, temperature),
  };
}

/** A bin's share of the examples, 0..1: the histogram's bar height. */
export function binShares(bins: readonly ReliabilityBin[]): number[] {
  const max = Math.max(0, ...bins.map((b) => b.count));
  return bins.map((b) => (max === 0 ? 0 : b.count / max));
}

/** What τ* says about the model: softer or sharper probabilities, or the search's end reached. */
export function temperatureVerdict(fit: TemperatureFit): 'overconfident' | 'underconfident' | 'calibrated' | 'bound' {
  if (fit.atBound) return 'bound';
  if (Math.abs(Math.log(fit.temperature)) < 0.02) return 'calibrated';
  return fit.temperature > 1 ? 'overconfident' : 'underconfident';
}
