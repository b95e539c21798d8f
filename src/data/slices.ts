import type { FashionMnist, ImageSet } from './types';

/**
 * Moving a loaded dataset to another thread without a long freeze. postMessage
 * copies a 47 MB array in one piece (a long task on the page's thread, and a
 * typed-array view drags its whole buffer along), so the bytes go
 * in slices of a few megabytes, each a fresh buffer that is transferred, not
 * copied: one short task per slice, with input handled in between.
 */

/** Quick to copy on the page's side (README, Performance); 47 MB of training images make 12 slices. */
export const SLICE_BYTES = 4 << 20;

type Split = 'train' | 'test';
type Field = 'images' | 'labels';

/** A split's sizes, sent ahead of its bytes. */
export interface SplitShape {
  count: number;
  rows: number;
  cols: number;
  imageBytes: number;
  labelBytes: number;
}

export interface DatasetShape {
  train: SplitShape;
  test: SplitShape;
}

export interface DataSlice {
  split: Split;
  field: Field;
  offset: number;
  /** A buffer of its own, ready to transfer. */
  bytes: Uint8Array<ArrayBuffer>;
}

const SPLITS: Split[] = ['train', 'test'];
const FIELDS: Field[] = ['images', 'labels'];

const shapeOf = ({ count, rows, cols, images, labels }: ImageSet): SplitShape => ({
  count,
  rows,
  cols,
  imageBytes: images.byteLength,
  labelBytes: labels.byteLength,
});

export const datasetShape = (data: FashionMnist): DatasetShape => ({ train: shapeOf(data.train), test: shapeOf(data.test) });

/** The dataset's bytes as slices of at most `sliceBytes`, each copied into its own buffer. */
export function* dataSlices(data: FashionMnist, sliceBytes = SLICE_BYTES): Generator<DataSlice> {
  for (const split of SPLITS) {
    for (const field of FIELDS) {
      const source = data[split][field];
      for (let offset = 0; offset < source.byteLength; offset += sliceBytes) {
        yield { split, field, offset, bytes: source.slice(offset, offset + sliceBytes) };
      }
    }
  }
}

/** Rebuilds the dataset from its shape and slices, in any order; each byte must arrive exactly once. */
export class DatasetAssembler {
  private readonly data: FashionMnist;
  private missing: number;

  constructor(shape: DatasetShape) {
    const split = (s: SplitShape): ImageSet => ({
      count: s.count,
      rows: s.rows,
      cols: s.cols,
      images: new Uint8Array(s.imageBytes),
      labels: new Uint8Array(s.labelBytes),
    });
    this.data = { train: split(shape.train), test: split(shape.test) };
    this.missing = SPLITS.reduce((sum, s) => sum + shape[s].imageBytes + shape[s].labelBytes, 0);
  }

  add({ split, field, offset, bytes }: DataSlice): void {
    const target = this.data[split]?.[field];
    if (!target || offset < 0 || offset + bytes.byteLength > target.byteLength) {
      throw new RangeError(`a data slice (${split} ${field} at ${offset}, ${bytes.byteLength} bytes) does not fit the dataset`);
    }
    target.set(bytes, offset);
    this.missing -= bytes.byteLength;
  }

  get complete(): boolean {
    return this.missing === 0;
  }

  /** The whole dataset; throws while bytes are still missing. */
  result(): FashionMnist {
    if (!this.complete) throw new Error(`the dataset is incomplete: ${this.missing} bytes missing`);
    return this.data;
  }
}
