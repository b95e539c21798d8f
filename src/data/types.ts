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
