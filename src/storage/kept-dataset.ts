import { FASHION_MNIST_FILES, toImageSet } from '@/data/fashion-mnist';
import { encodeIdx, IMAGE_MAGIC, LABEL_MAGIC } from '@/data/idx';
import type { FashionMnist, ImageSet } from '@/data/types';

/**
 * Fashion-MNIST kept on this device after its first complete load, so the next
 * visit, online or offline, reads it from there instead of downloading 30 MB again.
 * The four files are kept decompressed (55 MB; reading them back needs no gunzip)
 * in Cache Storage, each under its IDX name beside the data URL. A copy is checked
 * before use (every file there, its size as stored, its IDX header and counts):
 * a damaged one is dropped and the data downloaded again.
 */
export const DATA_CACHE = 'softmax-lab-data-v1';

type FileKey = keyof typeof FASHION_MNIST_FILES;
const KEYS: readonly FileKey[] = ['trainImages', 'trainLabels', 'testImages', 'testLabels'];
const SIZE_HEADER = 'x-idx-bytes';

/** Where a file is kept: its name without .gz (what it holds), beside the data. */
export const keptUrl = (baseUrl: string, key: FileKey) => new URL(FASHION_MNIST_FILES[key].replace(/\.gz$/, ''), baseUrl).href;

/** The whole IDX file behind a split's images or labels: the view the loader made, or a fresh encoding. */
function idxFileOf(set: ImageSet, field: 'images' | 'labels'): Uint8Array<ArrayBuffer> {
  const dims = field === 'images' ? [set.count, set.rows, set.cols] : [set.count];
  const headerBytes = 4 + 4 * dims.length;
  const view = set[field];
  if (view.byteOffset === headerBytes && view.buffer.byteLength === headerBytes + view.byteLength && view.buffer instanceof ArrayBuffer) {
    return new Uint8Array(view.buffer);
  }
  return encodeIdx(field === 'images' ? IMAGE_MAGIC : LABEL_MAGIC, dims, view) as Uint8Array<ArrayBuffer>;
}

const filesOf = (data: FashionMnist): Record<FileKey, Uint8Array<ArrayBuffer>> => ({
  trainImages: idxFileOf(data.train, 'images'),
  trainLabels: idxFileOf(data.train, 'labels'),
  testImages: idxFileOf(data.test, 'images'),
  testLabels: idxFileOf(data.test, 'labels'),
});

/** Bytes the kept copy takes: the four IDX files. */
export const keptBytes = (data: FashionMnist) => Object.values(filesOf(data)).reduce((sum, file) => sum + file.byteLength, 0);

/**
 * Stores the four files, one per turn of `whenIdle` (each copy is a few milliseconds of
 * the page's thread, the writing happens elsewhere). Returns the bytes kept. Rejects
 * (QuotaExceededError, no Cache Storage) without leaving half a copy behind.
 */
export async function keepDataset(baseUrl: string, data: FashionMnist, whenIdle: () => Promise<void>, storage: CacheStorage = caches): Promise<number> {
  const files = filesOf(data);
  try {
    const cache = await storage.open(DATA_CACHE);
    for (const key of KEYS) {
      await whenIdle();
      const bytes = files[key];
      await cache.put(
        keptUrl(baseUrl, key),
        new Response(bytes, { headers: { 'content-type': 'application/octet-stream', [SIZE_HEADER]: String(bytes.byteLength) } }),
      );
    }
  } catch (error) {
    await storage.delete(DATA_CACHE).catch(() => undefined);
    throw error;
  }
  return KEYS.reduce((sum, key) => sum + files[key].byteLength, 0);
}

/** The kept copy's size without reading it, or null when there is none (or not all of it). */
export async function keptDatasetBytes(baseUrl: string, storage: CacheStorage = caches): Promise<number | null> {
  if (!(await storage.has(DATA_CACHE))) return null;
  const cache = await storage.open(DATA_CACHE);
  let total = 0;
  for (const key of KEYS) {
    const response = await cache.match(keptUrl(baseUrl, key));
    const size = Number(response?.headers.get(SIZE_HEADER));
    if (!response || !Number.isFinite(size) || size <= 0) return null;
    total += size;
  }
  return total;
}

export class DamagedCopyError extends Error {}

/**
 * The kept dataset, checked, or null when there is none. A copy that fails a check
 * (a file missing, a size that differs from what was stored, a bad IDX header,
 * images and labels that disagree) is deleted and null returned, so the caller
 * downloads the data again.
 */
export async function readKeptDataset(baseUrl: string, storage: CacheStorage = caches): Promise<FashionMnist | null> {
  if (!(await storage.has(DATA_CACHE))) return null;
  try {
    const cache = await storage.open(DATA_CACHE);
    const read = async (key: FileKey) => {
      const response = await cache.match(keptUrl(baseUrl, key));
      if (!response) throw new DamagedCopyError(`${key} is missing`);
      const bytes = new Uint8Array(await response.arrayBuffer());
      const stored = Number(response.headers.get(SIZE_HEADER));
      if (bytes.byteLength !== stored) throw new DamagedCopyError(`${key}: ${bytes.byteLength} bytes, ${stored} were kept`);
      return bytes;
    };
    const [trainImages, trainLabels, testImages, testLabels] = await Promise.all(KEYS.map(read));
    const names = FASHION_MNIST_FILES;
    return {
      train: toImageSet(trainImages!, trainLabels!, names.trainImages, names.trainLabels),
      test: toImageSet(testImages!, testLabels!, names.testImages, names.testLabels),
    };
  } catch (error) {
    console.warn('The kept copy of the dataset is damaged; it is deleted and the data downloaded again.', error);
    await storage.delete(DATA_CACHE).catch(() => undefined);
    return null;
  }
}

/** Deletes the kept copy; the next visit downloads the data again. */
export async function forgetDataset(storage: CacheStorage = caches): Promise<void> {
  await storage.delete(DATA_CACHE);
}
