import { CLASS_COUNT } from './classes';
import { CountMismatchError } from './errors';
import { countBytes, openFile, type FetchLike } from './fetch-progress';
import { gunzipChunks } from './gunzip';
import { IMAGE_MAGIC, LABEL_MAGIC, parseIdxImages, parseIdxLabels } from './idx';
import { collectIdx } from './read-idx';
import type { FashionMnist, ImageSet, LoadProgress } from './types';

export const FASHION_MNIST_FILES = {
  trainImages: 'train-images-idx3-ubyte.gz',
  trainLabels: 'train-labels-idx1-ubyte.gz',
  testImages: 't10k-images-idx3-ubyte.gz',
  testLabels: 't10k-labels-idx1-ubyte.gz',
} as const;

export const IMAGE_ROWS = 28;
export const IMAGE_COLS = 28;
export const DEFAULT_DATA_PATH = 'data/fashion-mnist/';
/** The User Timing measure a load leaves behind (the benchmark reads it). */
export const LOAD_MEASURE = 'fashion-mnist:load';

/**
 * Where the four files live. Relative paths resolve against the page (document.baseURI),
 * so a build hosted under a sub-path finds its own copy; VITE_DATA_URL can point
 * anywhere else. A worker must be given the page's result, not resolve its own.
 */
export function dataBaseUrl(pageUrl: string, configured: string | undefined = import.meta.env.VITE_DATA_URL): string {
  const path = configured && configured.trim() !== '' ? configured.trim() : DEFAULT_DATA_PATH;
  return new URL(path.endsWith('/') ? path : `${path}/`, pageUrl).href;
}

export interface LoadOptions {
  baseUrl: string;
  fetch?: FetchLike;
  onProgress?: (progress: LoadProgress) => void;
  signal?: AbortSignal;
}

/**
 * Downloads, gunzips and parses the four files in parallel into compact typed arrays:
 * pixels stay bytes (about 55 MB), as views into one buffer per file.
 * Rejects with a DataLoadError subclass naming the file at fault.
 */
export async function loadFashionMnist({ baseUrl, fetch: fetchImpl = fetch, onProgress, signal }: LoadOptions): Promise<FashionMnist> {
  const started = performance.now();
  const names = [FASHION_MNIST_FILES.trainImages, FASHION_MNIST_FILES.trainLabels, FASHION_MNIST_FILES.testImages, FASHION_MNIST_FILES.testLabels];
  const loaded = [0, 0, 0, 0];
  const totals: Array<number | null | undefined> = [undefined, undefined, undefined, undefined];
  const report = () => {
    const known = totals.every((t) => typeof t === 'number');
    onProgress?.({
      loadedBytes: loaded.reduce((a, b) => a + b, 0),
      totalBytes: known ? totals.reduce<number>((a, b) => a + (b ?? 0), 0) : null,
    });
  };

  // One failure stops the other downloads instead of letting them run on unseen.
  const abort = new AbortController();
  const onOuterAbort = () => abort.abort(signal?.reason);
  signal?.addEventListener('abort', onOuterAbort);

  const fetchIdx = async (index: number, magic: number) => {
    const file = names[index]!;
    const opened = await openFile(new URL(file, baseUrl).href, file, fetchImpl, abort.signal);
    totals[index] = opened.totalBytes;
    report();
    const counted = countBytes(opened.body, (bytes) => {
      loaded[index]! += bytes;
      report();
    });
    // A server that sends the .gz with Content-Encoding: gzip (as Vite's file servers would
    // without scripts/gz-files-as-is.ts) has the browser decode it: then Content-Length
    // counts compressed bytes but the body is the IDX file, whose header gives the true total.
    let decodedByBrowser = false;
    const chunks = gunzipChunks(counted, file, () => {
      decodedByBrowser = true;
      totals[index] = null;
    });
    return collectIdx(chunks, file, magic, (idxBytes) => {
      if (decodedByBrowser) totals[index] = idxBytes;
      report();
    });
  };

  try {
    const [trainImages, trainLabels, testImages, testLabels] = await Promise.all([
      fetchIdx(0, IMAGE_MAGIC),
      fetchIdx(1, LABEL_MAGIC),
      fetchIdx(2, IMAGE_MAGIC),
      fetchIdx(3, LABEL_MAGIC),
    ]);
    const data: FashionMnist = {
      train: toImageSet(trainImages, trainLabels, names[0]!, names[1]!),
      test: toImageSet(testImages, testLabels, names[2]!, names[3]!),
    };
    performance.measure(LOAD_MEASURE, { start: started, end: performance.now() });
    return data;
  } catch (error) {
    abort.abort(error);
    throw error;
  } finally {
    signal?.removeEventListener('abort', onOuterAbort);
  }
}

/** Parses one split and checks that images and labels agree in number. */
export function toImageSet(imageBytes: Uint8Array, labelBytes: Uint8Array, imageFile: string, labelFile: string): ImageSet {
  const { images, count, rows, cols } = parseIdxImages(imageBytes, imageFile, { rows: IMAGE_ROWS, cols: IMAGE_COLS });
  const labels = parseIdxLabels(labelBytes, labelFile, CLASS_COUNT);
  if (labels.length !== count) throw new CountMismatchError(labelFile, count, labels.length);
  return { images, labels, count, rows, cols };
}
