import { startTransition, useCallback, useEffect, useReducer, useRef } from 'react';
import { dataSlices, datasetShape } from '@/data/slices';
import type { DatasetHandle } from '@/data/types';
import type { BackendName, TrainConfig } from '@/domain/training-config';
import type { Evaluation, ModelWeights } from '@/domain/training-events';
import type { WorkerCommand, WorkerEvent } from '@/workers/protocol';
import { INITIAL_TRAINING_STATE, trainingReducer, type TrainingState } from '../training-state';
import { usePageInput } from './use-page-input';
import { useSavedRuns, type SavedRuns } from './use-saved-runs';

export interface TrainingWorker {
  state: TrainingState;
  /** Starts the worker (and its backend) ahead of the first run; cheap to call again. */
  prepare: () => void;
  train: (config: TrainConfig) => void;
  pause: () => void;
  resume: () => void;
  reset: () => void;
  clearEarlier: () => void;
  /** Runs kept in the browser: rename, hide, delete, clear. */
  saved: SavedRuns;
}

/** Resolves in a later task, so input and rendering get a turn. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Owns the one training worker. The worker is created lazily (never for the
 * first screen: TensorFlow.js is over a megabyte), gets the dataset once, and
 * is replaced after a fault so Reset always recovers.
 */
export function useTrainingWorker(
  dataset: DatasetHandle,
  backend: BackendName,
  onEvaluation?: (evaluation: Evaluation | null) => void,
  onWeights?: (weights: ModelWeights | null) => void,
): TrainingWorker {
  const [state, dispatch] = useReducer(trainingReducer, INITIAL_TRAINING_STATE);
  const workerRef = useRef<Worker | null>(null);
  const sentData = useRef<unknown>(null);
  const dataDelivered = useRef(false);
  const backendRef = useRef<BackendName | null>(null);
  const nextRunId = useRef(1);
  const pendingRun = useRef<{ runId: number; config: TrainConfig } | null>(null);
  // The run the lessons downstream show; evaluations of any other (reset, replaced) run are dropped.
  const shownRun = useRef<{ id: number; config: TrainConfig } | null>(null);
  const onEvaluationRef = useRef(onEvaluation);
  useEffect(() => {
    onEvaluationRef.current = onEvaluation;
  }, [onEvaluation]);
  const onWeightsRef = useRef(onWeights);
  useEffect(() => {
    onWeightsRef.current = onWeights;
  }, [onWeights]);

  const saved = useSavedRuns(state, dispatch);

  const post = (command: WorkerCommand) => workerRef.current?.postMessage(command);

  const ensureWorker = useCallback((): Worker => {
    if (workerRef.current) return workerRef.current;
    const worker = new Worker(new URL('../../../workers/training.worker.ts', import.meta.url), {
      type: 'module',
      name: 'training',
    });
    worker.onmessage = (message: MessageEvent<WorkerEvent>) => {
      const event = message.data;
      if (event.type === 'run' && (event.event.type === 'epoch' || event.event.type === 'paused')) {
        const evaluation = event.event.evaluation;
        const run = shownRun.current;
        // Labelled with its run, so the Mistakes lesson can say which run it shows.
        // A transition: the lessons that redraw from it (the mistakes gallery) must not block input.
        if (evaluation && run?.id === event.runId) startTransition(() => onEvaluationRef.current?.({ ...evaluation, run }));
      }
      if (event.type === 'run' && event.event.type === 'weights' && shownRun.current?.id === event.runId) {
        // The trained parameters, for the lessons that run the model on the page (Draw).
        const { epoch, W, b, input } = event.event;
        const weights: ModelWeights = { epoch, W, b, ...(input && { input }) };
        startTransition(() => onWeightsRef.current?.(weights));
      }
      if (event.type === 'run' && event.event.type === 'firstStep') performance.mark('train-first-step');
      // Also a transition: progress, charts and epoch rows redraw in slices that
      // yield to input, so a student dragging a slider meanwhile never waits on them.
      startTransition(() => dispatch({ type: 'worker', event }));
    };
    worker.onerror = (error) => dispatch({ type: 'workerFailed', message: error.message || 'the training worker failed to start' });
    workerRef.current = worker;
    sentData.current = null;
    dataDelivered.current = false;
    backendRef.current = null;
    return worker;
  }, []);

  // The backend follows the choice; a switch re-initialises the worker's TensorFlow.js.
  const syncBackend = useCallback(() => {
    if (!workerRef.current || backendRef.current === backend) return;
    backendRef.current = backend;
    post({ type: 'init', backend });
  }, [backend]);

  const startPending = useCallback(() => {
    const run = pendingRun.current;
    if (!run || !workerRef.current || !dataDelivered.current) return;
    pendingRun.current = null;
    post({ type: 'train', runId: run.runId, config: run.config });
  }, []);

  // The dataset goes to the worker once, in transferred slices, one per task: a
  // single postMessage of it would hold the page for one long copy. The worker keeps it for every run.
  // A copy, not the page's own buffers: the page keeps using the data (Data, Mistakes, Draw), and
  // sharing needs SharedArrayBuffer, hence cross-origin isolation, which static hosts do not give.
  const syncData = useCallback(() => {
    const worker = workerRef.current;
    if (!worker || dataset.state.status !== 'ready' || sentData.current === dataset.state.data) return;
    const data = dataset.state.data;
    sentData.current = data;
    dataDelivered.current = false;
    worker.postMessage({ type: 'dataShape', shape: datasetShape(data) } satisfies WorkerCommand);
    void (async () => {
      for (const slice of dataSlices(data)) {
        await nextTask();
        // A replaced worker (after a fault) gets the dataset anew.
        if (workerRef.current !== worker) return;
        worker.postMessage({ type: 'dataSlice', slice } satisfies WorkerCommand, [slice.bytes.buffer]);
      }
      dataDelivered.current = true;
      startPending();
    })();
  }, [dataset.state, startPending]);

  useEffect(() => {
    syncBackend();
    syncData();
    startPending();
  }, [syncBackend, syncData, startPending]);

  const prepare = useCallback(() => {
    ensureWorker();
    syncBackend();
    syncData();
  }, [ensureWorker, syncBackend, syncData]);

  // A run waiting for data that cannot be had fails with the Data lesson's message and fix.
  const dataFailure = dataset.state.status === 'error' ? dataset.state : null;
  useEffect(() => {
    if (!dataFailure || state.status !== 'loading') return;
    pendingRun.current = null;
    dispatch({ type: 'dataFailed', failure: { kind: dataFailure.kind, file: dataFailure.file, message: dataFailure.message } });
  }, [dataFailure, state.status]);

  const { load, retry } = dataset;
  const dataFailed = dataFailure !== null;
  const train = useCallback(
    (config: TrainConfig) => {
      performance.mark('train-click');
      // Not `nextRunId.current++`: the React Compiler (1.0) turns that into a pre-increment, and runs began at 2.
      const runId = nextRunId.current;
      nextRunId.current = runId + 1;
      dispatch({ type: 'request', runId, config });
      pendingRun.current = { runId, config };
      // The lessons downstream drop the previous run's results: nothing of it is presented as this run's.
      shownRun.current = { id: runId, config };
      onEvaluationRef.current?.(null);
      onWeightsRef.current?.(null);
      // After a failed download, Train is the student's way to try again.
      if (dataFailed) retry();
      else load();
      prepare();
      startPending();
    },
    [dataFailed, load, retry, prepare, startPending],
  );

  const pause = useCallback(() => post({ type: 'pause' }), []);
  const resume = useCallback(() => post({ type: 'resume' }), []);
  const reset = useCallback(() => {
    pendingRun.current = null;
    shownRun.current = null;
    if (state.status === 'error' || state.status === 'loading') {
      // A faulted (or stuck) worker is replaced: the next run starts a fresh one.
      workerRef.current?.terminate();
      workerRef.current = null;
      sentData.current = null;
      dataDelivered.current = false;
      backendRef.current = null;
    } else {
      post({ type: 'stop' });
    }
    dispatch({ type: 'reset' });
    // The Mistakes lesson shows a model that exists: after Reset there is none.
    onEvaluationRef.current?.(null);
    onWeightsRef.current?.(null);
  }, [state.status]);
  const clearEarlier = useCallback(() => dispatch({ type: 'clearEarlier' }), []);

  useEffect(() => () => workerRef.current?.terminate(), []);

  // While a run trains, the worker rests between steps whenever the student uses the page.
  usePageInput(state.status === 'training', () => post({ type: 'interacting' }));

  return { state, prepare, train, pause, resume, reset, clearEarlier, saved };
}
