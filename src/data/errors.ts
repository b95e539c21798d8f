import type { DataErrorKind, DataLoadFailure } from './types';

/**
 * Every way loading a dataset file can fail, as one class per kind. Each names the
 * file; `kind` lets the UI pick a message in the reader's language, and `message`
 * is the technical detail in English (shown beside it, and in the console).
 */
export class DataLoadError extends Error {
  readonly kind: DataErrorKind;
  readonly file: string;

  constructor(kind: DataErrorKind, file: string, detail: string, options?: ErrorOptions) {
    super(`${file}: ${detail}`, options);
    this.name = new.target.name;
    this.kind = kind;
    this.file = file;
  }
}

/** 404, or a server that answered with a web page instead of the file. */
export class MissingFileError extends DataLoadError {
  constructor(file: string, detail: string) {
    super('missing', file, detail);
  }
}

/** Any other unsuccessful HTTP status. */
export class HttpError extends DataLoadError {
  constructor(
    file: string,
    readonly status: number,
  ) {
    super('http', file, `the server answered HTTP ${status}`);
  }
}

export class NetworkError extends DataLoadError {
  constructor(file: string, cause: unknown) {
    super('network', file, `the download failed (${reasonOf(cause)})`, { cause });
  }
}

/** Truncated or corrupt gzip data. */
export class CorruptGzipError extends DataLoadError {
  constructor(file: string, cause: unknown) {
    super('gzip', file, `the gzip data is truncated or corrupt (${reasonOf(cause)})`, { cause });
  }
}

/** The decompressed file is shorter or longer than its IDX header says. */
export class IdxLengthError extends DataLoadError {
  constructor(file: string, actual: number, expected: number) {
    super('length', file, `the IDX data has ${actual} bytes, but its header implies ${expected}`);
  }
}

export class WrongMagicError extends DataLoadError {
  constructor(file: string, actual: number, expected: number) {
    super('magic', file, `magic number ${actual}, expected ${expected}`);
  }
}

export class WrongDimensionsError extends DataLoadError {
  constructor(file: string, actual: readonly number[], expected: readonly number[]) {
    super('dimensions', file, `images are ${actual.join('×')}, expected ${expected.join('×')}`);
  }
}

/** An image file and its label file disagree on the number of examples. */
export class CountMismatchError extends DataLoadError {
  constructor(file: string, images: number, labels: number) {
    super('count-mismatch', file, `${labels} labels for ${images} images`);
  }
}

export class LabelRangeError extends DataLoadError {
  constructor(file: string, index: number, label: number, classCount: number) {
    super('label-range', file, `label ${label} at index ${index} is not a class id 0..${classCount - 1}`);
  }
}

/** The browser lacks DecompressionStream (very old browsers). */
export class UnsupportedBrowserError extends DataLoadError {
  constructor(file: string) {
    super('unsupported', file, 'this browser has no DecompressionStream to gunzip the data');
  }
}

/** The fields the page shows for any error a load ends with. */
export function describeLoadFailure(error: unknown): DataLoadFailure {
  return error instanceof DataLoadError
    ? { kind: error.kind, file: error.file, message: error.message }
    : { kind: 'unknown', file: '', message: String(error) };
}

function reasonOf(cause: unknown): string {
  return cause instanceof Error ? cause.message : String(cause);
}
