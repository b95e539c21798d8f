import { describe, expect, it } from 'vitest';
import { divergingColor } from '@/ui/diverging-scale';
import { NEGATIVE_WEIGHT_COLOR, POSITIVE_WEIGHT_COLOR, edgeStyle, grayShade } from './network-view';

const hex = (rgb: readonly number[]) => `#${rgb.map((v) => v.toString(16).padStart(2, '0')).join('')}`;

describe('edgeStyle', () => {
  it('colours a positive weight as the weight templates colour their most positive value, a negative one as their most negative', () => {
    expect(edgeStyle(1.5).color).toBe(hex(divergingColor(1, 1)));
    expect(edgeStyle(-0.5).color).toBe(hex(divergingColor(-1, 1)));
    expect(POSITIVE_WEIGHT_COLOR).toBe('#ca0020');
    expect(NEGATIVE_WEIGHT_COLOR).toBe('#0571b0');
    expect(edgeStyle(0).color).toBe(POSITIVE_WEIGHT_COLOR);
  });

  it('grows with |w| up to |w| = 3', () => {
    expect(edgeStyle(0).width).toBeCloseTo(0.75, 12);
    expect(edgeStyle(-1).width).toBeCloseTo(1.95, 12);
    expect(edgeStyle(3).width).toBeCloseTo(4.35, 12);
    expect(edgeStyle(10).width).toBe(edgeStyle(3).width);
  });
});

describe('grayShade', () => {
  it.each([
    [0, 0],
    [1, 255],
    [0.5, 128],
    [0.2, 51],
    [-0.3, 0],
    [1.7, 255],
  ])('pixel %s is gray level %s', (value, shade) => {
    expect(grayShade(value)).toBe(shade);
  });
});
