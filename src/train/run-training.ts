import * as tf from '@tensorflow/tfjs-core';
import { shuffledIndices } from '@/math/random';
import { addBatch, emptyTotals, epochSummary, lossVerdict, type EpochTotals } from '@/math/training-metrics';
import type { Evaluation, TrainConfig, TrainingData, TrainingEvent } from '@/workers/protocol';
import { fillImages, fillOneHot, makeScaler, pixelStats, stepsPerEpoch } from './batches';
import { macrotask, RunControl } from './control';
import { evaluate, uploadTestSet } from './evaluate';
import { CLASS_COUNT, createParams, disposeParams, PIXELS } from './model';
import { createOptimizer, disposeOptimizer } from './optimizer';
import { trainStep } from './step';

/** Steps between read-backs: enough to keep the GPU busy, few enough to notice divergence quickly. */
export const READ_EVERY = 16;
/** The page gets new chart points at most this often. */
export const PROGRESS_INTERVAL_MS = 250;

export type Emit = (event: TrainingEvent) => void;

interface StepMeta {
  /** Progress in epochs after this step. */
  x: number;
  /** 1-based step within its epoch. */
  step: number;
  size: number;
}

interface Readback {
  values: Float32Array;
  meta: StepMeta[];
}

/** A per-epoch shuffle seed that differs from every other run's epochs. */
const epochSeed = (seed: number, epoch: number) => (seed ^ Math.imul(epoch + 1, 0x9e3779b1)) >>> 0;

/**
 * Trains a model as configured and reports through `emit`: a few progress
 * messages a second, one summary and evaluation per epoch. Knows nothing of
 * the page; the worker drives it, and so does Vitest on the CPU backend.
 * Metrics are never read synchronously: each step returns a small tensor, and
 * every READ_EVERY steps they are stacked and read back asynchronously while
 * the next steps are already queued.
 */
export async function runTraining(
  config: TrainConfig,
  data: TrainingData,
  emit: Emit,
  control = new RunControl(),
): Promise<'done' | 'stopped' | 'diverged'> {
  const trainCount = Math.min(config.trainLimit ?? data.train.count, data.train.count);
  const testCount = Math.min(config.testLimit ?? data.test.count, data.test.count);
  const batchSize = Math.min(config.batchSize, trainCount);
  const steps = stepsPerEpoch(trainCount, batchSize);
  const stats = config.scaling === 'standardize' ? pixelStats(data.train.images, trainCount, PIXELS) : undefined;
  const scaler = makeScaler(config.scaling, PIXELS, stats);
  const xBuffer = new Float32Array(batchSize * PIXELS);
  const yBuffer = new Float32Array(batchSize * CLASS_COUNT);

  const params = createParams(config.model, config.seed);
  const optimizer = createOptimizer(config.optimizer, config.learningRate);
  const testChunks = uploadTestSet(data.test, testCount, scaler);
  const testLabels = data.test.labels.subarray(0, testCount);

  let pending: tf.Tensor1D[] = [];
  let pendingMeta: StepMeta[] = [];
  let inFlight: Promise<Readback> | null = null;
  let totals: EpochTotals = emptyTotals();
  let outX: number[] = [];
  let outLoss: number[] = [];
  let outL2: number[] = [];
  let examplesDone = 0;
  let trainingMs = 0;
  let segmentStart = performance.now();
  let lastEmit = segmentStart;
  let divergence: Extract<TrainingEvent, { type: 'diverged' }> | null = null;
  let epoch = 0;
  let step = 0;

  const elapsed = () => trainingMs + (performance.now() - segmentStart);

  const flush = (): Promise<Readback> | null => {
    if (pending.length === 0) return null;
    const stacked = tf.stack(pending);
    for (const t of pending) t.dispose();
    const meta = pendingMeta;
    pending = [];
    pendingMeta = [];
    return stacked.data().then((values) => {
      stacked.dispose();
      return { values: values as Float32Array, meta };
    });
  };

  const consume = ({ values, meta }: Readback) => {
    meta.forEach(({ x, step: stepNumber, size }, i) => {
      if (divergence) return;
      const [loss, correct, l2] = [values[3 * i]!, values[3 * i + 1]!, values[3 * i + 2]!];
      const verdict = lossVerdict(loss + l2);
      if (verdict !== 'ok') {
        divergence = { type: 'diverged', epoch: Math.floor(x - 1e-9) + 1, step: stepNumber, loss: loss + l2, reason: verdict };
      }
      totals = addBatch(totals, loss, correct, size, l2);
      if (Number.isFinite(loss) && Number.isFinite(l2)) {
        outX.push(x);
        outLoss.push(loss);
        outL2.push(l2);
      }
    });
  };

  const emitProgress = () => {
    emit({
      type: 'progress',
      epoch,
      step,
      examplesDone,
      elapsedMs: elapsed(),
      points: { x: Float32Array.from(outX), loss: Float32Array.from(outLoss), l2: Float32Array.from(outL2) },
    });
    outX = [];
    outLoss = [];
    outL2 = [];
    lastEmit = performance.now();
  };

  /** Waits for every queued read-back. */
  const drain = async () => {
    const next = flush();
    if (inFlight) consume(await inFlight);
    inFlight = null;
    if (next) consume(await next);
  };

  const evaluation = (epochsDone: number): Promise<Evaluation> => evaluate(params, testChunks, testLabels, epochsDone);

  try {
    emit({ type: 'started', stepsPerEpoch: steps, trainCount, testCount, epochs: config.epochs });
    for (epoch = 0; epoch < config.epochs; epoch++) {
      const order = shuffledIndices(trainCount, epochSeed(config.seed, epoch));
      const epochStart = elapsed();
      totals = emptyTotals();
      for (step = 0; step < steps; step++) {
        control.throwIfFailed();
        if (control.shouldPause) {
          await drain();
          emitProgress();
          trainingMs = elapsed();
          // Mid-epoch, `epoch` (0-based) is also the count of finished epochs.
          emit({ type: 'paused', evaluation: divergence ? null : await evaluation(epoch) });
          await control.waitForResume();
          control.throwIfFailed();
          segmentStart = performance.now();
          if (!control.shouldStop) emit({ type: 'resumed' });
        }
        if (control.shouldStop || divergence) break;

        const start = step * batchSize;
        const rows = Math.min(batchSize, trainCount - start);
        const x = tf.tensor2d(fillImages(data.train.images, order, start, rows, PIXELS, scaler, xBuffer).subarray(0, rows * PIXELS), [rows, PIXELS]);
        const y = tf.tensor2d(fillOneHot(data.train.labels, order, start, rows, CLASS_COUNT, yBuffer).subarray(0, rows * CLASS_COUNT), [rows, CLASS_COUNT]);
        pending.push(trainStep(params, optimizer, x, y, config.weightDecay));
        x.dispose();
        y.dispose();
        pendingMeta.push({ x: epoch + (step + 1) / steps, step: step + 1, size: rows });
        examplesDone += rows;

        if (epoch === 0 && step === 0) {
          // The first step is read at once, so the page can show that training has begun.
          await drain();
          emit({ type: 'firstStep', ms: elapsed() });
        } else if (pending.length >= READ_EVERY) {
          const next = flush();
          if (inFlight) consume(await inFlight);
          inFlight = next;
          await macrotask();
        }
        if (performance.now() - lastEmit >= PROGRESS_INTERVAL_MS) emitProgress();
      }
      await drain();
      emitProgress();
      if (divergence) {
        emit(divergence);
        return 'diverged';
      }
      if (control.shouldStop) {
        emit({ type: 'stopped' });
        return 'stopped';
      }
      const seconds = (elapsed() - epochStart) / 1000;
      const summary = epochSummary(totals);
      const result = await evaluation(epoch + 1);
      const memory = tf.memory();
      emit({
        type: 'epoch',
        summary: {
          epoch: epoch + 1,
          trainLoss: summary.loss,
          trainAccuracy: summary.accuracy,
          testAccuracy: result.accuracy,
          l2: summary.l2,
          seconds,
          numTensors: memory.numTensors,
          numBytes: memory.numBytes,
        },
        evaluation: result,
      });
    }
    emit({ type: 'done' });
    return 'done';
  } finally {
    for (const t of pending) t.dispose();
    if (inFlight) await inFlight.catch(() => undefined);
    for (const t of testChunks) t.dispose();
    disposeOptimizer(optimizer);
    disposeParams(params);
  }
}
