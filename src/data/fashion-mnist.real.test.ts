import { createReadStream, existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { countPerClass } from './class-stats';
import { FASHION_MNIST_CLASSES } from './classes';
import { FASHION_MNIST_FILES, loadFashionMnist } from './fashion-mnist';

// The real files: fetched into public/ by `npm run data`, or Debian's package (CI installs it via .ci/run).
const FOLDERS = ['public/data/fashion-mnist', '/usr/share/datasets/fashion-mnist'];
const folder = FOLDERS.find((dir) => Object.values(FASHION_MNIST_FILES).every((f) => existsSync(join(dir, f))));

/** Serves files from disk through the real loader: streams, gunzip and parsing as in the browser. */
const diskFetch = async (url: string) => {
  const path = join(folder!, url.slice(url.lastIndexOf('/') + 1));
  // Readable.toWeb, not FileHandle.readableWebStream: Node 20's yields ArrayBuffers, which stall the pipe.
  const body = Readable.toWeb(createReadStream(path)) as ReadableStream<Uint8Array<ArrayBuffer>>;
  return new Response(body, { headers: { 'content-length': String(statSync(path).size) } });
};

describe.runIf(folder)('the real Fashion-MNIST', () => {
  it('has 60,000 / 10,000 28×28 images, 6,000 / 1,000 per class, and starts with an ankle boot', async () => {
    const data = await loadFashionMnist({ baseUrl: 'file:///fashion-mnist/', fetch: diskFetch });
    expect(data.train).toMatchObject({ count: 60_000, rows: 28, cols: 28 });
    expect(data.test).toMatchObject({ count: 10_000, rows: 28, cols: 28 });
    expect(data.train.images.length).toBe(60_000 * 784);
    expect(data.test.images.length).toBe(10_000 * 784);
    expect(countPerClass(data.train.labels, 10)).toEqual(new Array(10).fill(6_000));
    expect(countPerClass(data.test.labels, 10)).toEqual(new Array(10).fill(1_000));
    expect(data.train.labels[0]).toBe(9);
    expect(FASHION_MNIST_CLASSES[data.train.labels[0]!]?.en).toBe('Ankle boot');
  });
});

it('finds the real files where CI puts them', () => {
  // Fails loudly rather than skipping silently when CI lacks the data.
  if (process.env.CI) expect(folder).toBeDefined();
});
