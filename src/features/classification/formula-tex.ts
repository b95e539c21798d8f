import { texNumber } from '@/ui/format';
import { texText } from '@/ui/tex';

/** TeX for the lesson's formulas. Class names enter only through texText, so they stay literal. */

const column = (values: string[]): string => `\\begin{bmatrix} ${values.join(' \\\\ ')} \\end{bmatrix}`;
const fixed2 = (x: number): string => texNumber(Number(x.toFixed(2)), 2);

/** o = Wx + b written out with the numbers, the outputs labelled with the class names. */
export function networkTex(weights: number[][], pixels: number[], biases: number[], outputs: number[], names: string[]): string {
  const W = `\\begin{bmatrix} ${weights.map((row) => row.map(fixed2).join(' & ')).join(' \\\\ ')} \\end{bmatrix}`;
  const o = column(names.map((name) => `o_{${texText(name)}}`));
  return `${o} = ${W} ${column(pixels.map(fixed2))} + ${column(biases.map(fixed2))} = ${column(outputs.map((v) => texNumber(v)))}`;
}

/** The two ways of squashing q logits: each on its own… */
export const SIGMOID_EACH_TEX = String.raw`\sigma(o_j) = \frac{1}{1 + e^{-o_j}}`;
/** …or all together. */
export const SOFTMAX_ALL_TEX = String.raw`\hat{y}_j = \operatorname{softmax}(\mathbf{o})_j = \frac{e^{o_j}}{\sum_{k=1}^{q} e^{o_k}}`;
