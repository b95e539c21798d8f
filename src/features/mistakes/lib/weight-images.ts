/**
 * Softmax regression's W is inputSize × classCount, row-major (one row per
 * pixel). Column c holds class c's weight for every pixel: reshaped to 28 × 28
 * it is the "template" the class score compares each image with.
 */
export function classWeights(weights: ArrayLike<number>, classCount: number, classIndex: number): Float32Array {
  if (!Number.isInteger(classCount) || classCount < 1 || weights.length % classCount !== 0) {
    throw new RangeError(`weights of length ${weights.length} do not split into ${classCount} columns`);
  }
  if (!Number.isInteger(classIndex) || classIndex < 0 || classIndex >= classCount) {
    throw new RangeError(`class ${classIndex} is outside 0..${classCount - 1}`);
  }
  const inputSize = weights.length / classCount;
  const column = new Float32Array(inputSize);
  for (let p = 0; p < inputSize; p++) column[p] = weights[p * classCount + classIndex]!;
  return column;
}

/** One image of a row-major count × pixels byte array, without copying. */
export function imageAt(images: Uint8Array, pixels: number, index: number): Uint8Array {
  const start = index * pixels;
  if (!Number.isInteger(index) || index < 0 || start + pixels > images.length) {
    throw new RangeError(`image ${index} is outside the ${Math.floor(images.length / pixels)} images`);
  }
  return images.subarray(start, start + pixels);
}

/** Grey pixels (0..255) as opaque RGBA, as an ImageData's `data` expects. */
export function paintGray(pixels: ArrayLike<number>, out: Uint8ClampedArray): void {
  if (out.length !== pixels.length * 4) {
    throw new RangeError(`out must hold ${pixels.length * 4} bytes, got ${out.length}`);
  }
  for (let i = 0; i < pixels.length; i++) {
    const v = pixels[i]!;
    out[i * 4] = v;
    out[i * 4 + 1] = v;
    out[i * 4 + 2] = v;
    out[i * 4 + 3] = 255;
  }
}
