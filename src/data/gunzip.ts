import { CorruptGzipError, DataLoadError, NetworkError, UnsupportedBrowserError } from './errors';

const isGzip = (bytes: Uint8Array) => bytes[0] === 0x1f && (bytes.length < 2 || bytes[1] === 0x8b);
/** An IDX file of unsigned bytes starts 0x00 0x00 0x08. */
const isRawIdx = (bytes: Uint8Array) => bytes[0] === 0 && (bytes.length < 2 || bytes[1] === 0) && (bytes.length < 3 || bytes[2] === 0x08);

/**
 * The decompressed chunks of a gzip stream, via the platform's DecompressionStream.
 * Failures are told apart: reading `source` fails with NetworkError, bad gzip data
 * with CorruptGzipError. Data that is already an IDX file passes through unchanged,
 * because some servers send `.gz` files with `Content-Encoding: gzip` and the
 * browser then decodes them before we see them.
 */
export async function* gunzipChunks(
  source: ReadableStream<Uint8Array>,
  file: string,
  /** Called when the data turns out to be decoded already (so byte counts are of the IDX file itself). */
  onAlreadyDecoded?: () => void,
): AsyncGenerator<Uint8Array> {
  const reader = source.getReader();
  const readSource = async () => {
    try {
      return await reader.read();
    } catch (error) {
      throw error instanceof DataLoadError ? error : new NetworkError(file, error);
    }
  };

  type Chunk = ReadableStreamReadResult<Uint8Array>;
  let first: Chunk = await readSource();
  while (!first.done && first.value.byteLength === 0) first = await readSource();
  if (first.done) throw new CorruptGzipError(file, new Error('the file is empty'));
  if (isRawIdx(first.value)) {
    onAlreadyDecoded?.();
    try {
      for (let chunk: Chunk = first; !chunk.done; chunk = await readSource()) yield chunk.value;
    } finally {
      await reader.cancel().catch(() => {});
    }
    return;
  }
  if (!isGzip(first.value)) {
    await reader.cancel().catch(() => {});
    throw new CorruptGzipError(file, new Error('not gzip data'));
  }
  if (typeof DecompressionStream === 'undefined') throw new UnsupportedBrowserError(file);

  const decompressor = new DecompressionStream('gzip');
  const writer = decompressor.writable.getWriter();
  let sourceError: unknown = null;
  // Feed the decompressor concurrently with reading its output, so backpressure works both ways.
  void (async () => {
    try {
      for (let chunk: Chunk = first; !chunk.done; chunk = await readSource()) {
        await writer.ready;
        // Write errors surface on the readable side as the gzip error; don't leave them unhandled.
        writer.write(chunk.value as Uint8Array<ArrayBuffer>).catch(() => {});
      }
      await writer.close();
    } catch (error) {
      if (error instanceof NetworkError) sourceError = error;
      await writer.abort(error).catch(() => {});
    }
  })();

  const output = decompressor.readable.getReader();
  try {
    for (;;) {
      let result: ReadableStreamReadResult<Uint8Array>;
      try {
        result = await output.read();
      } catch (error) {
        throw sourceError ?? new CorruptGzipError(file, error);
      }
      if (result.done) return;
      yield result.value;
    }
  } finally {
    // Stops the download too when the consumer gives up early (say, on a wrong magic number).
    await output.cancel().catch(() => {});
    await reader.cancel().catch(() => {});
  }
}

/** Gunzips a whole buffer (convenience for tests and small files). */
export async function gunzip(bytes: Uint8Array, file: string): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  for await (const chunk of gunzipChunks(new Blob([bytes as BlobPart]).stream(), file)) chunks.push(chunk);
  const out = new Uint8Array(chunks.reduce((sum, c) => sum + c.byteLength, 0));
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return out;
}
