import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import { beforeAll, describe, expect, it } from 'vitest';
import { largestDifference } from './webgl-pass';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

describe('largestDifference', () => {
  it('is the largest absolute difference over every pair, and frees what it made', async () => {
    const ours = [tf.tensor([1, 2]), tf.tensor([[3]])];
    const theirs = [tf.tensor([1, 2.5]), tf.tensor([[1.75]])];
    const before = tf.memory().numTensors;
    expect(await largestDifference(ours, theirs)).toBe(1.25);
    expect(tf.memory().numTensors).toBe(before);
    tf.dispose([...ours, ...theirs]);
  });
});
