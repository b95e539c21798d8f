import type { InputScaling } from '@/domain/training-config';

/**
 * Turning stored bytes into the float matrices a step consumes. Pixels stay
 * bytes in memory (47 MB for the training set instead of 188 MB as floats),
 * and each minibatch is converted on the way to the GPU.
 */

/** Per-pixel mean and standard deviation over the training examples only. */
export interface PixelStats {
  mean: Float32Array;
  std: Float32Array;
}

/** Pixel statistics of the first `count` images; a constant pixel gets std 1 so it maps to 0, not NaN. */
export function pixelStats(images: Uint8Array, count: number, pixels: number): PixelStats {
  if (count < 1 || images.length < count * pixels) throw new RangeError(`pixelStats: need ${count} images of ${pixels} pixels`);
  const sum = new Float64Array(pixels);
  const sumSq = new Float64Array(pixels);
  for (let i = 0; i < count; i++) {
    const base = i * pixels;
    for (let p = 0; p < pixels; p++) {
      const v = images[base + p]!;
      sum[p] = sum[p]! + v;
      sumSq[p] = sumSq[p]! + v * v;
    }
  }
  const mean = new Float32Array(pixels);
  const std = new Float32Array(pixels);
  for (let p = 0; p < pixels; p++) {
    const m = sum[p]! / count;
    const variance = Math.max(0, sumSq[p]! / count - m * m);
    mean[p] = m;
    std[p] = variance > 1e-12 ? Math.sqrt(variance) : 1;
  }
  return { mean, std };
}

/** How a pixel byte becomes the model's input: x = (byte − offset[p]) · scale[p]. */
export interface Scaler {
  offset: Float32Array;
  scale: Float32Array;
  /** True when every pixel has offset[0] and scale[0] ('raw', 'unit'): fillImages takes a faster path. */
  uniform: boolean;
}

function uniformScaler(pixels: number, scale: number): Scaler {
  return { offset: new Float32Array(pixels), scale: new Float32Array(pixels).fill(scale), uniform: true };
}

export function makeScaler(scaling: InputScaling, pixels: number, stats?: PixelStats): Scaler {
  switch (scaling) {
    case 'raw':
      return uniformScaler(pixels, 1);
    case 'unit':
      return uniformScaler(pixels, 1 / 255);
    case 'standardize': {
      if (!stats) throw new Error('makeScaler: standardizing needs the training set’s pixel statistics');
      return { offset: stats.mean, scale: stats.std.map((s) => 1 / s), uniform: false };
    }
  }
}

/**
 * Fills `out` (rows × pixels, row-major) with the scaled images order[start..start+rows)
 * (images start..start+rows when `order` is null). Returns `out` so a caller can
 * reuse one buffer for every batch.
 */
export function fillImages(
  images: Uint8Array,
  order: ArrayLike<number> | null,
  start: number,
  rows: number,
  pixels: number,
  scaler: Scaler,
  out: Float32Array,
): Float32Array {
  const { offset, scale } = scaler;
  if (scaler.uniform) {
    // Rows of bytes copied and converted by set(), then scaled in place: faster
    // than the per-pixel formula (README, Performance), the same float32 values.
    for (let r = 0; r < rows; r++) {
      const src = (order ? order[start + r]! : start + r) * pixels;
      out.set(images.subarray(src, src + pixels), r * pixels);
    }
    const [offset0, scale0] = [offset[0]!, scale[0]!];
    if (offset0 !== 0 || scale0 !== 1) for (let i = 0; i < rows * pixels; i++) out[i] = (out[i]! - offset0) * scale0;
    return out;
  }
  for (let r = 0; r < rows; r++) {
    const src = (order ? order[start + r]! : start + r) * pixels;
    const dst = r * pixels;
    for (let p = 0; p < pixels; p++) out[dst + p] = (images[src + p]! - offset[p]!) * scale[p]!;
  }
  return out;
}

/** Fills `out` (rows × classCount) with the one-hot vectors of labels order[start..start+rows). */
export function fillOneHot(
  labels: Uint8Array,
  order: ArrayLike<number>,
  start: number,
  rows: number,
  classCount: number,
  out: Float32Array,
): Float32Array {
  out.fill(0, 0, rows * classCount);
  for (let r = 0; r < rows; r++) out[r * classCount + labels[order[start + r]!]!] = 1;
  return out;
}

/** Writes the transpose of the rows × cols matrix `src` into `out` (cols × rows). */
export function transposeInto(src: Float32Array, rows: number, cols: number, out: Float32Array): Float32Array {
  // Blocks of 32 rows keep both the reads and the writes within a few cache lines.
  for (let r0 = 0; r0 < rows; r0 += 32) {
    const r1 = Math.min(r0 + 32, rows);
    for (let c = 0; c < cols; c++) {
      const dst = c * rows;
      for (let r = r0; r < r1; r++) out[dst + r] = src[r * cols + c]!;
    }
  }
  return out;
}

/**
 * Writes the rows × cols matrix `src` (row-major) into `out` in WebGL's packed
 * layout: one texel of four values per 2 × 2 block (rows r, r + 1 and columns
 * c, c + 1, in that order), block after block along a row of blocks. Values
 * past an odd last row or column are 0. Returns `out`.
 */
export function packBlocks(src: Float32Array, rows: number, cols: number, out: Float32Array): Float32Array {
  let k = 0;
  for (let r = 0; r < rows; r += 2) {
    const top = r * cols;
    const hasBottom = r + 1 < rows;
    const bottom = top + cols;
    for (let c = 0; c < cols; c += 2) {
      const hasRight = c + 1 < cols;
      out[k] = src[top + c]!;
      out[k + 1] = hasRight ? src[top + c + 1]! : 0;
      out[k + 2] = hasBottom ? src[bottom + c]! : 0;
      out[k + 3] = hasBottom && hasRight ? src[bottom + c + 1]! : 0;
      k += 4;
    }
  }
  return out;
}
