import { describe, expect, it } from 'vitest';
import { CorruptGzipError, describeLoadFailure, MissingFileError } from './errors';

describe('describeLoadFailure', () => {
  it('keeps the kind, the file and the message of a data error', () => {
    expect(describeLoadFailure(new MissingFileError('t10k-images-idx3-ubyte.gz', 'not found at /x (HTTP 404)'))).toEqual({
      kind: 'missing',
      file: 't10k-images-idx3-ubyte.gz',
      message: 't10k-images-idx3-ubyte.gz: not found at /x (HTTP 404)',
    });
    expect(describeLoadFailure(new CorruptGzipError('a.gz', new Error('bad header'))).kind).toBe('gzip');
  });

  it('names any other error unknown, with no file, and keeps its text', () => {
    expect(describeLoadFailure(new TypeError('x is undefined'))).toEqual({ kind: 'unknown', file: '', message: 'TypeError: x is undefined' });
    expect(describeLoadFailure('out of memory')).toEqual({ kind: 'unknown', file: '', message: 'out of memory' });
  });
});
