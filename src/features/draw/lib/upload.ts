/**
 * A picture file made into the grid's bytes. The file is checked before it is
 * decoded (a huge file is refused unread), and a dark garment photographed on a
 * light background is inverted, because Fashion-MNIST's items are light on black.
 */

/** Larger files are refused before decoding: a phone photo is a few MB; a small drawing needs far less. */
export const MAX_UPLOAD_BYTES = 8 * 1024 * 1024;
/** Decoded pictures larger than this (width × height) are refused: 40 megapixels. */
export const MAX_UPLOAD_PIXELS = 40_000_000;

export type UploadProblem = 'empty' | 'not-image' | 'too-large' | 'too-many-pixels' | 'unreadable';

/** What can be told from the file alone: its declared type and its size. */
export function checkUploadFile(file: { type: string; size: number }): UploadProblem | null {
  if (file.size === 0) return 'empty';
  if (!file.type.startsWith('image/')) return 'not-image';
  if (file.size > MAX_UPLOAD_BYTES) return 'too-large';
  return null;
}

/** And what the decoded picture tells. */
export function checkUploadSize(width: number, height: number): UploadProblem | null {
  if (!(width > 0) || !(height > 0)) return 'unreadable';
  return width * height > MAX_UPLOAD_PIXELS ? 'too-many-pixels' : null;
}

/** The largest w × h (whole pixels) that fits `size` × `size` with the picture's proportions. */
export function fitInside(width: number, height: number, size: number): { width: number; height: number } {
  const scale = size / Math.max(width, height);
  return { width: Math.max(1, Math.min(size, Math.round(width * scale))), height: Math.max(1, Math.min(size, Math.round(height * scale))) };
}

/** A width × height picture placed in the middle of a black size × size grid. */
export function placeCentred(gray: Uint8Array, width: number, height: number, size: number): Uint8Array {
  const out = new Uint8Array(size * size);
  const left = Math.floor((size - width) / 2);
  const top = Math.floor((size - height) / 2);
  for (let row = 0; row < height; row++) out.set(gray.subarray(row * width, (row + 1) * width), (top + row) * size + left);
  return out;
}

/**
 * RGBA pixels (as ImageData holds them) to grey bytes, each pixel composited
 * over white (a transparent background is a light background): luma
 * 0.299 R + 0.587 G + 0.114 B.
 */
export function grayFromRgba(rgba: ArrayLike<number>): Uint8Array {
  const out = new Uint8Array(rgba.length / 4);
  for (let k = 0; k < out.length; k++) {
    const alpha = rgba[4 * k + 3]! / 255;
    const luma = 0.299 * rgba[4 * k]! + 0.587 * rgba[4 * k + 1]! + 0.114 * rgba[4 * k + 2]!;
    out[k] = Math.round(luma * alpha + 255 * (1 - alpha));
  }
  return out;
}

/** The mean of the pixels on the picture's outer border (width × height, row-major). */
function borderMean(gray: ArrayLike<number>, width: number, height: number): number {
  let sum = 0;
  let count = 0;
  for (let row = 0; row < height; row++) {
    for (let col = 0; col < width; col++) {
      if (row !== 0 && row !== height - 1 && col !== 0 && col !== width - 1) continue;
      sum += gray[row * width + col]!;
      count++;
    }
  }
  return sum / count;
}

/** Light on black, as the dataset's items are: inverted when the border (the background) is the brighter half. */
export function toDatasetPolarity(gray: Uint8Array, width: number, height: number): Uint8Array {
  return borderMean(gray, width, height) > 127.5 ? gray.map((v) => 255 - v) : gray;
}
