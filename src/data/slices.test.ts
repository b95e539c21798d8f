import { describe, expect, it } from 'vitest';
import { DatasetAssembler, dataSlices, datasetShape } from './slices';
import type { FashionMnist, ImageSet } from './types';

const imageSet = (count: number, seed: number): ImageSet => ({
  count,
  rows: 2,
  cols: 3,
  images: Uint8Array.from({ length: count * 6 }, (_, i) => (i * 7 + seed) % 256),
  labels: Uint8Array.from({ length: count }, (_, i) => (i + seed) % 10),
});
const data: FashionMnist = { train: imageSet(11, 1), test: imageSet(5, 2) };

describe('data slices', () => {
  it('cut every array into slices of at most the given size, each with a buffer of its own', () => {
    const slices = [...dataSlices(data, 16)];
    // train images 66 bytes → 5 slices, train labels 11 → 1, test images 30 → 2, test labels 5 → 1.
    expect(slices).toHaveLength(9);
    for (const slice of slices) {
      expect(slice.bytes.byteLength).toBeLessThanOrEqual(16);
      expect(slice.bytes.byteOffset).toBe(0);
      expect(slice.bytes.buffer.byteLength).toBe(slice.bytes.byteLength);
    }
  });

  it('reassemble into the same dataset, whatever order the slices arrive in', () => {
    const assembler = new DatasetAssembler(datasetShape(data));
    const slices = [...dataSlices(data, 16)].reverse();
    for (const slice of slices.slice(0, -1)) assembler.add(slice);
    expect(assembler.complete).toBe(false);
    expect(() => assembler.result()).toThrow(/incomplete/);
    assembler.add(slices[slices.length - 1]!);
    expect(assembler.complete).toBe(true);
    expect(assembler.result()).toEqual(data);
  });

  it('refuse a slice that does not fit', () => {
    const assembler = new DatasetAssembler(datasetShape(data));
    expect(() => assembler.add({ split: 'test', field: 'labels', offset: 3, bytes: new Uint8Array(3) })).toThrow(RangeError);
    expect(() => assembler.add({ split: 'test', field: 'labels', offset: -1, bytes: new Uint8Array(1) })).toThrow(RangeError);
  });

  it('send an empty dataset as no slices', () => {
    const empty: FashionMnist = { train: imageSet(0, 0), test: imageSet(0, 0) };
    expect([...dataSlices(empty)]).toHaveLength(0);
    expect(new DatasetAssembler(datasetShape(empty)).result()).toEqual(empty);
  });
});
