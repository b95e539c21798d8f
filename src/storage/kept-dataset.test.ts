import { describe, expect, it } from 'vitest';
import { toImageSet } from '@/data/fashion-mnist';
import { tinySplit } from '@/data/test-helpers';
import type { FashionMnist } from '@/data/types';
import { DATA_CACHE, forgetDataset, keepDataset, keptBytes, keptDatasetBytes, keptUrl, readKeptDataset } from './kept-dataset';

/** Cache Storage in memory (Node has none): enough of the API for the kept copy. */
class MemoryCache {
  readonly entries = new Map<string, { body: ArrayBuffer; headers: Headers }>();
  failPuts = false;
  async put(url: string, response: Response) {
    if (this.failPuts) throw new DOMException('full', 'QuotaExceededError');
    this.entries.set(url, { body: await response.arrayBuffer(), headers: response.headers });
  }
  async match(url: string) {
    const entry = this.entries.get(url);
    return entry && new Response(entry.body.slice(0), { headers: entry.headers });
  }
}
class MemoryCacheStorage {
  readonly caches = new Map<string, MemoryCache>();
  async open(name: string) {
    if (!this.caches.has(name)) this.caches.set(name, new MemoryCache());
    return this.caches.get(name)!;
  }
  async has(name: string) {
    return this.caches.has(name);
  }
  async delete(name: string) {
    return this.caches.delete(name);
  }
}

const BASE = 'https://example.org/softmax-lab/data/fashion-mnist/';
const idle = async () => undefined;

function tinyDataset(): FashionMnist {
  const train = tinySplit([9, 0, 0, 3]);
  const test = tinySplit([9, 2]);
  return { train: toImageSet(train.images, train.labels, 'a', 'b'), test: toImageSet(test.images, test.labels, 'c', 'd') };
}

async function keptStorage() {
  const storage = new MemoryCacheStorage();
  const bytes = await keepDataset(BASE, tinyDataset(), idle, storage as unknown as CacheStorage);
  return { storage, bytes, cache: storage.caches.get(DATA_CACHE)! };
}

describe('the kept dataset', () => {
  it('stores the four IDX files and reads the same dataset back', async () => {
    const { storage, bytes, cache } = await keptStorage();
    expect(bytes).toBe(keptBytes(tinyDataset()));
    expect(bytes).toBe(16 + 4 * 784 + (8 + 4) + (16 + 2 * 784) + (8 + 2));
    expect([...cache.entries.keys()]).toContain(`${BASE}train-images-idx3-ubyte`);
    expect(await keptDatasetBytes(BASE, storage as unknown as CacheStorage)).toBe(bytes);
    const read = await readKeptDataset(BASE, storage as unknown as CacheStorage);
    expect(read).toEqual(tinyDataset());
  });

  it('stores each file in its own idle turn', async () => {
    let turns = 0;
    await keepDataset(BASE, tinyDataset(), async () => void turns++, new MemoryCacheStorage() as unknown as CacheStorage);
    expect(turns).toBe(4);
  });

  it('is absent until kept, and gone once forgotten', async () => {
    const empty = new MemoryCacheStorage() as unknown as CacheStorage;
    expect(await readKeptDataset(BASE, empty)).toBeNull();
    expect(await keptDatasetBytes(BASE, empty)).toBeNull();
    const { storage } = await keptStorage();
    await forgetDataset(storage as unknown as CacheStorage);
    expect(await readKeptDataset(BASE, storage as unknown as CacheStorage)).toBeNull();
  });

  const damages: Array<[string, (cache: MemoryCache) => void]> = [
    ['a file missing', (cache) => cache.entries.delete(keptUrl(BASE, 'testLabels'))],
    [
      'a truncated file',
      (cache) => {
        const entry = cache.entries.get(keptUrl(BASE, 'trainImages'))!;
        entry.body = entry.body.slice(0, 1000);
      },
    ],
    [
      'a wrong magic number',
      (cache) => {
        const entry = cache.entries.get(keptUrl(BASE, 'trainLabels'))!;
        new Uint8Array(entry.body)[3] = 0x03;
      },
    ],
    [
      'images and labels that disagree',
      (cache) => {
        const other = tinySplit([1, 2, 3]).labels;
        cache.entries.set(keptUrl(BASE, 'trainLabels'), {
          body: other.buffer.slice(0) as ArrayBuffer,
          headers: new Headers({ 'x-idx-bytes': String(other.byteLength) }),
        });
      },
    ],
  ];
  for (const [what, damage] of damages) {
    it(`drops a copy with ${what}, so the data is downloaded again`, async () => {
      const { storage, cache } = await keptStorage();
      damage(cache);
      expect(await readKeptDataset(BASE, storage as unknown as CacheStorage)).toBeNull();
      expect(await storage.has(DATA_CACHE)).toBe(false);
    });
  }

  it('leaves nothing half-written when the quota is full', async () => {
    const storage = new MemoryCacheStorage();
    (await storage.open(DATA_CACHE)).failPuts = true;
    await expect(keepDataset(BASE, tinyDataset(), idle, storage as unknown as CacheStorage)).rejects.toThrow('full');
    expect(await storage.has(DATA_CACHE)).toBe(false);
  });
});
