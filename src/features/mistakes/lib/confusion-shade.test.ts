import { describe, expect, it } from 'vitest';
import { cellColors, cellIntensity, contrastRatio, maxOffDiagonal } from './confusion-shade';

describe('cellIntensity', () => {
  it('shades the diagonal by its rate', () => {
    expect(cellIntensity(0.9, true, 0.1)).toBe(0.9);
  });

  it('shades mistakes relative to the largest mistake rate', () => {
    expect(cellIntensity(0.05, false, 0.1)).toBe(0.5);
    expect(cellIntensity(0.1, false, 0.1)).toBe(1);
  });

  it('leaves empty cells and matrices without mistakes unshaded', () => {
    expect(cellIntensity(0, false, 0.1)).toBe(0);
    expect(cellIntensity(0.2, false, 0)).toBe(0);
    expect(cellIntensity(NaN, true, 0.1)).toBe(0);
  });
});

describe('maxOffDiagonal', () => {
  it('ignores the diagonal', () => {
    expect(
      maxOffDiagonal([
        [0.9, 0.1],
        [0.3, 0.7],
      ]),
    ).toBe(0.3);
    expect(maxOffDiagonal([[1]])).toBe(0);
  });
});

const rgb = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) as [number, number, number];

describe('cellColors', () => {
  it('runs from white to the full hue', () => {
    expect(cellColors(0, true)).toEqual({ background: '#ffffff', text: '#000000' });
    expect(cellColors(1, true)).toEqual({ background: '#08519c', text: '#ffffff' });
    expect(cellColors(1, false)).toEqual({ background: '#a63603', text: '#ffffff' });
  });

  it('keeps text at WCAG AA contrast (4.5:1) at every intensity, on both hues', () => {
    for (const diagonal of [true, false]) {
      for (let i = 0; i <= 100; i++) {
        const { background, text } = cellColors(i / 100, diagonal);
        expect(contrastRatio(rgb(background), rgb(text)), `${background} at ${i}%`).toBeGreaterThanOrEqual(4.5);
      }
    }
  });

  it('treats NaN and out-of-range intensities as clamped', () => {
    expect(cellColors(NaN, false).background).toBe('#ffffff');
    expect(cellColors(7, false).background).toBe('#a63603');
  });

  it('computes the WCAG ratio of black on white as 21', () => {
    expect(contrastRatio([0, 0, 0], [255, 255, 255])).toBeCloseTo(21, 10);
  });
});
