import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_TRAIN_CONFIG, type TrainConfig, type TrainingEvent } from '@/workers/protocol';
import { RunControl } from './control';
import { INTERACTION_REST_MS, runTraining } from './run-training';
import { syntheticImageSet } from './test-data';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

const data = { train: syntheticImageSet(600, 1), test: syntheticImageSet(200, 2) };
const config = (over: Partial<TrainConfig>): TrainConfig => ({ ...DEFAULT_TRAIN_CONFIG, batchSize: 64, epochs: 4, ...over });

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
