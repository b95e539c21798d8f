import { describe, expect, it } from 'vitest';
import { mulberry32, shuffledIndices } from './random';

describe('mulberry32', () => {
  it('repeats its sequence for the same seed and differs for another', () => {
    const a = mulberry32(7);
    const b = mulberry32(7);
    const c = mulberry32(8);
    const seqA = Array.from({ length: 5 }, a);
    expect(Array.from({ length: 5 }, b)).toEqual(seqA);
    expect(Array.from({ length: 5 }, c)).not.toEqual(seqA);
    for (const x of seqA) expect(x >= 0 && x < 1).toBe(true);
  });
});

describe('shuffledIndices', () => {
  it('is a permutation of 0..n−1', () => {
    const order = shuffledIndices(1000, 3);
    expect([...order].sort((x, y) => x - y)).toEqual(Array.from({ length: 1000 }, (_, i) => i));
    expect([...order]).not.toEqual(Array.from({ length: 1000 }, (_, i) => i));
  });
  it('is determined by the seed', () => {
    expect([...shuffledIndices(50, 1)]).toEqual([...shuffledIndices(50, 1)]);
    expect([...shuffledIndices(50, 1)]).not.toEqual([...shuffledIndices(50, 2)]);
  });
  it('handles the empty and one-element cases and rejects bad sizes', () => {
    expect(shuffledIndices(0, 1).length).toBe(0);
    expect([...shuffledIndices(1, 1)]).toEqual([0]);
    expect(() => shuffledIndices(-1, 1)).toThrow(RangeError);
    expect(() => shuffledIndices(1.5, 1)).toThrow(RangeError);
  });
});
