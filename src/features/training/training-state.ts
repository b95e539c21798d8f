import type { DataLoadFailure } from '@/data/types';
import { appendPoints, emptySeries, type DecimatedSeries } from './chart-series';
import type { TrainConfig } from '@/domain/training-config';
import type { BackendInfo, EpochSummary, EpochZero, ModelWeights } from '@/domain/training-events';
import type { WorkerEvent } from '@/workers/protocol';
import { runListReducer, type KeptRun, type RunListAction } from './saved-runs';

/**
 * The Train section's view of training, as a pure reducer over the worker's
 * events and the student's commands (tested without a worker or a browser).
 */
export type TrainStatus = 'idle' | 'loading' | 'training' | 'paused' | 'done' | 'diverged' | 'error';

/** Stored points per series before pairs are averaged: at most 2 × this many points on a chart. */
export const SERIES_CAP = 150;
/** Earlier runs kept on the charts for comparison (and in the browser, see saved-runs.ts). */
export const MAX_EARLIER_RUNS = 8;

export interface RunRecord {
  id: number;
  config: TrainConfig;
  /** Data loss per step, decimated. */
  loss: DecimatedSeries;
  /** The weight-decay term per step, decimated. */
  l2: DecimatedSeries;
  /** The untrained model on the test set, before the first step; null until the worker has it. */
  epochZero: EpochZero | null;
  epochs: EpochSummary[];
  /** The student's name for the run; null or absent for the automatic label. */
  name?: string | null;
  /** Left off the charts (it stays in the list). */
  hidden?: boolean;
  /** Set once the run is kept in this browser, or when it was restored from there. */
  kept?: KeptRun;
  /** Softmax regression's latest W and b (after the last finished epoch or pause); absent for the MLP. */
  weights?: ModelWeights;
}

export interface Progress {
  /** 0-based epoch in progress and 0-based step within it. */
  epoch: number;
  step: number;
  stepsPerEpoch: number;
  epochs: number;
  trainCount: number;
  examplesDone: number;
  elapsedMs: number;
  /** The run is resting between steps because the student is using the page. */
  yielding: boolean;
}

export interface Divergence {
  epoch: number;
  step: number;
  loss: number;
  reason: 'notFinite' | 'exploding';
  learningRate: number;
}

export interface TrainingState {
  status: TrainStatus;
  current: RunRecord | null;
  earlier: RunRecord[];
  progress: Progress | null;
  backend: BackendInfo | null;
  divergence: Divergence | null;
  /** Why the run stopped; `data` when the dataset could not be had (the Data lesson's failure). */
  error: { message: string; contextLost: boolean; data?: DataLoadFailure } | null;
  /** Milliseconds from the start of the run to its first finished step. */
  firstStepMs: number | null;
}

export const INITIAL_TRAINING_STATE: TrainingState = {
  status: 'idle',
  current: null,
  earlier: [],
  progress: null,
  backend: null,
  divergence: null,
  error: null,
  firstStepMs: null,
};

export type TrainingAction =
  | { type: 'request'; runId: number; config: TrainConfig }
  | { type: 'reset' }
  | { type: 'clearEarlier' }
  | { type: 'workerFailed'; message: string }
  | { type: 'dataFailed'; failure: DataLoadFailure }
  | { type: 'worker'; event: WorkerEvent }
  | RunListAction;

/** The current run moves to the comparison list once it has something to compare. */
function archive(state: TrainingState): RunRecord[] {
  const run = state.current;
  if (!run || run.loss.points.length + run.loss.pending.count === 0) return state.earlier;
  return [run, ...state.earlier].slice(0, MAX_EARLIER_RUNS);
}

export function trainingReducer(state: TrainingState, action: TrainingAction): TrainingState {
  switch (action.type) {
    case 'request':
      return {
        ...state,
        status: 'loading',
        earlier: archive(state),
        current: {
          id: action.runId,
          config: action.config,
          loss: emptySeries(SERIES_CAP),
          l2: emptySeries(SERIES_CAP),
          epochZero: null,
          epochs: [],
        },
        progress: null,
        divergence: null,
        error: null,
        firstStepMs: null,
      };
    case 'reset':
      return { ...INITIAL_TRAINING_STATE, backend: state.backend, earlier: archive(state) };
    case 'clearEarlier':
      return { ...state, earlier: [] };
    case 'dataFailed':
      // Only a run waiting for the data fails with it; Train asks for the data again.
      if (state.status !== 'loading') return state;
      return { ...state, status: 'error', error: { message: action.failure.message, contextLost: false, data: action.failure } };
    case 'workerFailed':
      return { ...state, status: 'error', error: { message: action.message, contextLost: false } };
    case 'worker':
      return onWorkerEvent(state, action.event);
    default:
      return runListReducer(state, action, MAX_EARLIER_RUNS);
  }
}

function onWorkerEvent(state: TrainingState, message: WorkerEvent): TrainingState {
  if (message.type === 'backend') return { ...state, backend: message.info };
  if (message.type === 'error') {
    // An error from another run (or from before any run) matters only if it breaks the current one.
    const current = state.current;
    const relevant = message.runId === null ? message.contextLost || state.status === 'loading' : message.runId === current?.id;
    if (!relevant || state.status === 'idle') return message.runId === null ? { ...state, error: state.error } : state;
    return { ...state, status: 'error', error: { message: message.message, contextLost: message.contextLost } };
  }
  const run = state.current;
  if (!run || message.runId !== run.id) return state;
  const event = message.event;
  switch (event.type) {
    case 'started':
      return {
        ...state,
        status: 'training',
        progress: {
          epoch: 0,
          step: 0,
          stepsPerEpoch: event.stepsPerEpoch,
          epochs: event.epochs,
          trainCount: event.trainCount,
          examplesDone: 0,
          elapsedMs: 0,
          yielding: false,
        },
      };
    case 'epochZero':
      return { ...state, current: { ...run, epochZero: { testLoss: event.testLoss, testAccuracy: event.testAccuracy } } };
    case 'firstStep':
      return { ...state, firstStepMs: event.ms };
    case 'progress': {
      const { x, loss, l2 } = event.points;
      return {
        ...state,
        current: { ...run, loss: appendPoints(run.loss, x, loss), l2: appendPoints(run.l2, x, l2) },
        progress: state.progress && {
          ...state.progress,
          epoch: event.epoch,
          step: event.step,
          examplesDone: event.examplesDone,
          elapsedMs: event.elapsedMs,
          yielding: event.yielding,
        },
      };
    }
    case 'epoch':
      return { ...state, current: { ...run, epochs: [...run.epochs, event.summary] } };
    case 'paused':
      return state.status === 'training' ? { ...state, status: 'paused' } : state;
    case 'resumed':
      return state.status === 'paused' ? { ...state, status: 'training' } : state;
    case 'diverged':
      return {
        ...state,
        status: 'diverged',
        divergence: { epoch: event.epoch, step: event.step, loss: event.loss, reason: event.reason, learningRate: run.config.learningRate },
      };
    case 'done':
      return { ...state, status: 'done' };
    case 'weights': {
      // The run keeps its latest parameters: saved with it, and downloadable as NumPy files.
      const { epoch, W, b, input } = event;
      return { ...state, current: { ...run, weights: input ? { epoch, W, b, input } : { epoch, W, b } } };
    }
    case 'stopped':
      return state;
  }
}
