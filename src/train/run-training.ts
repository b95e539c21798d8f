import * as tf from '@tensorflow/tfjs-core';
import { batchCount, epochOrder } from '@/data/batching';
import { heldOutImages, trainingSplit } from '@/data/validation-split';
import { addBatch, emptyTotals, epochSummary, lossVerdict, type EpochTotals } from '@/math/training-metrics';
import type { Evaluation, TrainConfig, TrainingData, TrainingEvent } from '@/workers/protocol';
import { batchMetrics } from './batch-metrics';
import { fillImages, fillOneHot, makeScaler, pixelStats, transposeInto } from './batches';
import { macrotask, RunControl, sleep } from './control';
import { evaluate, readWeights, TestImages, type HeldOutImages } from './evaluate';
import { CLASS_COUNT, createParams, disposeParams, PIXELS } from './model';
import { createOptimizer, disposeOptimizer } from './optimizer';
import { uploadMatrix } from './packed-upload';
import { trainStep, type StepOutput } from './step';

/** Steps between read-backs: enough to keep the GPU busy, few enough to notice divergence quickly. */
export const READ_EVERY = 16;
/** The page gets new chart points at most this often. */
export const PROGRESS_INTERVAL_MS = 333;

/**
 * While the student is using the page, the loop rests this long before each step:
 * one step every two frames or so. On a machine whose GPU is emulated on the CPU
 * (SwiftShader on two cores) the training steps otherwise take the cores the page
 * needs to draw: dragging a logit during training measured a frame p95 of 33 ms
 * and frames up to 83 ms; resting 33 ms gives 16.8 and 33 (16 ms was not enough).
 * With a real GPU the rest costs little, and only while someone is dragging.
 */
export const INTERACTION_REST_MS = 33;

export type Emit = (event: TrainingEvent) => void;

interface StepMeta {
  /** Progress in epochs after this step. */
  x: number;
  /** 1-based step within its epoch. */
  step: number;
  size: number;
  /** The batch's labels, to score its logits when they are read back. */
  labels: Uint8Array;
}

interface Readback {
  logits: Float32Array;
  /** (λ/2)‖W‖² per step, or null when λ = 0. */
  penalties: Float32Array | null;
  meta: StepMeta[];
}


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
  const split = trainingSplit(data.train.count, config.validationSize ?? 0, config.trainLimit);
  const { trainCount } = split;
  const testCount = Math.min(config.testLimit ?? data.test.count, data.test.count);
  const batchSize = Math.min(config.batchSize, trainCount);
  const steps = batchCount(trainCount, batchSize);
  const stats = config.scaling === 'standardize' ? pixelStats(data.train.images, trainCount, PIXELS) : undefined;
  const scaler = makeScaler(config.scaling, PIXELS, stats);
  const xBuffer = new Float32Array(batchSize * PIXELS);
  // WebAssembly multiplies by an uploaded Xᵀ 5× faster than by a transposed read of X (see step.ts).
  const xTBuffer = tf.getBackend() === 'wasm' ? new Float32Array(batchSize * PIXELS) : null;
  const yBuffer = new Float32Array(batchSize * CLASS_COUNT);

  const params = createParams(config.model, config.seed);
  const optimizer = createOptimizer(config.optimizer, config.learningRate);
  const testImages = new TestImages(data.test, testCount, scaler);
  const testLabels = data.test.labels.subarray(0, testCount);
  const heldOut = heldOutImages(data.train, split);
  const validation: HeldOutImages | null =
    split.validationCount > 0 ? { images: new TestImages(heldOut, heldOut.count, scaler), labels: heldOut.labels } : null;

  let pending: StepOutput[] = [];
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
  let rested = false;
  let divergence: Extract<TrainingEvent, { type: 'diverged' }> | null = null;
  let epoch = 0;
  let step = 0;

  const elapsed = () => trainingMs + (performance.now() - segmentStart);

  const flush = (): Promise<Readback> | null => {
    if (pending.length === 0) return null;
    // One concatenation and one read for READ_EVERY steps: each read has a fixed cost.
    const logits = tf.concat(pending.map((p) => p.logits));
    const penalties = pending[0]!.penalty ? tf.stack(pending.map((p) => p.penalty!)) : null;
    for (const p of pending) tf.dispose([p.logits, p.penalty ?? []]);
    const meta = pendingMeta;
    pending = [];
    pendingMeta = [];
    return Promise.all([logits.data(), penalties?.data() ?? null]).then(([logitValues, penaltyValues]) => {
      tf.dispose([logits, penalties ?? []]);
      return { logits: logitValues as Float32Array, penalties: penaltyValues as Float32Array | null, meta };
    });
  };

  const consume = ({ logits, penalties, meta }: Readback) => {
    let offset = 0;
    meta.forEach(({ x, step: stepNumber, size, labels }, i) => {
      const { loss, correct } = batchMetrics(logits, offset, labels, CLASS_COUNT);
      offset += size * CLASS_COUNT;
      const l2 = penalties ? penalties[i]! : 0;
      if (divergence) return;
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
      yielding: rested,
      points: { x: Float32Array.from(outX), loss: Float32Array.from(outLoss), l2: Float32Array.from(outL2) },
    });
    outX = [];
    outLoss = [];
    outL2 = [];
    rested = false;
    lastEmit = performance.now();
  };

  /** Waits for every queued read-back. */
  const drain = async () => {
    const next = flush();
    if (inFlight) consume(await inFlight);
    inFlight = null;
    if (next) consume(await next);
  };

  const evaluation = (epochsDone: number): Promise<Evaluation> => evaluate(params, testImages, testLabels, epochsDone, validation);
  const emitWeights = async (epochsDone: number) => {
    const weights = await readWeights(params, epochsDone, { scaling: config.scaling, scaler });
    if (weights) emit({ type: 'weights', ...weights });
  };

  try {
    emit({ type: 'started', stepsPerEpoch: steps, trainCount, testCount, epochs: config.epochs });
    // Epoch 0, as the lecture does: the untrained model on the test set (accuracy near 0.1,
    // loss near ln 10). It also uploads the test images that every later evaluation reuses.
    const untrained = await evaluate(params, testImages, testLabels, 0);
    emit({ type: 'epochZero', testLoss: untrained.loss, testAccuracy: untrained.accuracy });
    // Training time starts at the first step, as an epoch's time leaves out its evaluation.
    segmentStart = performance.now();
    for (epoch = 0; epoch < config.epochs; epoch++) {
      const order = epochOrder(trainCount, config.seed, epoch);
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
          if (!divergence) await emitWeights(epoch);
          await control.waitForResume();
          control.throwIfFailed();
          segmentStart = performance.now();
          if (!control.shouldStop) emit({ type: 'resumed' });
        }
        if (control.shouldStop || divergence) break;
        if (control.interacting()) {
          // Give the page its cores while it has input; see INTERACTION_REST_MS.
          rested = true;
          await sleep(INTERACTION_REST_MS);
        }

        const start = step * batchSize;
        const rows = Math.min(batchSize, trainCount - start);
        const xValues = fillImages(data.train.images, order, start, rows, PIXELS, scaler, xBuffer).subarray(0, rows * PIXELS);
        const batch = {
          x: uploadMatrix(xValues, rows, PIXELS),
          y: uploadMatrix(fillOneHot(data.train.labels, order, start, rows, CLASS_COUNT, yBuffer), rows, CLASS_COUNT),
          xT: xTBuffer && uploadMatrix(transposeInto(xValues, rows, PIXELS, xTBuffer), PIXELS, rows),
        };
        pending.push(trainStep(params, optimizer, batch, config.weightDecay));
        tf.dispose([batch.x, batch.y, batch.xT ?? []]);
        const labels = new Uint8Array(rows);
        for (let r = 0; r < rows; r++) labels[r] = data.train.labels[order[start + r]!]!;
        pendingMeta.push({ x: epoch + (step + 1) / steps, step: step + 1, size: rows, labels });
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
          testLoss: result.loss,
          l2: summary.l2,
          seconds,
          numTensors: memory.numTensors,
          numBytes: memory.numBytes,
        },
        evaluation: result,
      });
      await emitWeights(epoch + 1);
    }
    emit({ type: 'done' });
    return 'done';
  } finally {
    for (const p of pending) tf.dispose([p.logits, p.penalty ?? []]);
    if (inFlight) await inFlight.catch(() => undefined);
    testImages.dispose();
    validation?.images.dispose();
    disposeOptimizer(optimizer);
    disposeParams(params);
  }
}
