import { MathInputError } from './validate';

/**
 * Calibration of a classifier's confidence (Guo et al. 2017, "On Calibration of
 * Modern Neural Networks"): a model is calibrated when, of the examples it gives
 * confidence p, a fraction p is right. Shapes follow the worker's Evaluation:
 * logits n × q row-major, labels (n). The confidence of an example is its largest
 * probability, max_j softmax(o / τ)_j; its prediction is argmax_j o_j, which no
 * temperature τ > 0 changes.
 */

/** Bins of the reliability diagram and the ECE: (b/B, (b+1)/B], b = 0 … B−1. */
export const DEFAULT_BIN_COUNT = 15;

export interface ReliabilityBin {
  /** The bin holds confidences in (lower, upper]. */
  lower: number;
  upper: number;
  /** Examples whose confidence falls in the bin. */
  count: number;
  /** Of those, how many the model got right. */
  correct: number;
  /** correct / count; null for an empty bin. */
  accuracy: number | null;
  /** Mean confidence of the bin's examples; null for an empty bin. */
  confidence: number | null;
}

export interface CalibrationReport {
  /** Examples scored. */
  count: number;
  /** Fraction whose prediction (argmax of the logits) is the label. */
  accuracy: number;
  /** Mean negative log-likelihood −log softmax(o / τ)_y, in nats. */
  nll: number;
  /** Expected calibration error Σ_b (n_b / n) |acc_b − conf_b|. */
  ece: number;
  /** Mean confidence over all examples. */
  meanConfidence: number;
  bins: ReliabilityBin[];
}

function assertShapes(logits: ArrayLike<number>, labels: ArrayLike<number>, classCount: number): void {
  if (!Number.isInteger(classCount) || classCount < 2) throw new MathInputError(`classCount must be an integer ≥ 2, got ${classCount}`);
  if (labels.length === 0) throw new MathInputError('calibration needs at least one example');
  if (logits.length !== labels.length * classCount) {
    throw new MathInputError(`logits must hold ${labels.length} × ${classCount} values, got ${logits.length}`);
  }
}

/** The bin of a confidence c ∈ (0, 1]: ⌈c·B⌉ − 1, so a bin includes its upper edge. */
export function binIndex(confidence: number, binCount: number): number {
  return Math.min(binCount - 1, Math.max(0, Math.ceil(confidence * binCount) - 1));
}

/**
 * Empty bins with their edges; `add` fills them. Exposed for the tests' hand
 * computations, which place confidences directly.
 */
export function reliabilityBins(
  confidences: ArrayLike<number>,
  correct: ArrayLike<boolean | number>,
  binCount = DEFAULT_BIN_COUNT,
): ReliabilityBin[] {
  if (!Number.isInteger(binCount) || binCount < 1) throw new MathInputError(`binCount must be a positive integer, got ${binCount}`);
  if (confidences.length !== correct.length) throw new MathInputError('confidences and correct differ in length');
  const counts = new Array<number>(binCount).fill(0);
  const rights = new Array<number>(binCount).fill(0);
  const sums = new Array<number>(binCount).fill(0);
  for (let i = 0; i < confidences.length; i++) {
    const c = confidences[i]!;
    if (!(c >= 0 && c <= 1)) throw new MathInputError(`confidences[${i}] is ${String(c)}; it must lie in [0, 1]`);
    const b = binIndex(c, binCount);
    counts[b]! += 1;
    sums[b]! += c;
    if (correct[i]) rights[b]! += 1;
  }
  return counts.map((count, b) => ({
    lower: b / binCount,
    upper: (b + 1) / binCount,
    count,
    correct: rights[b]!,
    accuracy: count === 0 ? null : rights[b]! / count,
    confidence: count === 0 ? null : sums[b]! / count,
  }));
}

/** ECE = Σ_b (n_b / n) |acc_b − conf_b| over the non-empty bins; n is the bins' total count. */
export function expectedCalibrationError(bins: readonly ReliabilityBin[]): number {
  const total = bins.reduce((sum, bin) => sum + bin.count, 0);
  if (total === 0) throw new MathInputError('expectedCalibrationError: the bins are empty');
  let ece = 0;
  for (const bin of bins) if (bin.count > 0) ece += (bin.count / total) * Math.abs(bin.accuracy! - bin.confidence!);
  return ece;
}

/**
 * Per example: the prediction argmax_j o_j (first on ties), the confidence
 * max_j softmax(o/τ)_j = 1 / Σ_k exp((o_k − o_max)/τ), and −log softmax(o/τ)_y =
 * log Σ_k exp((o_k − o_max)/τ) − (o_y − o_max)/τ, all with the max subtracted so
 * that no exponential overflows. Non-finite logits throw.
 */
export function scoreRows(
  logits: ArrayLike<number>,
  labels: ArrayLike<number>,
  classCount: number,
  temperature = 1,
): { predictions: Uint8Array; confidences: Float64Array; nll: Float64Array } {
  assertShapes(logits, labels, classCount);
  if (!(temperature > 0) || !Number.isFinite(temperature)) throw new MathInputError(`temperature must be positive, got ${temperature}`);
  const n = labels.length;
  const predictions = new Uint8Array(n);
  const confidences = new Float64Array(n);
  const nll = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const base = i * classCount;
    let best = 0;
    let max = logits[base]!;
    for (let j = 0; j < classCount; j++) {
      const o = logits[base + j]!;
      if (!Number.isFinite(o)) throw new MathInputError(`logits[${base + j}] is ${String(o)}; every logit must be finite`);
      if (o > max) {
        max = o;
        best = j;
      }
    }
    let sum = 0;
    for (let j = 0; j < classCount; j++) sum += Math.exp((logits[base + j]! - max) / temperature);
    const label = labels[i]!;
    if (!Number.isInteger(label) || label < 0 || label >= classCount) throw new MathInputError(`labels[${i}] is ${label}`);
    predictions[i] = best;
    confidences[i] = 1 / sum;
    nll[i] = Math.log(sum) - (logits[base + label]! - max) / temperature;
  }
  return { predictions, confidences, nll };
}

/**
 * Everything the Calibration lesson shows for one temperature: accuracy, mean
 * NLL, ECE and the reliability bins, from logits (n × q) and labels (n).
 */
export function calibrationReport(
  logits: ArrayLike<number>,
  labels: ArrayLike<number>,
  classCount: number,
  temperature = 1,
  binCount = DEFAULT_BIN_COUNT,
): CalibrationReport {
  const { predictions, confidences, nll } = scoreRows(logits, labels, classCount, temperature);
  const n = labels.length;
  const correct = new Uint8Array(n);
  let right = 0;
  let nllSum = 0;
  let confidenceSum = 0;
  for (let i = 0; i < n; i++) {
    correct[i] = predictions[i] === labels[i] ? 1 : 0;
    right += correct[i]!;
    nllSum += nll[i]!;
    confidenceSum += confidences[i]!;
  }
  const bins = reliabilityBins(confidences, correct, binCount);
  return {
    count: n,
    accuracy: right / n,
    nll: nllSum / n,
    ece: expectedCalibrationError(bins),
    meanConfidence: confidenceSum / n,
    bins,
  };
}
