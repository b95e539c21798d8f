import { describe, expect, it } from 'vitest';
import { divergingColor } from '@/ui/diverging-scale';
import { cellColors, cellIntensity, maxOffDiagonal } from './confusion-shade';
import { confusionMatrixSvg, weightTemplatesSvg } from './export-svg';

const picture = { title: 'Confusion <matrix>', text: '#000000', background: '#ffffff' };

describe('confusionMatrixSvg', () => {
  const matrix = [
    [5, 1, 0],
    [2, 7, 1],
    [0, 0, 9],
  ];
  const rates = matrix.map((row) => row.map((c) => c / row.reduce((a, b) => a + b, 0)));
  const { svg, width, height } = confusionMatrixSvg(matrix, rates, ['T-shirt', 'Trouser', 'Bag'], { trueAxis: 'true', predAxis: 'pred' }, picture);

  it('is a standalone SVG with every count, the names and an escaped title', () => {
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg).toContain(`width="${width}" height="${height}"`);
    expect(svg).toContain('Confusion &lt;matrix&gt;');
    for (const count of matrix.flat()) expect(svg).toContain(`>${count}</text>`);
    expect(svg).toContain('>Trouser</text>');
  });

  it('shades the cells as the page does', () => {
    const colors = cellColors(cellIntensity(rates[1]![0]!, false, maxOffDiagonal(rates)), false);
    expect(svg).toContain(`fill="${colors.background}"`);
    expect(svg.match(/<rect /g)).toHaveLength(1 + 9); // the background and nine cells
  });
});

describe('weightTemplatesSvg', () => {
  it('draws each class’s template pixel by pixel on the symmetric diverging scale', () => {
    // 2 × 2 pictures, 3 classes: W[p, c] = p − c.
    const weights = Float32Array.from({ length: 12 }, (_, i) => Math.floor(i / 3) - (i % 3));
    const { svg } = weightTemplatesSvg(weights, 3, 2, 2, ['a', 'b', 'c'], { negative: 'neg', positive: 'pos' }, picture);
    expect(svg.match(/<rect /g)).toHaveLength(1 + 12);
    const hex = (rgb: readonly number[]) => `#${rgb.map((v) => v.toString(16).padStart(2, '0')).join('')}`;
    // The extent is max |W| = 3: pixel 3 of class 0 is the most positive colour, pixel 0 of class 2 the most negative.
    expect(svg).toContain(`fill="${hex(divergingColor(3, 3))}"`);
    expect(svg).toContain(`fill="${hex(divergingColor(-2, 3))}"`);
    expect(svg).toContain('-3.000 neg');
    expect(svg).toContain('pos +3.000');
  });
});
