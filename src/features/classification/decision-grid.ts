import { affine } from '@/math/linear';
import { argmax } from '@/math/softmax';

export interface DecisionGridInput {
  pixels: number[];
  weights: number[][];
  biases: number[];
}

/** The predicted class over a plane of inputs: two pixels vary, the others keep their values. */
export interface DecisionGrid {
  /** Cells per side. */
  size: number;
  /** classes[row * size + col]: argmax of Wx + b at the cell's centre; row 0 is the top (the varied y pixel = 1). */
  classes: number[];
  /** The current image's point, in [0, 1]², and its class. */
  point: { x: number; y: number; predicted: number };
}

/** The value a cell centre stands for: size cells over [0, 1]. */
export const cellCentre = (index: number, size: number): number => (index + 0.5) / size;

/**
 * Colours the square of (x_a, x_b) ∈ [0, 1]² by the class that o = Wx + b
 * predicts, with every other pixel held at its value in `network.pixels`. The
 * argmax of the logits is the argmax of the softmax, so this is the model's
 * decision, and since each oᵢ is linear in x the regions are separated by
 * straight lines. `xPixel` runs left to right, `yPixel` bottom to top.
 */
export function decisionGrid(network: DecisionGridInput, xPixel: number, yPixel: number, size: number): DecisionGrid {
  if (!Number.isInteger(size) || size < 1) throw new RangeError(`decisionGrid: size must be a positive integer, got ${size}`);
  const count = network.pixels.length;
  for (const p of [xPixel, yPixel]) {
    if (!Number.isInteger(p) || p < 0 || p >= count) throw new RangeError(`decisionGrid: pixel ${p} is not one of 0..${count - 1}`);
  }
  if (xPixel === yPixel) throw new RangeError('decisionGrid: the two varied pixels must differ');
  const x = [...network.pixels];
  const classes: number[] = [];
  for (let row = 0; row < size; row++) {
    x[yPixel] = 1 - cellCentre(row, size);
    for (let col = 0; col < size; col++) {
      x[xPixel] = cellCentre(col, size);
      classes.push(argmax(affine(network.weights, x, network.biases)));
    }
  }
  const predicted = argmax(affine(network.weights, network.pixels, network.biases));
  return { size, classes, point: { x: network.pixels[xPixel]!, y: network.pixels[yPixel]!, predicted } };
}

/** Pairs of pixels the map can vary, (horizontal, vertical), 0-based. */
export const PIXEL_PAIRS = [
  [0, 1],
  [0, 2],
  [0, 3],
  [1, 2],
  [1, 3],
  [2, 3],
] as const;

const SUBSCRIPTS = '₀₁₂₃₄₅₆₇₈₉';

/** Pixel j's symbol as the lesson writes it, 1-based: pixelSymbol(0) = 'x₁'. */
export const pixelSymbol = (j: number): string =>
  `x${String(j + 1)
    .split('')
    .map((d) => SUBSCRIPTS[Number(d)])
    .join('')}`;
