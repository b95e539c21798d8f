import { describe, expect, it } from 'vitest';
import { CorruptGzipError, IdxLengthError, NetworkError, WrongMagicError } from './errors';
import { gunzip, gunzipChunks } from './gunzip';
import { IMAGE_MAGIC, LABEL_MAGIC } from './idx';
import { collectIdx } from './read-idx';
import { gzipBytes, tinySplit } from './test-helpers';

/** A stream that delivers `bytes` in chunks of `size`, to exercise headers split across chunks. */
function chunked(bytes: Uint8Array, size: number, failAfter?: number): ReadableStream<Uint8Array> {
  let offset = 0;
  return new ReadableStream({
    pull(controller) {
      if (failAfter !== undefined && offset >= failAfter) {
        controller.error(new TypeError('connection reset'));
        return;
      }
      if (offset >= bytes.length) {
        controller.close();
        return;
      }
      controller.enqueue(bytes.slice(offset, offset + size));
      offset += size;
    },
  });
}

describe('gunzip', () => {
  it('round-trips data compressed by the platform', async () => {
    const { images } = tinySplit([3, 1]);
    expect(await gunzip(await gzipBytes(images), 'f')).toEqual(images);
  });

  it('rejects truncated gzip', async () => {
    const gz = await gzipBytes(tinySplit([3, 1, 4, 1, 5]).images);
    await expect(gunzip(gz.subarray(0, gz.length - 20), 'f.gz')).rejects.toThrow(CorruptGzipError);
  });

  it('rejects corrupt deflate data inside a gzip header', async () => {
    const gz = await gzipBytes(tinySplit([3, 1, 4, 1, 5]).images);
    const corrupt = gz.slice();
    corrupt.fill(0xff, 10, 40);
    await expect(gunzip(corrupt, 'f.gz')).rejects.toThrow(CorruptGzipError);
  });

  it('rejects bytes that are neither gzip nor IDX, and an empty file', async () => {
    const error = await gunzip(new TextEncoder().encode('<!doctype html>'), 'f.gz').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CorruptGzipError);
    expect(String(error)).toContain('f.gz: the gzip data is truncated or corrupt (not gzip data)');
    await expect(gunzip(new Uint8Array(0), 'f.gz')).rejects.toThrow(CorruptGzipError);
  });

  it('passes through an IDX file a server has already decoded', async () => {
    const { labels } = tinySplit([1, 2, 3]);
    expect(await gunzip(labels, 'f')).toEqual(labels);
  });

  it('reports a failing download as a network error, not as bad gzip', async () => {
    const gz = await gzipBytes(tinySplit([3, 1, 4, 1, 5]).images);
    const chunks = gunzipChunks(chunked(gz, 16, 32), 'f.gz');
    await expect(collectIdx(chunks, 'f.gz', IMAGE_MAGIC)).rejects.toThrow(NetworkError);
  });
});

describe('collectIdx', () => {
  it('assembles a file whose header arrives split over several chunks', async () => {
    const { images } = tinySplit([3, 1, 4]);
    const out = await collectIdx(gunzipChunks(chunked(await gzipBytes(images), 3), 'f'), 'f', IMAGE_MAGIC);
    expect(out).toEqual(images);
    expect(out.buffer.byteLength).toBe(images.length);
  });

  it('stops at the first chunk on a wrong magic number', async () => {
    const { labels } = tinySplit([1]);
    await expect(collectIdx(gunzipChunks(chunked(labels, 2), 'f'), 'f', IMAGE_MAGIC)).rejects.toThrow(WrongMagicError);
  });

  it('rejects a file shorter or longer than its header says', async () => {
    const { labels } = tinySplit([1, 2, 3]);
    const short = gunzipChunks(chunked(labels.subarray(0, labels.length - 1), 4), 'f');
    await expect(collectIdx(short, 'f', LABEL_MAGIC)).rejects.toThrow(IdxLengthError);
    const long = new Uint8Array(labels.length + 3);
    long.set(labels);
    await expect(collectIdx(gunzipChunks(chunked(long, 4), 'f'), 'f', LABEL_MAGIC)).rejects.toThrow(IdxLengthError);
    await expect(collectIdx(gunzipChunks(chunked(labels.subarray(0, 6), 4), 'f'), 'f', LABEL_MAGIC)).rejects.toThrow(
      IdxLengthError,
    );
  });
});
