import { describeLoadFailure } from '@/data/errors';
import { throttleProgress } from '@/data/progress-throttle';
import type { DataLoadFailure, LoadProgress } from '@/data/types';
import { readOrLoadDataset, type LoadedDataset } from './dataset-load';
import type { DatasetCommand, DatasetEvent } from './dataset-protocol';

/** A load that failed in the dataset worker, with the failure as it was described there. */
export class ReportedLoadFailure extends Error {
  constructor(readonly failure: DataLoadFailure) {
    super(failure.message);
    this.name = 'ReportedLoadFailure';
  }
}

/** What the page shows for a failed load, in the worker or on the page. */
export const loadFailureOf = (error: unknown): DataLoadFailure =>
  error instanceof ReportedLoadFailure ? error.failure : describeLoadFailure(error);

/** The part of a Worker the page uses (Vitest passes a fake). */
export interface DatasetWorkerLike {
  onmessage: ((message: MessageEvent<DatasetEvent>) => void) | null;
  onerror: ((error: ErrorEvent) => void) | null;
  onmessageerror: ((error: MessageEvent) => void) | null;
  postMessage(command: DatasetCommand): void;
  terminate(): void;
}

/** The dataset worker, built by Vite like the training worker; null where there are no workers. */
export function createDatasetWorker(): DatasetWorkerLike | null {
  if (typeof Worker === 'undefined') return null;
  try {
    return new Worker(new URL('./dataset.worker.ts', import.meta.url), { type: 'module', name: 'dataset' });
  } catch {
    return null;
  }
}

/** A worker started ahead of its load (prepareDatasetWorker), waiting for it. */
let spare: DatasetWorkerLike | null = null;

/**
 * Starts the dataset worker ahead of the load, so its start (a thread, its script) is
 * not part of the wait. One at most; a spare that fails to start is dropped, and
 * the load starts another or runs on the page.
 */
export function prepareDatasetWorker(create: () => DatasetWorkerLike | null = createDatasetWorker): void {
  if (spare) return;
  const worker = create();
  if (!worker) return;
  spare = worker;
  worker.onerror = (error) => {
    error.preventDefault();
    worker.terminate();
    if (spare === worker) spare = null;
  };
}

/** The spare worker if there is one, else a new one. */
export function takeDatasetWorker(): DatasetWorkerLike | null {
  const worker = spare;
  spare = null;
  return worker ?? createDatasetWorker();
}

export interface LoadDatasetOptions {
  baseUrl: string;
  /** Cache Storage, for the kept copy when the page loads the data itself; null where there is none. */
  storage: CacheStorage | null;
  progressIntervalMs: number;
  onProgress: (progress: LoadProgress) => void;
  createWorker?: () => DatasetWorkerLike | null;
}

/**
 * Loads Fashion-MNIST in a worker of its own, one load per worker: the download,
 * gunzip and parse (about half a second of work) leave the page's thread free, and
 * the arrays arrive with their buffers transferred. Where module workers are missing
 * (the worker fails to start, or never existed) the page runs the same code itself.
 *
 * The training worker gets its own copy (useTrainingWorker sends it in transferred
 * slices): the page keeps the data too (the Data lesson's images, Mistakes, Draw), and
 * sharing one buffer between threads needs SharedArrayBuffer, which needs cross-origin
 * isolation headers that static hosts do not send.
 */
export function loadDataset({ baseUrl, storage, progressIntervalMs, onProgress, createWorker = takeDatasetWorker }: LoadDatasetOptions): Promise<LoadedDataset> {
  const onThisThread = () => readOrLoadDataset({ baseUrl, storage, onProgress: throttleProgress(onProgress, progressIntervalMs) });
  const worker = createWorker();
  if (!worker) return onThisThread();
  return new Promise((resolve, reject) => {
    let settled = false;
    const settle = () => {
      settled = true;
      worker.terminate();
    };
    worker.onmessage = ({ data: event }) => {
      if (settled) return;
      if (event.type === 'progress') onProgress(event.progress);
      else if (event.type === 'loaded') {
        settle();
        resolve({ data: event.data, source: event.source });
      } else {
        settle();
        reject(new ReportedLoadFailure(event.failure));
      }
    };
    // A browser without module workers, or a worker script that could not be fetched:
    // the page loads the data itself, as it did before there was a worker.
    const fallBack = (error: ErrorEvent | MessageEvent) => {
      if (settled) return;
      error.preventDefault();
      settle();
      console.warn('The dataset worker failed to start; loading on the page instead.', error);
      onThisThread().then(resolve, reject);
    };
    worker.onerror = fallBack;
    worker.onmessageerror = fallBack;
    worker.postMessage({ type: 'load', baseUrl, progressIntervalMs });
  });
}
