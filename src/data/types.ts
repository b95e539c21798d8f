/** One split of an IDX image dataset, kept compact: pixels stay bytes until a batch needs floats. */
export interface ImageSet {
  /** count × rows × cols bytes, row-major, 0 = background. */
  images: Uint8Array;
  /** count class ids. */
  labels: Uint8Array;
  count: number;
  rows: number;
  cols: number;
}

export interface FashionMnist {
  train: ImageSet;
  test: ImageSet;
}

/** Why loading failed; each kind has its own message and fix in the UI. */
export type DataErrorKind =
  | 'missing'
  | 'http'
  | 'network'
  | 'gzip'
  | 'length'
  | 'magic'
  | 'dimensions'
  | 'count-mismatch'
  | 'label-range'
  | 'unsupported'
  | 'unknown';

/** What the page shows of a failed load: the kind picks the message, `message` is the technical detail. */
export interface DataLoadFailure {
  kind: DataErrorKind;
  /** The file at fault; empty when no one file is. */
  file: string;
  message: string;
}

/** Compressed bytes received so far; `totalBytes` is null until every file's size is known. */
export interface LoadProgress {
  loadedBytes: number;
  totalBytes: number | null;
}

/** Examples per class id (index = class). */
export interface ClassCounts {
  train: number[];
  test: number[];
}

/** The dataset's life in the page, shared by every lesson that needs the data. */
export type DatasetState =
  | { status: 'idle' }
  | { status: 'loading'; progress: LoadProgress }
  | {
      status: 'ready';
      data: FashionMnist;
      counts: ClassCounts;
      loadSeconds: number;
      /** Downloaded, or read from the copy kept on this device. */
      source: 'network' | 'kept';
    }
  | ({ status: 'error' } & DataLoadFailure);

/**
 * What the app passes to every section that needs the data: the state, and `load()`,
 * which starts loading once however often it is called (an error stays an error).
 * `retry()` loads again after an error; it is for a button the reader presses.
 */
export interface DatasetHandle {
  state: DatasetState;
  load: () => void;
  retry: () => void;
  /** The copy kept on this device for the next visit. */
  kept: KeptDataState;
  /** Deletes the kept copy. */
  forgetKept: () => void;
}

/**
 * The dataset's copy on this device: `unsupported` without Cache Storage (an insecure
 * page), `saving` while it is written after the first load, `failed` when the browser
 * refused (a full quota, private mode).
 */
export type KeptDataState =
  | { status: 'unknown' | 'unsupported' | 'none' | 'saving' }
  | { status: 'kept'; bytes: number }
  | { status: 'failed'; reason: 'quota' | 'unavailable' };
