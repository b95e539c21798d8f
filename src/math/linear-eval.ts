/**
 * Softmax regression on the CPU, in plain TypeScript: o = xW + b for byte images,
 * for weights that did not come from a run here (a student's NumPy file). The page
 * runs it in slices of rows, so 10,000 test images (78 million multiply-adds) never
 * hold the main thread for long.
 */

/** Pixel bytes become inputs as torchvision's ToTensor and this app's 'unit' scaling do: x = byte / 255, in float32. */
export const UNIT_SCALE = Math.fround(1 / 255);

export interface LinearModel {
  /** inputs × classes, row-major: W[p * classes + c]. */
  W: Float32Array;
  /** classes biases. */
  b: Float32Array;
  inputs: number;
  classes: number;
}

/**
 * Logits o_c = b_c + Σ_p x_p W_pc of images [start, start + count) into `out`
 * (count × classes, row-major, from `outOffset` rows). Inputs are x_p = fround(byte · scale),
 * summed in float64; zero pixels (half of Fashion-MNIST's) are skipped.
 */
export function linearLogitsInto(
  images: Uint8Array,
  start: number,
  count: number,
  model: LinearModel,
  out: Float32Array,
  outOffset = 0,
  scale = UNIT_SCALE,
): void {
  const { W, b, inputs, classes } = model;
  if (W.length !== inputs * classes || b.length !== classes) {
    throw new RangeError(`linearLogitsInto: W has ${W.length} values and b ${b.length}, expected ${inputs} × ${classes} and ${classes}`);
  }
  if ((start + count) * inputs > images.length) throw new RangeError(`linearLogitsInto: images ${start}..${start + count} are out of range`);
  if ((outOffset + count) * classes > out.length) throw new RangeError('linearLogitsInto: the output is too small');
  const sums = new Float64Array(classes);
  for (let row = 0; row < count; row++) {
    for (let c = 0; c < classes; c++) sums[c] = b[c]!;
    const base = (start + row) * inputs;
    for (let p = 0; p < inputs; p++) {
      const byte = images[base + p]!;
      if (byte === 0) continue;
      const x = Math.fround(byte * scale);
      const w = p * classes;
      for (let c = 0; c < classes; c++) sums[c]! += x * W[w + c]!;
    }
    const o = (outOffset + row) * classes;
    for (let c = 0; c < classes; c++) out[o + c] = sums[c]!;
  }
}

/** Mean cross-entropy −log softmax(o)_y over the rows, in nats, computed stably (log-sum-exp). */
export function meanSoftmaxCrossEntropy(logits: Float32Array, labels: ArrayLike<number>, classes: number): number {
  const rows = logits.length / classes;
  if (!Number.isInteger(rows) || rows < 1) throw new RangeError(`meanSoftmaxCrossEntropy: ${logits.length} logits do not make rows of ${classes}`);
  if (labels.length < rows) throw new RangeError(`meanSoftmaxCrossEntropy: ${rows} rows but ${labels.length} labels`);
  let total = 0;
  for (let r = 0; r < rows; r++) {
    const o = r * classes;
    let max = -Infinity;
    for (let c = 0; c < classes; c++) max = Math.max(max, logits[o + c]!);
    let sum = 0;
    for (let c = 0; c < classes; c++) sum += Math.exp(logits[o + c]! - max);
    total += max + Math.log(sum) - logits[o + labels[r]!]!;
  }
  return total / rows;
}
