import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import { beforeAll, describe, expect, it } from 'vitest';
import { trainingSplit } from '@/data/validation-split';
import { makeScaler } from './batch-fill';
import { EvaluationSets } from './evaluate';
import { createParams, disposeParams, PIXELS } from './model-params';
import { syntheticImageSet } from './test-data';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

const data = { train: syntheticImageSet(50, 1), test: syntheticImageSet(30, 2) };
const scaler = makeScaler('unit', PIXELS);

describe('EvaluationSets', () => {
  it('scores the first testLimit test images, and the held-out images too unless asked for the test set only', async () => {
    const before = tf.memory().numTensors;
    const params = createParams('softmax', 1);
    const sets = new EvaluationSets(data, trainingSplit(50, 20), 12, scaler);
    expect(sets.testCount).toBe(12);
    const both = await sets.evaluate(params, 3);
    expect(both).toMatchObject({ epoch: 3, testCount: 12 });
    expect(both.logits).toHaveLength(12 * 10);
    expect(both.validation?.count).toBe(20);
    expect(Array.from(both.validation!.labels)).toEqual(Array.from(data.train.labels.subarray(30)));
    const testOnly = await sets.evaluateTestSet(params, 0);
    expect(testOnly.validation).toBeNull();
    expect(Array.from(testOnly.logits)).toEqual(Array.from(both.logits));
    sets.dispose();
    disposeParams(params);
    expect(tf.memory().numTensors).toBe(before);
  });

  it('takes the whole test set without a limit, and holds nothing out without a validation size', async () => {
    const params = createParams('softmax', 1);
    const sets = new EvaluationSets(data, trainingSplit(50, 0), undefined, scaler);
    expect(sets.testCount).toBe(30);
    expect((await sets.evaluate(params, 1)).validation).toBeNull();
    expect(new EvaluationSets(data, trainingSplit(50, 0), 1000, scaler).testCount).toBe(30);
    sets.dispose();
    disposeParams(params);
  });
});
