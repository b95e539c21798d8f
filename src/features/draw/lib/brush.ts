/**
 * Painting on the 28 × 28 grid the model reads: bytes 0 (background, black) to
 * 255 (a bright garment), as in Fashion-MNIST. Positions are in pixel units, a
 * pixel's centre at (column + 0.5, row + 0.5).
 */
export const GRID_SIZE = 28;

export type BrushMode = 'pen' | 'eraser';

export interface GridPoint {
  x: number;
  y: number;
}

/** Distance from p to the segment a–b. */
function distanceToSegment(px: number, py: number, a: GridPoint, b: GridPoint): number {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const lengthSq = dx * dx + dy * dy;
  const t = lengthSq === 0 ? 0 : Math.max(0, Math.min(1, ((px - a.x) * dx + (py - a.y) * dy) / lengthSq));
  return Math.hypot(px - (a.x + t * dx), py - (a.y + t * dy));
}

/**
 * Paints the stroke from a to b with a round brush of `radius` pixels into
 * `pixels` (size × size, row-major), in place. Edges are anti-aliased: a pixel
 * whose centre is d from the stroke is covered clamp(radius + 0.5 − d, 0, 1).
 * The pen raises a pixel to 255 × coverage (never darkens it); the eraser lowers
 * it to 255 × (1 − coverage). A segment, not two dots: a fast pointer leaves no
 * gaps. Returns whether any pixel changed.
 */
export function paintSegment(
  pixels: Uint8Array,
  size: number,
  a: GridPoint,
  b: GridPoint,
  radius: number,
  mode: BrushMode,
): boolean {
  if (!(radius > 0)) throw new RangeError(`brush radius must be positive, got ${radius}`);
  const reach = radius + 0.5;
  const left = Math.max(0, Math.floor(Math.min(a.x, b.x) - reach));
  const right = Math.min(size - 1, Math.ceil(Math.max(a.x, b.x) + reach));
  const top = Math.max(0, Math.floor(Math.min(a.y, b.y) - reach));
  const bottom = Math.min(size - 1, Math.ceil(Math.max(a.y, b.y) + reach));
  let changed = false;
  for (let row = top; row <= bottom; row++) {
    for (let col = left; col <= right; col++) {
      const coverage = Math.max(0, Math.min(1, reach - distanceToSegment(col + 0.5, row + 0.5, a, b)));
      if (coverage === 0) continue;
      const k = row * size + col;
      const old = pixels[k]!;
      const next = mode === 'pen' ? Math.max(old, Math.round(255 * coverage)) : Math.min(old, Math.round(255 * (1 - coverage)));
      if (next !== old) {
        pixels[k] = next;
        changed = true;
      }
    }
  }
  return changed;
}

/** The grid position under a pointer at (clientX, clientY) over an element occupying `rect`. */
export function pointerToGrid(clientX: number, clientY: number, rect: { left: number; top: number; width: number; height: number }, size = GRID_SIZE): GridPoint {
  return {
    x: Math.max(0, Math.min(size, ((clientX - rect.left) / rect.width) * size)),
    y: Math.max(0, Math.min(size, ((clientY - rect.top) / rect.height) * size)),
  };
}

/** Whether every pixel is background (below the ink threshold). */
export function isBlank(pixels: ArrayLike<number>, threshold: number): boolean {
  for (let k = 0; k < pixels.length; k++) if (pixels[k]! > threshold) return false;
  return true;
}

/** Grey bytes as opaque RGBA, as an ImageData's `data` expects (4 bytes a pixel). */
export function paintGray(values: ArrayLike<number>, out: Uint8ClampedArray): void {
  if (out.length !== values.length * 4) throw new RangeError(`out must hold ${values.length * 4} bytes, got ${out.length}`);
  for (let k = 0; k < values.length; k++) {
    const v = values[k]!;
    out[4 * k] = v;
    out[4 * k + 1] = v;
    out[4 * k + 2] = v;
    out[4 * k + 3] = 255;
  }
}
