import { describe, expect, it } from 'vitest';
import { countPerClass } from './class-stats';
import { FASHION_MNIST_CLASSES } from './classes';
import { loadRealFashionMnist, skipRealData } from './real-data';

// Skipped, with a console warning, only where the files are missing outside CI; in CI it fails then.
describe('the real Fashion-MNIST', () => {
  it.skipIf(skipRealData)('has 60,000 / 10,000 28×28 images, 6,000 / 1,000 per class, and starts with an ankle boot', async () => {
    const data = await loadRealFashionMnist();
    expect(data.train).toMatchObject({ count: 60_000, rows: 28, cols: 28 });
    expect(data.test).toMatchObject({ count: 10_000, rows: 28, cols: 28 });
    expect(data.train.images.length).toBe(60_000 * 784);
    expect(data.test.images.length).toBe(10_000 * 784);
    expect(countPerClass(data.train.labels, 10)).toEqual(new Array(10).fill(6_000));
    expect(countPerClass(data.test.labels, 10)).toEqual(new Array(10).fill(1_000));
    expect(data.train.labels[0]).toBe(9);
    expect(FASHION_MNIST_CLASSES[data.train.labels[0]!]?.en).toBe('Ankle boot');
  });
});
