import { describe, expect, it } from 'vitest';
import { IdxLengthError, LabelRangeError, WrongDimensionsError, WrongMagicError } from './errors';
import { encodeIdx, IMAGE_MAGIC, LABEL_MAGIC, MAX_IDX_BYTES, parseIdxImages, parseIdxLabels, readIdxHeader } from './idx';
import { tinySplit } from './test-helpers';

describe('IDX magic numbers', () => {
  it('are 2051 for images and 2049 for labels', () => {
    expect([IMAGE_MAGIC, LABEL_MAGIC]).toEqual([2051, 2049]);
  });
});

describe('parseIdxImages', () => {
  it('reads count, rows, cols and the pixels as a view, not a copy', () => {
    const { images: bytes } = tinySplit([9, 0, 3]);
    const parsed = parseIdxImages(bytes, 'img.gz', { rows: 28, cols: 28 });
    expect(parsed).toMatchObject({ count: 3, rows: 28, cols: 28 });
    expect(parsed.images.length).toBe(3 * 784);
    expect(parsed.images.buffer).toBe(bytes.buffer);
    expect(parsed.images.byteOffset).toBe(16);
    expect([parsed.images[0], parsed.images[784], parsed.images[2 * 784 + 783]]).toEqual([9, 10, 23]);
  });

  it('reads any image size when none is expected', () => {
    const bytes = encodeIdx(IMAGE_MAGIC, [2, 2, 3], Uint8Array.from([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]));
    expect(parseIdxImages(bytes, 'x')).toMatchObject({ count: 2, rows: 2, cols: 3 });
  });

  it('rejects a label file (wrong magic) naming the file and both numbers', () => {
    const { labels } = tinySplit([1]);
    expect(() => parseIdxImages(labels, 'train-images-idx3-ubyte.gz')).toThrow(WrongMagicError);
    expect(() => parseIdxImages(labels, 'train-images-idx3-ubyte.gz')).toThrow(
      'train-images-idx3-ubyte.gz: magic number 2049, expected 2051',
    );
  });

  it('rejects a magic number with another element type', () => {
    const floats = encodeIdx(0x0d03, [1, 1, 1], new Uint8Array(4));
    expect(() => parseIdxImages(floats, 'f')).toThrow(WrongMagicError);
  });

  it('rejects the wrong image size', () => {
    const bytes = encodeIdx(IMAGE_MAGIC, [1, 32, 32], new Uint8Array(1024));
    expect(() => parseIdxImages(bytes, 'f', { rows: 28, cols: 28 })).toThrow(WrongDimensionsError);
    expect(() => parseIdxImages(bytes, 'f', { rows: 28, cols: 28 })).toThrow('images are 32×32, expected 28×28');
  });

  it('rejects truncated data, trailing data and a cut header', () => {
    const { images } = tinySplit([1, 2]);
    expect(() => parseIdxImages(images.subarray(0, images.length - 1), 'f')).toThrow(IdxLengthError);
    const longer = new Uint8Array(images.length + 1);
    longer.set(images);
    expect(() => parseIdxImages(longer, 'f')).toThrow(IdxLengthError);
    expect(() => parseIdxImages(images.subarray(0, 10), 'f')).toThrow(IdxLengthError);
    expect(() => parseIdxImages(images.subarray(0, 2), 'f')).toThrow(IdxLengthError);
  });

  it('refuses a header that declares an absurd size before allocating it', () => {
    const header = encodeIdx(IMAGE_MAGIC, [4_000_000, 28, 28], new Uint8Array(0));
    expect(() => readIdxHeader(header, 'f', IMAGE_MAGIC)).toThrow(IdxLengthError);
    expect(4_000_000 * 784).toBeGreaterThan(MAX_IDX_BYTES);
  });
});

describe('parseIdxLabels', () => {
  it('returns the labels as a view', () => {
    const { labels } = tinySplit([9, 0, 7]);
    const parsed = parseIdxLabels(labels, 'l', 10);
    expect(Array.from(parsed)).toEqual([9, 0, 7]);
    expect(parsed.buffer).toBe(labels.buffer);
  });

  it('rejects a label that is not a class id', () => {
    const bytes = encodeIdx(LABEL_MAGIC, [3], Uint8Array.from([1, 10, 2]));
    expect(() => parseIdxLabels(bytes, 'l', 10)).toThrow(LabelRangeError);
    expect(() => parseIdxLabels(bytes, 'l', 10)).toThrow('label 10 at index 1');
  });

  it('rejects an image file (wrong magic) and a short file', () => {
    expect(() => parseIdxLabels(tinySplit([1]).images, 'l', 10)).toThrow(WrongMagicError);
    expect(() => parseIdxLabels(encodeIdx(LABEL_MAGIC, [3], Uint8Array.from([1, 2])), 'l', 10)).toThrow(IdxLengthError);
  });
});
