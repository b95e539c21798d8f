import { describe, expect, it } from 'vitest';
import { CountMismatchError, DataLoadError, HttpError, MissingFileError, NetworkError, WrongDimensionsError } from './errors';
import { dataBaseUrl, FASHION_MNIST_FILES, loadFashionMnist, LOAD_MEASURE } from './fashion-mnist';
import { encodeIdx, IMAGE_MAGIC } from './idx';
import { fakeFetch, gzipBytes, tinyDatasetFiles, tinySplit } from './test-helpers';
import type { LoadProgress } from './types';

const BASE = 'https://lab.example/softmax-lab/data/fashion-mnist/';

describe('dataBaseUrl', () => {
  it('resolves the default folder against the page, so sub-path hosting works', () => {
    expect(dataBaseUrl('https://lab.example/softmax-lab/index.html?lang=ko#data', undefined)).toBe(BASE);
    expect(dataBaseUrl('http://127.0.0.1:4173/', '')).toBe('http://127.0.0.1:4173/data/fashion-mnist/');
  });

  it('takes a configured location, relative or absolute, and adds the trailing slash', () => {
    expect(dataBaseUrl('https://lab.example/app/', 'https://cdn.example/fmnist')).toBe('https://cdn.example/fmnist/');
    expect(dataBaseUrl('https://lab.example/app/', '/shared/fmnist/')).toBe('https://lab.example/shared/fmnist/');
  });
});

describe('loadFashionMnist', () => {
  it('loads both splits as byte arrays with their labels, reporting byte progress', async () => {
    const files = await tinyDatasetFiles([9, 0, 0, 3], [9, 2]);
    const requested: string[] = [];
    const progress: LoadProgress[] = [];
    const data = await loadFashionMnist({ baseUrl: BASE, fetch: fakeFetch(files, requested), onProgress: (p) => progress.push(p) });

    expect(requested.sort()).toEqual(Object.values(FASHION_MNIST_FILES).map((f) => BASE + f).sort());
    expect(data.train).toMatchObject({ count: 4, rows: 28, cols: 28 });
    expect(Array.from(data.train.labels)).toEqual([9, 0, 0, 3]);
    expect(data.train.images).toBeInstanceOf(Uint8Array);
    expect(data.train.images[3 * 784]).toBe(33);
    expect(Array.from(data.test.labels)).toEqual([9, 2]);

    const total = Object.values(files).reduce((sum, f) => sum + f.byteLength, 0);
    expect(progress.at(-1)).toEqual({ loadedBytes: total, totalBytes: total });
    expect(progress.some((p) => p.loadedBytes < total)).toBe(true);
    expect(performance.getEntriesByName(LOAD_MEASURE).length).toBeGreaterThan(0);
  });

  it('leaves the total unknown when a server sends no Content-Length', async () => {
    const files = await tinyDatasetFiles();
    const name = FASHION_MNIST_FILES.testLabels;
    const bytes = files[name]!;
    const progress: LoadProgress[] = [];
    await loadFashionMnist({
      baseUrl: BASE,
      fetch: fakeFetch({ ...files, [name]: () => new Response(new Blob([bytes as Uint8Array<ArrayBuffer>]).stream()) }),
      onProgress: (p) => progress.push(p),
    });
    expect(progress.at(-1)?.totalBytes).toBeNull();
  });

  it('counts progress in IDX bytes when the browser has already decoded the gzip', async () => {
    const t = tinySplit([1, 2]);
    const s = tinySplit([3]);
    const raw: Record<string, Uint8Array> = {
      [FASHION_MNIST_FILES.trainImages]: t.images,
      [FASHION_MNIST_FILES.trainLabels]: t.labels,
      [FASHION_MNIST_FILES.testImages]: s.images,
      [FASHION_MNIST_FILES.testLabels]: s.labels,
    };
    // Content-Length as a gzip-encoding server sends it: the compressed size, smaller than the body.
    const served = Object.fromEntries(
      Object.entries(raw).map(([name, bytes]) => [
        name,
        () => new Response(bytes as Uint8Array<ArrayBuffer>, { headers: { 'content-length': '20' } }),
      ]),
    );
    const progress: LoadProgress[] = [];
    const data = await loadFashionMnist({ baseUrl: BASE, fetch: fakeFetch(served), onProgress: (p) => progress.push(p) });
    expect(Array.from(data.test.labels)).toEqual([3]);
    const total = Object.values(raw).reduce((sum, f) => sum + f.byteLength, 0);
    expect(progress.at(-1)).toEqual({ loadedBytes: total, totalBytes: total });
  });

  async function failureOf(patch: Record<string, Uint8Array | (() => Response)>, remove?: string) {
    const files: Record<string, Uint8Array | (() => Response)> = { ...(await tinyDatasetFiles()), ...patch };
    if (remove) delete files[remove];
    const error = await loadFashionMnist({ baseUrl: BASE, fetch: fakeFetch(files) }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DataLoadError);
    return error as DataLoadError;
  }

  it('names a missing file (404)', async () => {
    const error = await failureOf({}, FASHION_MNIST_FILES.testImages);
    expect(error).toBeInstanceOf(MissingFileError);
    expect(error).toMatchObject({ kind: 'missing', file: FASHION_MNIST_FILES.testImages });
    expect(error.message).toContain(`not found at ${BASE}${FASHION_MNIST_FILES.testImages} (HTTP 404)`);
  });

  it('treats a web page where the file should be as missing (SPA fallback)', async () => {
    const page = () => new Response('<!doctype html><title>app</title>', { headers: { 'content-type': 'text/html' } });
    const error = await failureOf({ [FASHION_MNIST_FILES.trainLabels]: page });
    expect(error).toMatchObject({ kind: 'missing', file: FASHION_MNIST_FILES.trainLabels });
  });

  it('reports another HTTP status and a refused connection', async () => {
    const status = await failureOf({ [FASHION_MNIST_FILES.trainLabels]: () => new Response('', { status: 500 }) });
    expect(status).toBeInstanceOf(HttpError);
    const refused = await loadFashionMnist({
      baseUrl: BASE,
      fetch: () => Promise.reject(new TypeError('Failed to fetch')),
    }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(NetworkError);
  });

  it('names a corrupt gzip file', async () => {
    const files = await tinyDatasetFiles();
    const gz = files[FASHION_MNIST_FILES.trainImages]!;
    const error = await failureOf({ [FASHION_MNIST_FILES.trainImages]: gz.subarray(0, gz.length >> 1) });
    expect(error).toMatchObject({ kind: 'gzip', file: FASHION_MNIST_FILES.trainImages });
  });

  it('names a file with the wrong magic number (labels where images belong)', async () => {
    const files = await tinyDatasetFiles();
    const error = await failureOf({ [FASHION_MNIST_FILES.testImages]: files[FASHION_MNIST_FILES.testLabels]! });
    expect(error).toMatchObject({ kind: 'magic', file: FASHION_MNIST_FILES.testImages });
  });

  it('names images that are not 28 × 28', async () => {
    const small = await gzipBytes(encodeIdx(IMAGE_MAGIC, [4, 14, 14], new Uint8Array(4 * 196)));
    const error = await failureOf({ [FASHION_MNIST_FILES.trainImages]: small });
    expect(error).toBeInstanceOf(WrongDimensionsError);
  });

  it('names a label file whose count differs from its images', async () => {
    const error = await failureOf({ [FASHION_MNIST_FILES.trainLabels]: await gzipBytes(tinySplit([1, 2, 3]).labels) });
    expect(error).toBeInstanceOf(CountMismatchError);
    expect(error.message).toBe(`${FASHION_MNIST_FILES.trainLabels}: 3 labels for 4 images`);
  });
});
