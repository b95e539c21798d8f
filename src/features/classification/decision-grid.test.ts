import { describe, expect, it } from 'vitest';
import { softmax, argmax } from '@/math/softmax';
import { affine } from '@/math/linear';
import { DEFAULT_NETWORK } from '@/state/playground';
import { PIXEL_PAIRS, cellCentre, decisionGrid, pixelSymbol } from './decision-grid';

describe('decisionGrid', () => {
  it('two classes that each read one pixel split the square along the diagonal x₁ = x₂', () => {
    const network = { pixels: [0.3, 0.8, 0, 0], weights: [[1, 0, 0, 0], [0, 1, 0, 0]], biases: [0, 0] };
    const size = 8;
    const grid = decisionGrid(network, 0, 1, size);
    for (let row = 0; row < size; row++) {
      for (let col = 0; col < size; col++) {
        const x1 = cellCentre(col, size);
        const x2 = 1 - cellCentre(row, size);
        expect(grid.classes[row * size + col]).toBe(x1 >= x2 ? 0 : 1); // a tie goes to the first class, as argmax does
      }
    }
    expect(grid.point).toEqual({ x: 0.3, y: 0.8, predicted: 1 });
  });

  it('each cell is the argmax of the softmax of Wx + b (the default network)', () => {
    const size = 12;
    const grid = decisionGrid(DEFAULT_NETWORK, 0, 1, size);
    expect(grid.classes).toHaveLength(size * size);
    for (let row = 0; row < size; row++) {
      for (let col = 0; col < size; col++) {
        const x = [cellCentre(col, size), 1 - cellCentre(row, size), ...DEFAULT_NETWORK.pixels.slice(2)];
        const probs = softmax(affine(DEFAULT_NETWORK.weights, x, DEFAULT_NETWORK.biases));
        expect(grid.classes[row * size + col]).toBe(argmax(probs));
      }
    }
  });

  it('regions are convex: along any row the class changes at most q − 1 times and never comes back', () => {
    const size = 40;
    const grid = decisionGrid(DEFAULT_NETWORK, 0, 1, size);
    for (let row = 0; row < size; row++) {
      const line = grid.classes.slice(row * size, (row + 1) * size);
      const runs = line.filter((c, i) => i === 0 || c !== line[i - 1]);
      expect(new Set(runs).size).toBe(runs.length);
    }
  });

  it('rejects a bad size or pixel', () => {
    expect(() => decisionGrid(DEFAULT_NETWORK, 0, 0, 8)).toThrow(RangeError);
    expect(() => decisionGrid(DEFAULT_NETWORK, 0, 4, 8)).toThrow(RangeError);
    expect(() => decisionGrid(DEFAULT_NETWORK, 0, 1, 0)).toThrow(RangeError);
  });
});

describe('pixel pairs and symbols', () => {
  it('names pixels x₁ … x₄ (and beyond, digit by digit)', () => {
    expect([0, 1, 2, 3].map(pixelSymbol)).toEqual(['x₁', 'x₂', 'x₃', 'x₄']);
    expect(pixelSymbol(11)).toBe('x₁₂');
  });

  it('lists each pair of the four pixels once, and each makes a map', () => {
    expect(new Set(PIXEL_PAIRS.map(([a, b]) => `${a}${b}`)).size).toBe(6);
    for (const [a, b] of PIXEL_PAIRS) expect(decisionGrid(DEFAULT_NETWORK, a, b, 4).classes).toHaveLength(16);
  });
});
