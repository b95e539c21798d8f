import { createReadStream, existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { FASHION_MNIST_FILES, loadFashionMnist } from './fashion-mnist';
import type { FashionMnist } from './types';

/**
 * Test-only: the real Fashion-MNIST for the *.real.test.ts files, which check what
 * synthetic data cannot (the real counts, the lecture's epoch 0). Never silent
 * about missing files: in CI (process.env.CI set) those tests run and fail; on a
 * developer's machine they are skipped, and the console says why.
 */

/** Where the files are: fetched into public/ by `npm run data`, or Debian's dataset-fashion-mnist (CI installs it via .ci/run). */
export const REAL_DATA_FOLDERS = ['public/data/fashion-mnist', '/usr/share/datasets/fashion-mnist'];

export const realDataFolder = REAL_DATA_FOLDERS.find((dir) => Object.values(FASHION_MNIST_FILES).every((f) => existsSync(join(dir, f))));

const missing = `Fashion-MNIST is in none of ${REAL_DATA_FOLDERS.join(', ')} (\`npm run data\` fetches it)`;

/** Whether the real-data tests skip: only where the files are missing and this is not CI. */
export const skipRealData = !realDataFolder && !process.env.CI;
if (skipRealData) console.warn(`Skipping the real-data tests: ${missing}.`);

/** Serves files from disk through the real loader: streams, gunzip and parsing as in the browser. */
const diskFetch = async (url: string) => {
  const path = join(realDataFolder!, url.slice(url.lastIndexOf('/') + 1));
  // Readable.toWeb, not FileHandle.readableWebStream: Node 20's yields ArrayBuffers, which stall the pipe.
  const body = Readable.toWeb(createReadStream(path)) as ReadableStream<Uint8Array<ArrayBuffer>>;
  return new Response(body, { headers: { 'content-length': String(statSync(path).size) } });
};

/** The real dataset, loaded as the page loads it; throws, saying where it looked, when it is missing. */
export async function loadRealFashionMnist(): Promise<FashionMnist> {
  if (!realDataFolder) throw new Error(`${missing}; in CI, .ci/run installs Debian's dataset-fashion-mnist.`);
  return loadFashionMnist({ baseUrl: 'file:///fashion-mnist/', fetch: diskFetch });
}
