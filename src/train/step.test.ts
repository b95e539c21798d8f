import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-core/dist/register_all_gradients';
import '@tensorflow/tfjs-backend-cpu';
import { beforeAll, describe, expect, it } from 'vitest';
import { createParams, disposeParams, forward, variablesOf, type Params } from './model-params';
import { createOptimizer } from './optimizer';
import { batchMetrics } from './batch-metrics';
import { gradients, l2Term, trainStep } from './step';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

/** The same loss written plainly, for TensorFlow.js to differentiate automatically. */
function referenceLoss(params: Params, x: tf.Tensor2D, y: tf.Tensor2D, weightDecay: number): tf.Scalar {
  const dataLoss = tf.mean(tf.neg(tf.sum(tf.mul(y, tf.logSoftmax(forward(params, x))), 1)));
  return (weightDecay > 0 ? tf.add(dataLoss, l2Term(params, weightDecay)) : dataLoss) as tf.Scalar;
}

/** Relative error over max(|a|, |b|, ε), as the house style asks. */
function maxRelativeError(a: Float32Array, b: Float32Array): number {
  let worst = 0;
  for (let i = 0; i < a.length; i++) {
    worst = Math.max(worst, Math.abs(a[i]! - b[i]!) / Math.max(Math.abs(a[i]!), Math.abs(b[i]!), 1e-3));
  }
  return worst;
}

function batch(n: number, seed: number) {
  const x = tf.randomUniform([n, 784], 0, 1, 'float32', seed) as tf.Tensor2D;
  const labels = tf.randomUniform([n], 0, 10, 'int32', seed + 1) as tf.Tensor1D;
  const y = tf.cast(tf.oneHot(labels, 10), 'float32') as tf.Tensor2D;
  const labelValues = Uint8Array.from(labels.dataSync());
  labels.dispose();
  return { x, y, labels: labelValues };
}

describe.each([
  ['softmax', 0],
  ['softmax', 0.05],
  ['mlp', 0],
  ['mlp', 0.05],
] as const)('the hand-written gradient of %s (λ = %f)', (kind, weightDecay) => {
  it('matches TensorFlow.js’s automatic gradient', async () => {
    const params = createParams(kind, 3);
    // Non-zero biases, so their gradients are tested away from the starting point.
    for (const v of variablesOf(params)) if (v.rank === 1) v.assign(tf.randomNormal(v.shape, 0, 0.1, 'float32', 9));
    const { x, y, labels } = batch(32, 5);
    const vars = variablesOf(params);
    const auto = tf.variableGrads(() => referenceLoss(params, x, y, weightDecay), vars);
    const manual = gradients(params, { x, y, xT: null }, weightDecay);
    const autoLoss = (await auto.value.data())[0]!;
    const dataLoss = batchMetrics((await manual.logits.data()) as Float32Array, 0, labels, 10).loss;
    const manualLoss = dataLoss + (weightDecay > 0 ? (await l2Term(params, weightDecay).data())[0]! : 0);
    expect(manualLoss).toBeCloseTo(autoLoss, 5);
    for (const v of vars) {
      const a = (await auto.grads[v.name]!.data()) as Float32Array;
      const m = (await manual.grads[v.name]!.data()) as Float32Array;
      expect(maxRelativeError(a, m)).toBeLessThan(1e-3);
    }
    disposeParams(params);
  });
});

describe('trainStep', () => {
  it('lowers the loss on the batch it learns from and returns the logits before the update', async () => {
    const params = createParams('softmax', 1);
    const optimizer = createOptimizer('sgd', 0.05);
    const { x, y, labels } = batch(64, 2);
    const before = (await referenceLoss(params, x, y, 0).data())[0]!;
    const { logits, penalty } = trainStep(params, optimizer, { x, y, xT: null }, 0);
    const { loss, correct } = batchMetrics((await logits.data()) as Float32Array, 0, labels, 10);
    expect(loss).toBeCloseTo(before, 5);
    expect(correct).toBeGreaterThanOrEqual(0);
    expect(correct).toBeLessThanOrEqual(64);
    expect(penalty).toBeNull();
    const after = (await referenceLoss(params, x, y, 0).data())[0]!;
    expect(after).toBeLessThan(before);
    logits.dispose();
    optimizer.dispose();
    disposeParams(params);
  });

  it('gives the same step with an uploaded Xᵀ as with a transposed read of X', async () => {
    const [a, b] = [createParams('mlp', 4), createParams('mlp', 4)];
    const { x, y } = batch(16, 3);
    const xT = tf.transpose(x) as tf.Tensor2D;
    const ga = gradients(a, { x, y, xT: null }, 0).grads;
    const gb = gradients(b, { x, y, xT }, 0).grads;
    const [wa, wb] = [a, b].map((p) => (p.kind === 'mlp' ? p.W1.name : ''));
    const [da, db] = (await Promise.all([ga[wa!]!.data(), gb[wb!]!.data()])) as Float32Array[];
    expect(maxRelativeError(da!, db!)).toBeLessThan(1e-5);
    disposeParams(a);
    disposeParams(b);
  });

  it('scores huge logits with a huge but finite loss, and NaN logits with NaN', () => {
    const huge = batchMetrics(new Float32Array([1e30, 0, -1e30, 0]), 0, [1, 0], 2);
    expect(huge.loss).toBeCloseTo(1e30, -25);
    expect(huge.correct).toBe(0);
    expect(batchMetrics(new Float32Array([0, 1, Number.NaN, 0]), 0, [1, 0], 2)).toMatchObject({ correct: 1 });
    expect(Number.isNaN(batchMetrics(new Float32Array([Number.NaN, 0]), 0, [0], 2).loss)).toBe(true);
  });

  it('starts from the same weights for the same seed, and different ones for another', async () => {
    const a = createParams('softmax', 7);
    const b = createParams('softmax', 7);
    const c = createParams('softmax', 8);
    if (a.kind !== 'softmax' || b.kind !== 'softmax' || c.kind !== 'softmax') throw new Error('unreachable');
    const [wa, wb, wc] = (await Promise.all([a.W.data(), b.W.data(), c.W.data()])) as Float32Array[];
    expect([...wa!]).toEqual([...wb!]);
    expect([...wa!]).not.toEqual([...wc!]);
    // N(0, 0.01²): the sample standard deviation is close to 0.01.
    const std = Math.sqrt(wa!.reduce((s, w) => s + w * w, 0) / wa!.length);
    expect(std).toBeGreaterThan(0.009);
    expect(std).toBeLessThan(0.011);
    expect([...(await a.b.data())].every((v) => v === 0)).toBe(true);
    [a, b, c].forEach(disposeParams);
  });
});
