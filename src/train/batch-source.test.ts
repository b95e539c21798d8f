import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import '@tensorflow/tfjs-backend-wasm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BatchSource, disposeBatch, uploadBatch } from './batch-source';
import { fillImages, makeScaler } from './batch-fill';
import { PIXELS } from './model-params';
import { syntheticImageSet } from './test-data';

const set = syntheticImageSet(10, 5);
const scaler = makeScaler('unit', PIXELS);
const order = [9, 2, 7, 0, 4, 1, 8, 3, 6, 5];

beforeAll(async () => {
  await tf.setBackend('cpu');
});
afterAll(async () => {
  await tf.setBackend('cpu');
});

describe('BatchSource', () => {
  it('cuts an epoch into batches of n, the last one smaller', () => {
    const source = new BatchSource(set, 10, 4, scaler);
    expect([source.size, source.steps]).toEqual([4, 3]);
    // A batch size above the image count takes them all at once.
    expect(new BatchSource(set, 6, 256, scaler)).toMatchObject({ size: 6, steps: 1 });
  });

  it('hands out the images and labels in the epoch’s order, scaled, with one-hot labels', async () => {
    const before = tf.memory().numTensors;
    const source = new BatchSource(set, 10, 4, scaler);
    const { batch, labels } = source.batch(order, 2);
    // Step 2 of batches of 4: order[8], order[9].
    expect(Array.from(labels)).toEqual([set.labels[6], set.labels[5]]);
    expect(batch.x.shape).toEqual([2, PIXELS]);
    expect(batch.y.shape).toEqual([2, 10]);
    const expected = fillImages(set.images, order, 8, 2, PIXELS, scaler, new Float32Array(2 * PIXELS));
    expect(Array.from(await batch.x.data())).toEqual(Array.from(expected));
    const y = await batch.y.data();
    labels.forEach((label, r) => {
      for (let j = 0; j < 10; j++) expect(y[r * 10 + j]).toBe(j === label ? 1 : 0);
    });
    disposeBatch(batch);
    expect(tf.memory().numTensors).toBe(before);
  });

  it('visits every image of the epoch once, in its order', () => {
    const source = new BatchSource(set, 10, 4, scaler);
    const labels = Array.from({ length: source.steps }, (_, step) => {
      const { batch, labels } = source.batch(order, step);
      // A step uses its batch before the next is filled: one buffer serves them all.
      disposeBatch(batch);
      return Array.from(labels);
    });
    expect(labels.map((l) => l.length)).toEqual([4, 4, 2]);
    expect(labels.flat()).toEqual(order.map((i) => set.labels[i]));
  });
});

describe('uploadBatch: the one place that chooses Xᵀ or X', () => {
  const rows = 3;
  const x = Float32Array.from({ length: rows * PIXELS }, (_, i) => i % 97);
  const y = Float32Array.from({ length: rows * 10 }, (_, i) => (i % 11 === 0 ? 1 : 0));

  it('uploads X and Y only on the CPU backend (and on WebGL, which reads X transposed for free)', () => {
    const batch = uploadBatch(x, y, rows);
    expect(batch.xT).toBeNull();
    disposeBatch(batch);
  });

  it('uploads Xᵀ beside X on WebAssembly, which multiplies by it 5× faster', async () => {
    expect(await tf.setBackend('wasm')).toBe(true);
    try {
      const before = tf.memory().numTensors;
      const batch = uploadBatch(x, y, rows);
      if (!batch.xT) throw new Error('no Xᵀ on WebAssembly');
      expect(batch.xT.shape).toEqual([PIXELS, rows]);
      const [xValues, xTValues] = [await batch.x.data(), await batch.xT.data()];
      for (let r = 0; r < rows; r++) for (let c = 0; c < PIXELS; c++) expect(xTValues[c * rows + r]).toBe(xValues[r * PIXELS + c]);
      disposeBatch(batch);
      expect(tf.memory().numTensors).toBe(before);
    } finally {
      await tf.setBackend('cpu');
    }
  });
});
