import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import { beforeAll, describe, expect, it } from 'vitest';
import { guardPackedUpload, uploadMatrix } from './packed-upload';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

// The packed path itself needs WebGL 2: e2e/train.spec.ts checks it, shape by shape.
describe('uploadMatrix off WebGL', () => {
  it('is tf.tensor2d of the first rows × cols values', async () => {
    const values = Float32Array.from({ length: 12 }, (_, i) => i);
    const t = uploadMatrix(values, 3, 3);
    expect(t.shape).toEqual([3, 3]);
    expect(Array.from(await t.data())).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8]);
    t.dispose();
  });

  it('has nothing for the guard to check', async () => {
    const before = tf.memory().numTensors;
    expect(await guardPackedUpload()).toBe('unchecked');
    expect(tf.memory().numTensors).toBe(before);
  });
});
