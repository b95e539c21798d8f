/**
 * The typed messages between the page and the dataset worker (dataset.worker.ts):
 * one load per worker. The parsed arrays come back with their buffers transferred,
 * not copied; a failure comes back as the description the Data lesson shows.
 */
import type { DataLoadFailure, FashionMnist, LoadProgress } from '@/data/types';

/** Where the data came from: downloaded, or the copy kept on this device. */
export type DatasetSource = 'network' | 'kept';

/** Page → worker. */
export type DatasetCommand = {
  type: 'load';
  /** The page's data URL (dataBaseUrl(document.baseURI)): a worker cannot resolve the page's own. */
  baseUrl: string;
  /** Progress is passed on at most this often. */
  progressIntervalMs: number;
};

/** Worker → page. */
export type DatasetEvent =
  | { type: 'progress'; progress: LoadProgress }
  | { type: 'loaded'; data: FashionMnist; source: DatasetSource }
  | { type: 'failed'; failure: DataLoadFailure };
