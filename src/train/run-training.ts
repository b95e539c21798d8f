import * as tf from '@tensorflow/tfjs-core';
import { epochOrder } from '@/data/epoch-order';
import { trainingSplit } from '@/data/validation-split';
import type { FashionMnist as TrainingData } from '@/data/types';
import type { TrainConfig } from '@/domain/training-config';
import type { TrainingEvent } from '@/domain/training-events';
import { BatchSource, disposeBatch } from './batch-source';
import { makeScaler, pixelStats } from './batch-fill';
import { macrotask, RunControl, sleep } from './control';
import { EpochMeter } from './epoch-meter';
import { EvaluationSets, readWeights } from './evaluate';
import { createParams, disposeParams, PIXELS } from './model-params';
import { createOptimizer, disposeOptimizer } from './optimizer';
import { ProgressBuffer } from './progress-buffer';
import { ReadbackQueue } from './readback-queue';
import { trainStep } from './step';
import { TrainingClock } from './training-clock';

/** Steps between read-backs: enough to keep the GPU busy, few enough to notice divergence quickly. */
export const READ_EVERY = 16;

/**
 * While the student is using the page, the loop rests this long before each step:
 * one step every two frames or so. On a machine whose GPU is emulated on the CPU
 * (SwiftShader on two cores) the training steps otherwise take the cores the page
 * needs to draw, and a logit dragged during training misses frames; a rest of two
 * frames keeps the drag smooth where a rest of one was not enough (README, Performance).
 * With a real GPU the rest costs little, and only while someone is dragging.
 */
export const INTERACTION_REST_MS = 33;

export type Emit = (event: TrainingEvent) => void;

/**
 * Trains a model as configured and reports through `emit`: a few progress
 * messages a second, one summary and evaluation per epoch. Knows nothing of
 * the page; the worker drives it, and so does Vitest on the CPU backend.
 *
 * The two loops are the lecture's train_ch3 and train_epoch: for each epoch, for
 * each minibatch, a step; then the epoch's loss and accuracy, and the test set.
 * One difference: the loss and accuracy are not read after each step, which would
 * make the CPU wait for the GPU every time. Each step's logits wait in the
 * read-back queue, READ_EVERY steps are read at once, asynchronously, while the
 * next steps run, and the meter sums them in step order.
 */
export async function runTraining(
  config: TrainConfig,
  data: TrainingData,
  emit: Emit,
  control = new RunControl(),
): Promise<'done' | 'stopped' | 'diverged'> {
  const split = trainingSplit(data.train.count, config.validationSize ?? 0, config.trainLimit);
  const stats = config.scaling === 'standardize' ? pixelStats(data.train.images, split.trainCount, PIXELS) : undefined;
  const scaler = makeScaler(config.scaling, PIXELS, stats);
  const batches = new BatchSource(data.train, split.trainCount, config.batchSize, scaler);
  const params = createParams(config.model, config.seed);
  const optimizer = createOptimizer(config.optimizer, config.learningRate);
  const sets = new EvaluationSets(data, split, config.testLimit, scaler);
  const clock = new TrainingClock();
  const progress = new ProgressBuffer(emit, () => clock.elapsed());
  const meter = new EpochMeter(progress.addPoint);
  const readBacks = new ReadbackQueue(meter.add);

  const sendWeights = async (epochsDone: number) => {
    const weights = await readWeights(params, epochsDone, { scaling: config.scaling, scaler });
    if (weights) emit({ type: 'weights', ...weights });
  };
  /** Before step `step` of `epoch` (both 0-based): reports, and waits for resume or stop. */
  const pause = async (epoch: number, step: number) => {
    await readBacks.drain();
    progress.send(epoch, step);
    clock.stop();
    // Mid-epoch, `epoch` (0-based) is also the count of finished epochs.
    emit({ type: 'paused', evaluation: meter.divergence ? null : await sets.evaluate(params, epoch) });
    if (!meter.divergence) await sendWeights(epoch);
    await control.waitForResume();
    control.throwIfFailed();
    clock.start();
    if (!control.shouldStop) emit({ type: 'resumed' });
  };

  try {
    emit({ type: 'started', stepsPerEpoch: batches.steps, trainCount: split.trainCount, testCount: sets.testCount, epochs: config.epochs });
    // Epoch 0, as the lecture does: the untrained model on the test set (accuracy near 0.1,
    // loss near ln 10). It also uploads the test images that every later evaluation reuses.
    const untrained = await sets.evaluateTestSet(params, 0);
    emit({ type: 'epochZero', testLoss: untrained.loss, testAccuracy: untrained.accuracy });
    // Training time starts at the first step, as an epoch's time leaves out its evaluation.
    clock.start();
    for (let epoch = 0; epoch < config.epochs; epoch++) {
      const order = epochOrder(split.trainCount, config.seed, epoch);
      const epochStart = clock.elapsed();
      meter.startEpoch();
      // Declared outside the loop: the epoch's last progress message says where it ended.
      let step = 0;
      for (; step < batches.steps; step++) {
        control.throwIfFailed();
        if (control.shouldPause) await pause(epoch, step);
        if (control.shouldStop || meter.divergence) break;
        if (control.interacting()) {
          // Give the page its cores while it has input; see INTERACTION_REST_MS.
          progress.noteRest();
          await sleep(INTERACTION_REST_MS);
        }

        const { batch, labels } = batches.batch(order, step);
        readBacks.push(trainStep(params, optimizer, batch, config.weightDecay), { x: epoch + (step + 1) / batches.steps, step: step + 1, labels });
        disposeBatch(batch);
        progress.countExamples(labels.length);

        if (epoch === 0 && step === 0) {
          // The first step is read at once, so the page can show that training has begun.
          await readBacks.drain();
          emit({ type: 'firstStep', ms: clock.elapsed() });
        } else if (readBacks.queued >= READ_EVERY) {
          await readBacks.readBack();
          // Lets commands from the page (pause, stop) and the read-backs through.
          await macrotask();
        }
        progress.sendIfDue(epoch, step);
      }
      await readBacks.drain();
      progress.send(epoch, step);
      if (meter.divergence) {
        emit(meter.divergence);
        return 'diverged';
      }
      if (control.shouldStop) {
        emit({ type: 'stopped' });
        return 'stopped';
      }
      const seconds = (clock.elapsed() - epochStart) / 1000;
      const { loss, accuracy, l2 } = meter.summary();
      const test = await sets.evaluate(params, epoch + 1);
      const { numTensors, numBytes } = tf.memory();
      emit({
        type: 'epoch',
        summary: { epoch: epoch + 1, trainLoss: loss, trainAccuracy: accuracy, testAccuracy: test.accuracy, testLoss: test.loss, l2, seconds, numTensors, numBytes },
        evaluation: test,
      });
      await sendWeights(epoch + 1);
    }
    emit({ type: 'done' });
    return 'done';
  } finally {
    await readBacks.dispose();
    sets.dispose();
    disposeOptimizer(optimizer);
    disposeParams(params);
  }
}
