import { describe, expect, it } from 'vitest';
import { heldOutImages, trainingSplit } from './validation-split';

describe('trainingSplit', () => {
  it('holds out the last images and trains on the ones before them', () => {
    expect(trainingSplit(60000, 5000)).toEqual({ trainCount: 55000, validationStart: 55000, validationCount: 5000 });
    expect(trainingSplit(60000, 0)).toEqual({ trainCount: 60000, validationStart: 60000, validationCount: 0 });
  });

  it('keeps a link’s train=n as the first n images, never reaching into the held-out block', () => {
    expect(trainingSplit(60000, 5000, 2000)).toEqual({ trainCount: 2000, validationStart: 55000, validationCount: 5000 });
    expect(trainingSplit(60000, 5000, 58000).trainCount).toBe(55000);
  });

  it('rejects a validation set that leaves nothing to train on, or is not a count', () => {
    expect(() => trainingSplit(600, 600)).toThrow(/leaves none/);
    expect(() => trainingSplit(600, -1)).toThrow(RangeError);
    expect(() => trainingSplit(600, 1.5)).toThrow(RangeError);
  });
});

describe('heldOutImages', () => {
  it('is a view of the last images and their labels', () => {
    const count = 10;
    const train = {
      images: Uint8Array.from({ length: count * 784 }, (_, k) => Math.floor(k / 784)),
      labels: Uint8Array.from({ length: count }, (_, i) => i % 10),
      count,
      rows: 28,
      cols: 28,
    };
    const held = heldOutImages(train, trainingSplit(10, 3));
    expect(held.count).toBe(3);
    expect(Array.from(held.labels)).toEqual(Array.from(train.labels.subarray(7)));
    expect(held.images.length).toBe(3 * train.rows * train.cols);
    expect(held.images[0]).toBe(train.images[7 * train.rows * train.cols]);
    expect(held.images.buffer).toBe(train.images.buffer);
  });
});
