import { MathInputError, assertFiniteVector } from './validate';

/**
 * One fully connected layer, o = W x + b: the whole of softmax regression
 * before the softmax. Shapes: W (outputs × inputs), x (inputs), b (outputs) → o (outputs).
 * Each o_i = Σ_j W_ij x_j + b_i.
 */
export function affine(weights: ReadonlyArray<ArrayLike<number>>, inputs: ArrayLike<number>, biases: ArrayLike<number>): number[] {
  assertFiniteVector(inputs, 'inputs');
  assertFiniteVector(biases, 'biases');
  if (weights.length !== biases.length) {
    throw new MathInputError(`affine: ${weights.length} weight rows but ${biases.length} biases`);
  }
  return weights.map((row, i) => {
    assertFiniteVector(row, `weights[${i}]`);
    if (row.length !== inputs.length) {
      throw new MathInputError(`affine: weights[${i}] has ${row.length} entries but there are ${inputs.length} inputs`);
    }
    let o = biases[i]!;
    for (let j = 0; j < inputs.length; j++) o += row[j]! * inputs[j]!;
    return o;
  });
}
