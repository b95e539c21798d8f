import { isBlank } from './brush';

/**
 * A drawing made into a Fashion-MNIST item. Zalando made each item by trimming
 * the product photo's background, scaling its longest side to 28 pixels and
 * centring it on the 28 × 28 canvas, light on black (Xiao, Rasul and Vollgraf
 * 2017). The same here: the bounding box of the ink, its longest side scaled to
 * fill the grid, centred by its box.
 */

/** A pixel counts as ink above this: 5% of 255, the tolerance Fashion-MNIST trimmed its backgrounds with. */
export const INK_THRESHOLD = 13;

/** Rows top … bottom − 1 and columns left … right − 1. */
export interface InkBox {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** The smallest box holding every pixel above the threshold; null for a blank picture. */
export function inkBox(pixels: ArrayLike<number>, size: number, threshold = INK_THRESHOLD): InkBox | null {
  let top = size;
  let left = size;
  let bottom = 0;
  let right = 0;
  for (let row = 0; row < size; row++) {
    for (let col = 0; col < size; col++) {
      if (pixels[row * size + col]! <= threshold) continue;
      top = Math.min(top, row);
      bottom = Math.max(bottom, row + 1);
      left = Math.min(left, col);
      right = Math.max(right, col + 1);
    }
  }
  return bottom === 0 ? null : { top, left, bottom, right };
}

/** Bilinear sample of the picture at (x, y) in pixel-centre coordinates, clamped to the box. */
function sample(pixels: ArrayLike<number>, size: number, box: InkBox, x: number, y: number): number {
  const cx = Math.max(box.left, Math.min(box.right - 1, x));
  const cy = Math.max(box.top, Math.min(box.bottom - 1, y));
  const x0 = Math.floor(cx);
  const y0 = Math.floor(cy);
  const x1 = Math.min(x0 + 1, box.right - 1);
  const y1 = Math.min(y0 + 1, box.bottom - 1);
  const fx = cx - x0;
  const fy = cy - y0;
  const at = (r: number, c: number) => pixels[r * size + c]!;
  const topRow = at(y0, x0) * (1 - fx) + at(y0, x1) * fx;
  const bottomRow = at(y1, x0) * (1 - fx) + at(y1, x1) * fx;
  return topRow * (1 - fy) + bottomRow * fy;
}

/**
 * The picture as the dataset would hold it: its ink box scaled (bilinearly) so
 * that the longest side spans the whole grid, then centred by the box. null for
 * a blank picture, which has nothing to classify. A picture that already fills
 * the grid on its longest side comes back unchanged apart from the centring.
 */
export function centreAndScale(pixels: ArrayLike<number>, size: number, threshold = INK_THRESHOLD): Uint8Array | null {
  const box = inkBox(pixels, size, threshold);
  if (!box) return null;
  const width = box.right - box.left;
  const height = box.bottom - box.top;
  const scale = size / Math.max(width, height);
  const outWidth = Math.max(1, Math.min(size, Math.round(width * scale)));
  const outHeight = Math.max(1, Math.min(size, Math.round(height * scale)));
  const left = Math.floor((size - outWidth) / 2);
  const top = Math.floor((size - outHeight) / 2);
  const out = new Uint8Array(size * size);
  for (let row = 0; row < outHeight; row++) {
    const y = box.top + (row + 0.5) / scale - 0.5;
    for (let col = 0; col < outWidth; col++) {
      const x = box.left + (col + 0.5) / scale - 0.5;
      out[(top + row) * size + left + col] = Math.round(sample(pixels, size, box, x, y));
    }
  }
  return out;
}

/** What the model reads from the grid: centred and scaled, or as it is; null when nothing is drawn. */
export function modelInputOf(pixels: Uint8Array, size: number, centre: boolean): Uint8Array | null {
  if (centre) return centreAndScale(pixels, size);
  return isBlank(pixels, INK_THRESHOLD) ? null : pixels;
}
