import { describe, expect, it } from 'vitest';
import { GRID_SIZE, isBlank, paintGray, paintSegment, pointerToGrid } from './brush';
import { centreAndScale, inkBox, INK_THRESHOLD, modelInputOf } from './preprocess';
import { checkUploadFile, checkUploadSize, fitInside, grayFromRgba, placeCentred, toDatasetPolarity } from './upload';

const N = GRID_SIZE;
const blank = () => new Uint8Array(N * N);
/** A filled rectangle of `value`, rows top…bottom−1, columns left…right−1. */
function rect(top: number, left: number, bottom: number, right: number, value = 255): Uint8Array {
  const pixels = blank();
  for (let r = top; r < bottom; r++) for (let c = left; c < right; c++) pixels[r * N + c] = value;
  return pixels;
}
/** The centre of the ink box, in pixel units. */
const boxCentre = (pixels: Uint8Array) => {
  const box = inkBox(pixels, N)!;
  return { x: (box.left + box.right) / 2, y: (box.top + box.bottom) / 2, width: box.right - box.left, height: box.bottom - box.top };
};

describe('paintSegment', () => {
  it('paints a dot with full ink at its centre and soft edges', () => {
    const pixels = blank();
    expect(paintSegment(pixels, N, { x: 10.5, y: 10.5 }, { x: 10.5, y: 10.5 }, 1.5, 'pen')).toBe(true);
    expect(pixels[10 * N + 10]).toBe(255);
    expect(pixels[10 * N + 11]).toBe(255); // d = 1: coverage min(1, 2 − 1) = 1
    expect(pixels[11 * N + 11]).toBe(Math.round(255 * (2 - Math.SQRT2))); // d = √2
    expect(pixels[10 * N + 13]).toBe(0); // d = 3, beyond the brush
  });

  it('leaves no gaps along a fast stroke, and never darkens with the pen', () => {
    const pixels = blank();
    pixels[5 * N + 20] = 255;
    paintSegment(pixels, N, { x: 2.5, y: 5.5 }, { x: 25.5, y: 5.5 }, 0.5, 'pen');
    for (let c = 2; c <= 25; c++) expect(pixels[5 * N + c], `column ${c}`).toBe(255);
    expect(pixels[4 * N + 10]).toBe(0);
  });

  it('erases, and reports when nothing changed', () => {
    const pixels = rect(0, 0, N, N);
    paintSegment(pixels, N, { x: 14.5, y: 14.5 }, { x: 14.5, y: 14.5 }, 1, 'eraser');
    expect(pixels[14 * N + 14]).toBe(0);
    expect(pixels[0]).toBe(255);
    expect(paintSegment(blank(), N, { x: 3, y: 3 }, { x: 4, y: 4 }, 1, 'eraser')).toBe(false);
  });

  it('clips strokes at the edges', () => {
    const pixels = blank();
    paintSegment(pixels, N, { x: -5, y: -5 }, { x: 0.5, y: 0.5 }, 2, 'pen');
    expect(pixels[0]).toBe(255);
    expect(pixels.length).toBe(N * N);
  });
});

describe('paintGray', () => {
  it('writes each byte as an opaque grey RGBA pixel', () => {
    const out = new Uint8ClampedArray(8);
    paintGray([0, 200], out);
    expect(Array.from(out)).toEqual([0, 0, 0, 255, 200, 200, 200, 255]);
    expect(() => paintGray([1], new Uint8ClampedArray(3))).toThrow(RangeError);
  });
});

describe('pointerToGrid', () => {
  it('maps a pointer over the large canvas to grid units, clamped to the grid', () => {
    const rect = { left: 100, top: 50, width: 280, height: 280 };
    expect(pointerToGrid(100, 50, rect)).toEqual({ x: 0, y: 0 });
    expect(pointerToGrid(240, 190, rect)).toEqual({ x: 14, y: 14 });
    expect(pointerToGrid(1000, -10, rect)).toEqual({ x: 28, y: 0 });
  });
});

describe('centreAndScale', () => {
  it('gives nothing for a blank or nearly blank picture', () => {
    expect(centreAndScale(blank(), N)).toBeNull();
    const faint = blank().fill(INK_THRESHOLD);
    expect(centreAndScale(faint, N)).toBeNull();
    expect(modelInputOf(blank(), N, false)).toBeNull();
    expect(isBlank(faint, INK_THRESHOLD)).toBe(true);
  });

  it('scales a small shape in a corner up to span the grid on its longest side, centred', () => {
    // A 4 wide × 8 tall block in the top-left corner.
    const out = centreAndScale(rect(1, 2, 9, 6), N)!;
    const centre = boxCentre(out);
    expect(centre.height).toBe(28);
    expect(centre.width).toBe(14);
    expect(centre.x).toBe(14);
    expect(centre.y).toBe(14);
    // Solid ink stays solid.
    expect(out[14 * N + 14]).toBe(255);
    expect(out[14 * N + 7]).toBe(255);
    expect(out[14 * N + 6]).toBe(0);
  });

  it('keeps proportions for a wide shape (a sandal is wider than tall)', () => {
    const out = centreAndScale(rect(20, 10, 26, 22), N)!; // 12 wide × 6 tall
    const centre = boxCentre(out);
    expect(centre.width).toBe(28);
    expect(centre.height).toBe(14);
    expect(centre.y).toBe(14);
  });

  it('only centres a picture whose longest side already spans the grid', () => {
    const tall = rect(0, 0, N, 10, 200); // 10 wide, full height, against the left edge
    tall[5 * N + 3] = 90; // some texture, which must survive unchanged
    const out = centreAndScale(tall, N)!;
    const box = inkBox(out, N)!;
    expect(box).toEqual({ top: 0, bottom: N, left: 9, right: 19 });
    expect(out[5 * N + 12]).toBe(90);
    expect(out[6 * N + 12]).toBe(200);
  });

  it('is what the model reads when centring is on, and the picture itself when it is off', () => {
    const pixels = rect(1, 2, 9, 6);
    expect(modelInputOf(pixels, N, true)).toEqual(centreAndScale(pixels, N));
    expect(modelInputOf(pixels, N, false)).toBe(pixels);
  });
});

describe('uploads', () => {
  it('refuses what is not an image, empty or too large before decoding', () => {
    expect(checkUploadFile({ type: 'text/plain', size: 10 })).toBe('not-image');
    expect(checkUploadFile({ type: 'image/png', size: 0 })).toBe('empty');
    expect(checkUploadFile({ type: 'image/png', size: 50_000_000 })).toBe('too-large');
    expect(checkUploadFile({ type: 'image/jpeg', size: 300_000 })).toBeNull();
    expect(checkUploadSize(20_000, 20_000)).toBe('too-many-pixels');
    expect(checkUploadSize(0, 10)).toBe('unreadable');
    expect(checkUploadSize(640, 480)).toBeNull();
  });

  it('fits a picture into the grid with its proportions, and places it in the middle on black', () => {
    expect(fitInside(640, 320, 28)).toEqual({ width: 28, height: 14 });
    expect(fitInside(10, 10, 28)).toEqual({ width: 28, height: 28 });
    expect(fitInside(1, 5000, 28)).toEqual({ width: 1, height: 28 });
    const placed = placeCentred(new Uint8Array(28 * 14).fill(9), 28, 14, 28);
    expect(inkBox(placed, 28, 5)).toEqual({ top: 7, bottom: 21, left: 0, right: 28 });
  });

  it('turns RGBA into grey over white, and makes a dark item on a light background light on black', () => {
    const rgba = Uint8ClampedArray.from([255, 0, 0, 255, 0, 0, 0, 0, 10, 20, 30, 128]);
    const gray = grayFromRgba(rgba);
    expect(Array.from(gray)).toEqual([76, 255, Math.round((0.299 * 10 + 0.587 * 20 + 0.114 * 30) * (128 / 255) + 255 * (127 / 255))]);
    // A dark square on white: inverted. A light square on black: kept, whatever its shape.
    const onWhite = rect(10, 10, 18, 18, 0).map((_, k) => (Math.floor(k / N) >= 10 && Math.floor(k / N) < 18 && k % N >= 10 && k % N < 18 ? 30 : 250));
    const fixed = toDatasetPolarity(onWhite, N, N);
    expect(fixed[0]).toBe(5);
    expect(fixed[14 * N + 14]).toBe(225);
    const onBlack = rect(10, 10, 18, 18);
    const wide = new Uint8Array(20 * 4).fill(0);
    wide[25] = 255;
    expect(toDatasetPolarity(wide, 20, 4)).toBe(wide);
    expect(toDatasetPolarity(onBlack, N, N)).toBe(onBlack);
  });
});
