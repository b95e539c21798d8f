import type { LinearModel } from './linear-eval';
import { MathInputError } from './validate';

/**
 * Softmax regression on one picture, in plain TypeScript: o = xW + b for an
 * input already scaled (any scaling training used), and each pixel's share of
 * a logit. W is row-major as TensorFlow.js stores it, inputs × classes, so
 * W[p·q + c] is the weight from pixel p to class c. 784 × 10 multiply-adds take
 * a few microseconds, so a drawing can be scored on every pointer move without
 * a round trip to the training worker. (linear-eval.ts scores whole sets of byte images.)
 */
/** W and b must have the sizes the counts promise: a wrong model would give quietly wrong logits. */
function assertShapes({ inputs: d, classes: q, W, b }: LinearModel): void {
  if (W.length !== d * q) throw new MathInputError(`W has ${W.length} values, expected ${d} × ${q}`);
  if (b.length !== q) throw new MathInputError(`b has ${b.length} values, expected ${q}`);
}

/**
 * A picture's bytes as the model's input, exactly as training scaled them:
 * x_p = (byte_p − offset_p) · scale_p, stored as float32 (src/train/batch-fill.ts
 * fillImages does the same arithmetic into a Float32Array).
 */
export function scaleInput(bytes: ArrayLike<number>, offset: ArrayLike<number>, scale: ArrayLike<number>): Float32Array {
  if (offset.length !== bytes.length || scale.length !== bytes.length) {
    throw new MathInputError(`scaleInput: ${bytes.length} pixels but ${offset.length} offsets and ${scale.length} scales`);
  }
  const x = new Float32Array(bytes.length);
  for (let p = 0; p < bytes.length; p++) x[p] = (bytes[p]! - offset[p]!) * scale[p]!;
  return x;
}

/**
 * The logits o_c = Σ_p x_p w_pc + b_c for one input x (`inputs` values),
 * accumulated in float64. Zero pixels are skipped: a drawing is mostly black.
 */
export function linearLogits(model: LinearModel, x: ArrayLike<number>): number[] {
  const { inputs: d, classes: q, W, b } = model;
  assertShapes(model);
  if (x.length !== d) throw new MathInputError(`input has ${x.length} values, the model takes ${d}`);
  const o = Array.from(b);
  for (let p = 0; p < d; p++) {
    const v = x[p]!;
    if (v === 0) continue;
    const row = p * q;
    for (let c = 0; c < q; c++) o[c] = o[c]! + v * W[row + c]!;
  }
  return o;
}

/**
 * Each pixel's share of logit c, x_p · w_pc: the shares add up to o_c − b_c.
 * Positive where the pixel pushed the class's logit up, negative where it
 * pulled it down: the picture of why the model scored the class as it did.
 */
export function pixelContributions(model: LinearModel, x: ArrayLike<number>, classIndex: number): Float64Array {
  const { inputs: d, classes: q, W } = model;
  assertShapes(model);
  if (x.length !== d) throw new MathInputError(`input has ${x.length} values, the model takes ${d}`);
  if (!Number.isInteger(classIndex) || classIndex < 0 || classIndex >= q) throw new MathInputError(`class ${classIndex} is not in 0..${q - 1}`);
  const out = new Float64Array(d);
  for (let p = 0; p < d; p++) out[p] = x[p]! * W[p * q + classIndex]!;
  return out;
}
