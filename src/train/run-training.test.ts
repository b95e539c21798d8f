import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_TRAIN_CONFIG, type TrainConfig } from '@/domain/training-config';
import type { TrainingEvent } from '@/domain/training-events';
import { RunControl } from './control';
import { INTERACTION_REST_MS, runTraining } from './run-training';
import { mulberry32 } from '@/math/random';
import { syntheticImageSet } from './test-data';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

const data = { train: syntheticImageSet(600, 1), test: syntheticImageSet(200, 2) };
// No held-out images unless a test asks: the synthetic training set has only 600.
const config = (over: Partial<TrainConfig>): TrainConfig => ({ ...DEFAULT_TRAIN_CONFIG, batchSize: 64, epochs: 4, validationSize: 0, ...over });

async function collect(c: TrainConfig, control?: RunControl, onEvent?: (e: TrainingEvent) => void) {
  const events: TrainingEvent[] = [];
  const outcome = await runTraining(c, data, (e) => {
    events.push(e);
    onEvent?.(e);
  }, control);
  const epochs = events.flatMap((e) => (e.type === 'epoch' ? [e] : []));
  return { outcome, events, epochs };
}

describe('runTraining', () => {
  it('learns, keeps the tensor count flat from epoch to epoch, and frees everything', async () => {
    const before = tf.memory().numTensors;
    const { outcome, events, epochs } = await collect(config({ optimizer: 'momentum', weightDecay: 1e-3 }));
    expect(outcome).toBe('done');
    expect(events[0]).toMatchObject({ type: 'started', stepsPerEpoch: 10, trainCount: 600, testCount: 200 });
    expect(epochs).toHaveLength(4);
    const counts = epochs.map((e) => e.summary.numTensors);
    expect(new Set(counts).size).toBe(1);
    expect(tf.memory().numTensors).toBe(before);
    const last = epochs[3]!;
    expect(last.summary.testAccuracy).toBeGreaterThan(0.8);
    expect(last.summary.trainLoss).toBeLessThan(epochs[0]!.summary.trainLoss);
    expect(last.summary.l2).toBeGreaterThan(0);
    expect(last.evaluation.logits).toHaveLength(200 * 10);
    expect(last.evaluation.weights).toHaveLength(784 * 10);
    expect(last.evaluation.accuracy).toBe(last.summary.testAccuracy);
    // An evaluation counts the epochs finished before it, like the summary beside it.
    expect(epochs.map((e) => e.evaluation.epoch)).toEqual([1, 2, 3, 4]);
    // Every step's loss arrives, in order, as chart points.
    const xs = events.flatMap((e) => (e.type === 'progress' ? [...e.points.x] : []));
    expect(xs).toHaveLength(40);
    expect(xs[39]).toBeCloseTo(4, 5);
  });

  it('evaluates the untrained model on the test set before the first step: epoch 0', async () => {
    const before = tf.memory().numTensors;
    const { events, epochs } = await collect(config({ epochs: 2 }));
    const types = events.map((e) => e.type);
    const at = types.indexOf('epochZero');
    // Right after 'started', before the first step and before any progress point.
    expect(at).toBe(1);
    expect(types.filter((t) => t === 'epochZero')).toHaveLength(1);
    expect(at).toBeLessThan(types.indexOf('firstStep'));
    expect(at).toBeLessThan(types.indexOf('progress'));
    const zero = events[at] as Extract<TrainingEvent, { type: 'epochZero' }>;
    // W ~ N(0, 0.01²), b = 0: every logit is near 0, softmax near uniform over 10 classes.
    expect(Math.abs(zero.testLoss - Math.log(10))).toBeLessThan(0.1);
    // The same measure after each epoch: the test loss falls from there.
    expect(epochs.map((e) => e.summary.testLoss)).toEqual(epochs.map((e) => e.evaluation.loss));
    expect(epochs[0]!.summary.testLoss).toBeLessThan(zero.testLoss);
    expect(epochs[1]!.summary.testLoss).toBeLessThan(epochs[0]!.summary.testLoss);
    expect(tf.memory().numTensors).toBe(before);
  });

  it('scores the untrained model at chance, about 0.1, on labels it cannot know', async () => {
    // On the banded images above, the untrained model's guess follows the band, that is the
    // class, so its accuracy is a multiple of about 1/10 (0.01 here). With labels drawn apart
    // from the images, any fixed model scores 1/10 on average: as the lecture's untrained model does.
    const random = mulberry32(7);
    const test = syntheticImageSet(1000, 3);
    const unrelated = { ...test, labels: test.labels.map(() => Math.floor(random() * 10)) };
    const control = new RunControl();
    let zero: TrainingEvent | undefined;
    await runTraining(config({ epochs: 1 }), { train: data.train, test: unrelated }, (e) => {
      if (e.type !== 'epochZero') return;
      zero = e;
      control.stop();
    }, control);
    if (zero?.type !== 'epochZero') throw new Error('no epoch-0 evaluation was emitted');
    expect(zero.testAccuracy).toBeGreaterThanOrEqual(0.05);
    expect(zero.testAccuracy).toBeLessThanOrEqual(0.2);
    expect(Math.abs(zero.testLoss - Math.log(10))).toBeLessThan(0.1);
  });

  it('frees everything when stopped right after epoch 0', async () => {
    const before = tf.memory().numTensors;
    const control = new RunControl();
    const { outcome, events } = await collect(config({ model: 'mlp', epochs: 1 }), control, (e) => {
      if (e.type === 'epochZero') control.stop();
    });
    expect(outcome).toBe('stopped');
    const zero = events.find((e) => e.type === 'epochZero');
    expect(zero).toMatchObject({ type: 'epochZero' });
    expect(events.some((e) => e.type === 'firstStep')).toBe(false);
    expect(tf.memory().numTensors).toBe(before);
  });

  it('trains the MLP and standardized inputs without leaks', async () => {
    const before = tf.memory().numTensors;
    const { outcome, epochs } = await collect(config({ model: 'mlp', optimizer: 'adam', learningRate: 0.001, scaling: 'standardize', epochs: 3 }));
    expect(outcome).toBe('done');
    expect(new Set(epochs.map((e) => e.summary.numTensors)).size).toBe(1);
    expect(epochs[2]!.summary.testAccuracy).toBeGreaterThan(0.8);
    expect(epochs[2]!.evaluation.weights).toBeNull();
    expect(tf.memory().numTensors).toBe(before);
  });

  it('gives the same run for the same seed', async () => {
    const a = await collect(config({ epochs: 1 }));
    const b = await collect(config({ epochs: 1 }));
    expect(a.epochs[0]!.summary.trainLoss).toBe(b.epochs[0]!.summary.trainLoss);
  });

  it('rests between steps while the page has input, and learns exactly the same', async () => {
    const calm = await collect(config({ epochs: 1 }));
    const control = new RunControl();
    // Input all through the run: every one of the 10 steps rests.
    control.interacting = () => true;
    const busy = await collect(config({ epochs: 1 }), control);
    const progress = (run: typeof calm) => run.events.flatMap((e) => (e.type === 'progress' ? [e] : []));
    expect(progress(calm).every((e) => !e.yielding)).toBe(true);
    expect(progress(busy).some((e) => e.yielding)).toBe(true);
    // Resting changes when steps run, never what they compute.
    expect(busy.epochs[0]!.summary.trainLoss).toBe(calm.epochs[0]!.summary.trainLoss);
    expect(busy.epochs[0]!.summary.testAccuracy).toBe(calm.epochs[0]!.summary.testAccuracy);
    expect(busy.epochs[0]!.summary.seconds).toBeGreaterThanOrEqual((10 * INTERACTION_REST_MS) / 1000);
  });

  it('stops with "diverged" when the learning rate is far too large', async () => {
    const before = tf.memory().numTensors;
    const { outcome, events } = await collect(config({ learningRate: 1e5 }));
    expect(outcome).toBe('diverged');
    const diverged = events.find((e) => e.type === 'diverged');
    expect(diverged).toMatchObject({ type: 'diverged', epoch: 1 });
    expect(events.some((e) => e.type === 'epoch')).toBe(false);
    expect(tf.memory().numTensors).toBe(before);
  });

  it('holds out the last training images: never trained on, scored with the test set after each epoch', async () => {
    const before = tf.memory().numTensors;
    const { events, epochs } = await collect(config({ epochs: 2, validationSize: 100 }));
    expect(events[0]).toMatchObject({ type: 'started', trainCount: 500, stepsPerEpoch: 8 });
    const validation = epochs[1]!.evaluation.validation;
    if (!validation) throw new Error('the evaluation carries no validation set');
    expect(validation.count).toBe(100);
    expect(validation.logits).toHaveLength(100 * 10);
    expect(Array.from(validation.labels)).toEqual(Array.from(data.train.labels.subarray(500)));
    // The synthetic classes are easy: a model that learned scores the unseen images well too.
    const right = validation.labels.filter((label, i) => {
      const row = Array.from(validation.logits.subarray(i * 10, i * 10 + 10));
      return row.indexOf(Math.max(...row)) === label;
    }).length;
    expect(right / 100).toBeGreaterThan(0.8);
    // The weights after each epoch carry the input scaling, so the page can score a new picture.
    const weights = events.filter((e) => e.type === 'weights');
    expect(weights).toHaveLength(2);
    const last = weights[1]!;
    if (last.type !== 'weights' || !last.input) throw new Error('no input scaling with the weights');
    expect(last.input.scaling).toBe('unit');
    expect(last.input.scale[0]).toBe(Math.fround(1 / 255));
    expect(tf.memory().numTensors).toBe(before);
    // Without held-out images there is nothing to score.
    expect((await collect(config({ epochs: 1 }))).epochs[0]!.evaluation.validation).toBeNull();
  });

  it('pauses, resumes and stops on command', async () => {
    const control = new RunControl();
    let pausedOnce = false;
    const { outcome, events } = await collect(config({ epochs: 3 }), control, (e) => {
      if (e.type === 'firstStep') control.pause();
      if (e.type === 'paused' && !pausedOnce) {
        pausedOnce = true;
        setTimeout(() => control.resume(), 10);
      }
      if (e.type === 'epoch' && e.summary.epoch === 1) control.stop();
    });
    const types = events.map((e) => e.type);
    expect(types).toContain('paused');
    expect(types.indexOf('resumed')).toBeGreaterThan(types.indexOf('paused'));
    expect(outcome).toBe('stopped');
    expect(events.filter((e) => e.type === 'epoch')).toHaveLength(1);
  });
});
