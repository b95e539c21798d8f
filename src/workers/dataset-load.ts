import { describeLoadFailure } from '@/data/errors';
import { loadFashionMnist } from '@/data/fashion-mnist';
import type { FetchLike } from '@/data/fetch-progress';
import { throttleProgress } from '@/data/progress-throttle';
import type { FashionMnist, LoadProgress } from '@/data/types';
import { readKeptDataset } from '@/storage/kept-dataset';
import type { DatasetCommand, DatasetEvent, DatasetSource } from './dataset-protocol';

export interface LoadedDataset {
  data: FashionMnist;
  source: DatasetSource;
}

export interface DatasetLoadOptions {
  baseUrl: string;
  /** Cache Storage, where the kept copy lives; null where there is none (an insecure page). */
  storage: CacheStorage | null;
  fetch?: FetchLike;
  onProgress?: (progress: LoadProgress) => void;
}

/**
 * The one way the dataset is loaded, in the dataset worker or (where there is no
 * module worker) on the page: the copy kept on this device if there is a sound
 * one, else the download.
 */
export async function readOrLoadDataset({ baseUrl, storage, fetch, onProgress }: DatasetLoadOptions): Promise<LoadedDataset> {
  const kept = storage ? await readKeptDataset(baseUrl, storage).catch(() => null) : null;
  if (kept) return { data: kept, source: 'kept' };
  return { data: await loadFashionMnist({ baseUrl, onProgress, ...(fetch && { fetch }) }), source: 'network' };
}

/** The buffers behind the dataset's arrays, each once (transferring one twice throws). */
export const datasetBuffers = (data: FashionMnist): ArrayBuffer[] => [
  ...new Set([data.train.images.buffer, data.train.labels.buffer, data.test.images.buffer, data.test.labels.buffer]),
] as ArrayBuffer[];

export type PostDatasetEvent = (event: DatasetEvent, transfer?: Transferable[]) => void;

/**
 * The dataset worker's work for one command: throttled progress, then the dataset
 * with its buffers transferred (the worker keeps nothing), or the failure as the
 * page describes it.
 */
export async function handleDatasetCommand(
  command: DatasetCommand,
  post: PostDatasetEvent,
  { storage, fetch }: Pick<DatasetLoadOptions, 'storage' | 'fetch'>,
): Promise<void> {
  if (command.type !== 'load') return;
  try {
    const onProgress = throttleProgress((progress) => post({ type: 'progress', progress }), command.progressIntervalMs);
    const { data, source } = await readOrLoadDataset({ baseUrl: command.baseUrl, storage, onProgress, ...(fetch && { fetch }) });
    post({ type: 'loaded', data, source }, datasetBuffers(data));
  } catch (error) {
    post({ type: 'failed', failure: describeLoadFailure(error) });
  }
}
