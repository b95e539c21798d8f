import { FASHION_MNIST_FILES } from './fashion-mnist';
import { encodeIdx, IMAGE_MAGIC, LABEL_MAGIC } from './idx';

/** Test-only helpers: tiny IDX files built in memory, gzipped with the platform's CompressionStream. */
export async function gzipBytes(bytes: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([bytes as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new CompressionStream('gzip'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/** A tiny valid split: 28×28 images whose pixels all equal 10 × index + label. */
export function tinySplit(labels: number[]) {
  const pixels = new Uint8Array(labels.length * 28 * 28);
  labels.forEach((label, i) => pixels.fill(i * 10 + label, i * 784, (i + 1) * 784));
  return {
    images: encodeIdx(IMAGE_MAGIC, [labels.length, 28, 28], pixels),
    labels: encodeIdx(LABEL_MAGIC, [labels.length], Uint8Array.from(labels)),
  };
}

/** The four files of a tiny dataset, gzipped as on the server. */
export async function tinyDatasetFiles(train = [9, 0, 0, 3], test = [9, 2]): Promise<Record<string, Uint8Array>> {
  const t = tinySplit(train);
  const s = tinySplit(test);
  return {
    [FASHION_MNIST_FILES.trainImages]: await gzipBytes(t.images),
    [FASHION_MNIST_FILES.trainLabels]: await gzipBytes(t.labels),
    [FASHION_MNIST_FILES.testImages]: await gzipBytes(s.images),
    [FASHION_MNIST_FILES.testLabels]: await gzipBytes(s.labels),
  };
}

/** A fetch that serves `files` by name (404 otherwise) and records the URLs asked for. */
export function fakeFetch(files: Record<string, Uint8Array | (() => Response)>, requested: string[] = []) {
  return async (url: string): Promise<Response> => {
    requested.push(url);
    const entry = files[url.slice(url.lastIndexOf('/') + 1)];
    if (typeof entry === 'function') return entry();
    if (!entry) return new Response('not found', { status: 404 });
    return new Response(entry as Uint8Array<ArrayBuffer>, { headers: { 'content-length': String(entry.byteLength) } });
  };
}
