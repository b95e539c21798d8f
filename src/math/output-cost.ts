import { MathInputError } from './validate';

/**
 * What the output layer of a softmax classifier costs per example (d2l 3.6,
 * exercise 5): with d features and q classes, o = Wx + b takes d·q
 * multiply-adds and the softmax q exponentials and a sum over all q, so the
 * cost grows linearly with q. A language model predicting the next of 50,000
 * words pays that on every word. Two classic ways around it:
 * - hierarchical softmax: classes as leaves of a binary tree, p(word) the product
 *   of ⌈log₂ q⌉ two-way (sigmoid) decisions on its path, each a d-dot product;
 * - sampled softmax (training only): the true class and k sampled others.
 */
export interface OutputCost {
  /** Numbers in W (d × q) and b (q). */
  parameters: number;
  /** Multiply-adds for the logits of one example. */
  multiplyAdds: number;
  /** Exponentials for its softmax. */
  exponentials: number;
}

function assertSize(value: number, what: string): void {
  if (!Number.isInteger(value) || value < 1) throw new MathInputError(`${what} must be a positive integer, got ${String(value)}`);
}

/** The full softmax layer: d·q + q parameters, d·q multiply-adds, q exponentials. */
export function fullSoftmaxCost(d: number, q: number): OutputCost {
  assertSize(d, 'd');
  assertSize(q, 'q');
  return { parameters: d * q + q, multiplyAdds: d * q, exponentials: q };
}

/** Hierarchical softmax: ⌈log₂ q⌉ binary decisions, each one dot product of length d and one sigmoid. */
export function hierarchicalSoftmaxCost(d: number, q: number): OutputCost & { decisions: number } {
  assertSize(d, 'd');
  assertSize(q, 'q');
  const decisions = Math.ceil(Math.log2(q));
  // A tree with q leaves has q − 1 inner nodes, each with its own d weights and a bias.
  return { decisions, parameters: (q - 1) * (d + 1), multiplyAdds: decisions * d, exponentials: decisions };
}

/** Sampled softmax while training: the true class and k sampled ones, so (k + 1)·d multiply-adds. */
export function sampledSoftmaxCost(d: number, q: number, samples: number): OutputCost {
  assertSize(d, 'd');
  assertSize(q, 'q');
  assertSize(samples, 'samples');
  const used = Math.min(q, samples + 1);
  return { parameters: d * q + q, multiplyAdds: used * d, exponentials: used };
}
