import { describe, expect, it } from 'vitest';
import { FASHION_MNIST_FILES } from '@/data/fashion-mnist';
import { fakeFetch, tinyDatasetFiles } from '@/data/test-helpers';
import { keepDataset } from '@/storage/kept-dataset';
import { datasetBuffers, handleDatasetCommand, readOrLoadDataset } from './dataset-load';
import type { DatasetCommand, DatasetEvent } from './dataset-protocol';

const BASE = 'https://lab.example/softmax-lab/data/fashion-mnist/';
const LOAD: DatasetCommand = { type: 'load', baseUrl: BASE, progressIntervalMs: 100 };

/** Cache Storage in memory (Node has none). */
function memoryStorage(): CacheStorage {
  const caches = new Map<string, Map<string, { body: ArrayBuffer; headers: Headers }>>();
  const cacheOf = (entries: Map<string, { body: ArrayBuffer; headers: Headers }>) => ({
    put: async (url: string, response: Response) => void entries.set(url, { body: await response.arrayBuffer(), headers: response.headers }),
    match: async (url: string) => {
      const entry = entries.get(url);
      return entry && new Response(entry.body.slice(0), { headers: entry.headers });
    },
  });
  return {
    open: async (name: string) => {
      if (!caches.has(name)) caches.set(name, new Map());
      return cacheOf(caches.get(name)!);
    },
    has: async (name: string) => caches.has(name),
    delete: async (name: string) => caches.delete(name),
  } as unknown as CacheStorage;
}

/** Runs one command and returns what the worker posted, with what it transferred. */
async function run(command: DatasetCommand, options: Parameters<typeof handleDatasetCommand>[2]) {
  const posted: Array<{ event: DatasetEvent; transfer: Transferable[] }> = [];
  await handleDatasetCommand(command, (event, transfer = []) => posted.push({ event, transfer }), options);
  return posted;
}

describe('the dataset worker', () => {
  it('downloads the data, reports progress, and transfers every buffer once', async () => {
    const requested: string[] = [];
    const posted = await run(LOAD, { storage: null, fetch: fakeFetch(await tinyDatasetFiles([9, 0, 0, 3], [9, 2]), requested) });
    expect(requested).toHaveLength(4);
    const last = posted.at(-1)!;
    expect(last.event.type).toBe('loaded');
    if (last.event.type !== 'loaded') return;
    expect(last.event.source).toBe('network');
    expect(Array.from(last.event.data.train.labels)).toEqual([9, 0, 0, 3]);
    expect(Array.from(last.event.data.test.labels)).toEqual([9, 2]);
    // The four files' buffers, so the page gets them without a copy.
    expect(last.transfer).toHaveLength(4);
    expect(new Set(last.transfer)).toEqual(new Set(datasetBuffers(last.event.data)));
    expect(last.transfer).toContain(last.event.data.train.images.buffer);
    // Throttled: the first report passes, and the one that completes the total.
    const progress = posted.filter((p) => p.event.type === 'progress');
    expect(progress.length).toBeGreaterThan(0);
    expect(progress.length).toBeLessThan(10);
  });

  it('reads the kept copy instead of downloading, and says so', async () => {
    const storage = memoryStorage();
    const files = await tinyDatasetFiles([1, 2], [3]);
    const { data } = await readOrLoadDataset({ baseUrl: BASE, storage: null, fetch: fakeFetch(files) });
    await keepDataset(BASE, data, async () => undefined, storage);
    const requested: string[] = [];
    const posted = await run(LOAD, { storage, fetch: fakeFetch(files, requested) });
    expect(requested).toEqual([]);
    const last = posted.at(-1)!.event;
    expect(last).toMatchObject({ type: 'loaded', source: 'kept' });
    if (last.type === 'loaded') expect(Array.from(last.data.train.labels)).toEqual([1, 2]);
  });

  it('sends a failure as the description the page shows: its kind, the file, the detail', async () => {
    const files = await tinyDatasetFiles();
    delete files[FASHION_MNIST_FILES.testImages];
    const posted = await run(LOAD, { storage: memoryStorage(), fetch: fakeFetch(files) });
    const last = posted.at(-1)!;
    expect(last.transfer).toEqual([]);
    expect(last.event).toEqual({
      type: 'failed',
      failure: { kind: 'missing', file: FASHION_MNIST_FILES.testImages, message: expect.stringContaining('HTTP 404') },
    });
  });

  it('sends bad gzip data as a gzip failure naming the file', async () => {
    const files = await tinyDatasetFiles();
    files[FASHION_MNIST_FILES.trainLabels] = new TextEncoder().encode('this is not gzip data at all');
    const posted = await run(LOAD, { storage: null, fetch: fakeFetch(files) });
    expect(posted.at(-1)!.event).toMatchObject({ type: 'failed', failure: { kind: 'gzip', file: FASHION_MNIST_FILES.trainLabels } });
  });
});
