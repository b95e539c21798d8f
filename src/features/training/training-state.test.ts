import { describe, expect, it } from 'vitest';
import { DEFAULT_TRAIN_CONFIG } from '@/domain/training-config';
import type { EpochSummary, TrainingEvent } from '@/domain/training-events';
import type { WorkerEvent } from '@/workers/protocol';
import { seriesPoints } from './chart-series';
import { INITIAL_TRAINING_STATE, MAX_EARLIER_RUNS, trainingReducer, type TrainingAction, type TrainingState } from './training-state';

const run = (runId: number, event: TrainingEvent): TrainingAction => ({ type: 'worker', event: { type: 'run', runId, event } });
const points = (xs: number[], losses: number[]) => ({
  x: Float32Array.from(xs),
  loss: Float32Array.from(losses),
  l2: new Float32Array(xs.length),
});
const summary: EpochSummary = {
  epoch: 1,
  trainLoss: 0.8,
  trainAccuracy: 0.7,
  testAccuracy: 0.78,
  testLoss: 0.62,
  l2: 0,
  seconds: 2,
  numTensors: 9,
  numBytes: 100,
};

const reduce = (actions: TrainingAction[], from: TrainingState = INITIAL_TRAINING_STATE) => actions.reduce(trainingReducer, from);

const started: TrainingEvent = { type: 'started', stepsPerEpoch: 8, trainCount: 2000, testCount: 500, epochs: 1 };

describe('trainingReducer', () => {
  it('goes idle → loading → training → done, gathering points and epochs', () => {
    const s1 = reduce([{ type: 'request', runId: 1, config: DEFAULT_TRAIN_CONFIG }]);
    expect(s1.status).toBe('loading');
    const s2 = reduce(
      [
        run(1, started),
        run(1, { type: 'firstStep', ms: 120 }),
        run(1, { type: 'progress', epoch: 0, step: 4, examplesDone: 1024, elapsedMs: 500, yielding: false, points: points([0.125, 0.25], [2.3, 2.0]) }),
      ],
      s1,
    );
    expect(s2.status).toBe('training');
    expect(s2.firstStepMs).toBe(120);
    expect(s2.progress).toMatchObject({ step: 4, examplesDone: 1024, stepsPerEpoch: 8 });
    expect(seriesPoints(s2.current!.loss).map((p) => p.y)).toEqual([2.299999952316284, 2]);
    const s3 = reduce([run(1, { type: 'epoch', summary, evaluation: null as never }), run(1, { type: 'done' })], s2);
    expect(s3.status).toBe('done');
    expect(s3.current!.epochs).toEqual([summary]);
  });

  it('keeps epoch 0 (the untrained model on the test set) for the current run until Reset', () => {
    const requested = reduce([{ type: 'request', runId: 1, config: DEFAULT_TRAIN_CONFIG }, run(1, started)]);
    expect(requested.current!.epochZero).toBeNull();
    const s = reduce([run(1, { type: 'epochZero', testLoss: 2.3051, testAccuracy: 0.0925 })], requested);
    expect(s.current!.epochZero).toEqual({ testLoss: 2.3051, testAccuracy: 0.0925 });
    // Epoch 0 is not a finished epoch: no row for it.
    expect(s.current!.epochs).toEqual([]);
    // It stays through the run's epochs, and another run's epoch 0 does not replace it.
    const later = reduce([run(1, { type: 'epoch', summary, evaluation: null as never }), run(7, { type: 'epochZero', testLoss: 9, testAccuracy: 0.5 })], s);
    expect(later.current!.epochZero).toEqual({ testLoss: 2.3051, testAccuracy: 0.0925 });
    expect(trainingReducer(later, { type: 'reset' }).current).toBeNull();
    // A new run starts without one, and the previous run keeps its own for the overlays.
    const next = reduce(
      [
        run(1, { type: 'progress', epoch: 1, step: 8, examplesDone: 2000, elapsedMs: 900, yielding: false, points: points([1], [0.7]) }),
        { type: 'request', runId: 2, config: DEFAULT_TRAIN_CONFIG },
      ],
      later,
    );
    expect(next.current!.epochZero).toBeNull();
    expect(next.earlier[0]!.epochZero).toEqual({ testLoss: 2.3051, testAccuracy: 0.0925 });
  });

  it('pauses and resumes only when the worker confirms', () => {
    const training = reduce([{ type: 'request', runId: 1, config: DEFAULT_TRAIN_CONFIG }, run(1, started)]);
    const paused = trainingReducer(training, run(1, { type: 'paused', evaluation: null }));
    expect(paused.status).toBe('paused');
    expect(trainingReducer(paused, run(1, { type: 'resumed' })).status).toBe('training');
  });

  it('reports divergence with the learning rate that caused it', () => {
    const config = { ...DEFAULT_TRAIN_CONFIG, learningRate: 1e5 };
    const s = reduce([
      { type: 'request', runId: 2, config },
      run(2, started),
      run(2, { type: 'diverged', epoch: 1, step: 3, loss: 4e6, reason: 'exploding' }),
    ]);
    expect(s.status).toBe('diverged');
    expect(s.divergence).toEqual({ epoch: 1, step: 3, loss: 4e6, reason: 'exploding', learningRate: 1e5 });
  });

  it('ignores events of runs that are no longer current', () => {
    const s = reduce([{ type: 'request', runId: 1, config: DEFAULT_TRAIN_CONFIG }, { type: 'reset' }, run(1, started), run(1, { type: 'done' })]);
    expect(s.status).toBe('idle');
    expect(s.current).toBeNull();
  });

  it('turns errors of the current run into the error status, and Reset recovers', () => {
    const error: WorkerEvent = { type: 'error', runId: 3, message: 'The WebGL context was lost', contextLost: true };
    const s = reduce([{ type: 'request', runId: 3, config: DEFAULT_TRAIN_CONFIG }, run(3, started), { type: 'worker', event: error }]);
    expect(s.status).toBe('error');
    expect(s.error).toEqual({ message: 'The WebGL context was lost', contextLost: true });
    const reset = trainingReducer(s, { type: 'reset' });
    expect(reset.status).toBe('idle');
    expect(reset.error).toBeNull();
  });

  it('keeps earlier runs with points for comparison, at most a few', () => {
    let s = INITIAL_TRAINING_STATE;
    for (let id = 1; id <= MAX_EARLIER_RUNS + 3; id++) {
      s = reduce(
        [
          { type: 'request', runId: id, config: { ...DEFAULT_TRAIN_CONFIG, learningRate: id } },
          run(id, started),
          run(id, { type: 'progress', epoch: 0, step: 1, examplesDone: 256, elapsedMs: 10, yielding: false, points: points([0.1], [2]) }),
        ],
        s,
      );
    }
    expect(s.earlier).toHaveLength(MAX_EARLIER_RUNS);
    expect(s.earlier[0]!.config.learningRate).toBe(MAX_EARLIER_RUNS + 2);
    // A run without any points is not worth comparing.
    const empty = reduce([{ type: 'request', runId: 99, config: DEFAULT_TRAIN_CONFIG }, { type: 'request', runId: 100, config: DEFAULT_TRAIN_CONFIG }], s);
    expect(empty.earlier[0]!.id).toBe(s.current!.id);
    expect(trainingReducer(s, { type: 'clearEarlier' }).earlier).toEqual([]);
  });
});
