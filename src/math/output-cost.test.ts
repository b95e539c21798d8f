import { describe, expect, it } from 'vitest';
import { fullSoftmaxCost, hierarchicalSoftmaxCost, sampledSoftmaxCost } from './output-cost';
import { MathInputError } from './validate';

describe('the cost of the output layer (d2l 3.6, exercise 5)', () => {
  it('is 7,840 multiply-adds for Fashion-MNIST and 25.6 million for 50,000 words at d = 512', () => {
    expect(fullSoftmaxCost(784, 10)).toEqual({ parameters: 7850, multiplyAdds: 7840, exponentials: 10 });
    const words = fullSoftmaxCost(512, 50_000);
    expect(words.multiplyAdds).toBe(25_600_000);
    expect(words.exponentials).toBe(50_000);
    expect(words.parameters).toBe(25_650_000);
  });

  it('grows linearly with q', () => {
    expect(fullSoftmaxCost(512, 100_000).multiplyAdds).toBe(2 * fullSoftmaxCost(512, 50_000).multiplyAdds);
  });

  it('drops to ⌈log₂ 50,000⌉ = 16 decisions with hierarchical softmax, and k + 1 classes when sampled', () => {
    const tree = hierarchicalSoftmaxCost(512, 50_000);
    expect(tree.decisions).toBe(16);
    expect(tree.multiplyAdds).toBe(8192);
    expect(sampledSoftmaxCost(512, 50_000, 100).multiplyAdds).toBe(101 * 512);
    expect(sampledSoftmaxCost(512, 10, 100).exponentials).toBe(10);
  });

  it('refuses sizes that are not positive integers', () => {
    expect(() => fullSoftmaxCost(0, 10)).toThrow(MathInputError);
    expect(() => hierarchicalSoftmaxCost(512, 1.5)).toThrow(MathInputError);
  });
});
