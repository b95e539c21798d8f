import { afterEach, describe, expect, it, vi } from 'vitest';
import { MissingFileError } from '@/data/errors';
import { fakeFetch, tinyDatasetFiles } from '@/data/test-helpers';
import type { DataLoadFailure, LoadProgress } from '@/data/types';
import { loadDataset, loadFailureOf, prepareDatasetWorker, ReportedLoadFailure, takeDatasetWorker, type DatasetWorkerLike } from './dataset-client';
import { readOrLoadDataset } from './dataset-load';
import type { DatasetCommand, DatasetEvent } from './dataset-protocol';

const BASE = 'https://lab.example/data/fashion-mnist/';

/** A worker stand-in: records commands, and the test answers for it. */
class FakeWorker implements DatasetWorkerLike {
  onmessage: ((message: MessageEvent<DatasetEvent>) => void) | null = null;
  onerror: ((error: ErrorEvent) => void) | null = null;
  onmessageerror: ((error: MessageEvent) => void) | null = null;
  readonly commands: DatasetCommand[] = [];
  terminated = false;
  postMessage(command: DatasetCommand) {
    this.commands.push(command);
  }
  terminate() {
    this.terminated = true;
  }
  send(event: DatasetEvent) {
    this.onmessage?.({ data: event } as MessageEvent<DatasetEvent>);
  }
  failToStart() {
    this.onerror?.({ preventDefault: () => undefined } as ErrorEvent);
  }
}

const options = (worker: FakeWorker | null, progress: LoadProgress[] = []) => ({
  baseUrl: BASE,
  storage: null,
  progressIntervalMs: 100,
  onProgress: (p: LoadProgress) => progress.push(p),
  createWorker: () => worker,
});

describe('loadDataset', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });

  it('asks the worker for the data, passes its progress on, and ends the worker with the result', async () => {
    const worker = new FakeWorker();
    const progress: LoadProgress[] = [];
    const loading = loadDataset(options(worker, progress));
    expect(worker.commands).toEqual([{ type: 'load', baseUrl: BASE, progressIntervalMs: 100 }]);
    const { data } = await readOrLoadDataset({ baseUrl: BASE, storage: null, fetch: fakeFetch(await tinyDatasetFiles()) });
    worker.send({ type: 'progress', progress: { loadedBytes: 10, totalBytes: 100 } });
    worker.send({ type: 'loaded', data, source: 'kept' });
    await expect(loading).resolves.toEqual({ data, source: 'kept' });
    expect(progress).toEqual([{ loadedBytes: 10, totalBytes: 100 }]);
    expect(worker.terminated).toBe(true);
  });

  it("rejects with the worker's description of a failure, which the page shows as it is", async () => {
    const worker = new FakeWorker();
    const loading = loadDataset(options(worker));
    const failure: DataLoadFailure = { kind: 'gzip', file: 'train-labels-idx1-ubyte.gz', message: 'train-labels-idx1-ubyte.gz: not gzip' };
    worker.send({ type: 'failed', failure });
    const error = await loading.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ReportedLoadFailure);
    expect(loadFailureOf(error)).toEqual(failure);
    expect(worker.terminated).toBe(true);
  });

  it('describes a failure on the page the same way as before there was a worker', () => {
    const error = new MissingFileError('t10k-images-idx3-ubyte.gz', 'not found');
    expect(loadFailureOf(error)).toEqual({ kind: 'missing', file: 't10k-images-idx3-ubyte.gz', message: error.message });
  });

  it('loads on the page when the worker cannot start (no module workers, an unreachable script)', async () => {
    const worker = new FakeWorker();
    vi.stubGlobal('fetch', fakeFetch(await tinyDatasetFiles([4, 5], [6])));
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const loading = loadDataset(options(worker));
    worker.failToStart();
    const { data, source } = await loading;
    expect(source).toBe('network');
    expect(Array.from(data.train.labels)).toEqual([4, 5]);
    expect(worker.terminated).toBe(true);
  });

  it('loads on the page where there are no workers at all', async () => {
    vi.stubGlobal('fetch', fakeFetch(await tinyDatasetFiles([7], [8])));
    const { data } = await loadDataset(options(null));
    expect(Array.from(data.test.labels)).toEqual([8]);
  });
});

describe('prepareDatasetWorker', () => {
  it('starts one worker ahead, which the next load takes', () => {
    const spare = new FakeWorker();
    prepareDatasetWorker(() => spare);
    prepareDatasetWorker(() => new FakeWorker());
    expect(takeDatasetWorker()).toBe(spare);
    // Taken: the next load starts its own (none in Node, so the page loads the data).
    expect(takeDatasetWorker()).toBeNull();
  });

  it('drops a spare that fails to start, so no load waits on it', () => {
    const spare = new FakeWorker();
    prepareDatasetWorker(() => spare);
    spare.failToStart();
    expect(spare.terminated).toBe(true);
    expect(takeDatasetWorker()).toBeNull();
  });
});
