import { describe, expect, it } from 'vitest';
import { blockCode, entropyBits, recordBlockLengths } from './coding';
import { MathInputError } from './validate';

describe('three equally likely classes (d2l 3.4, exercise 2)', () => {
  it('have an entropy of log₂ 3 = 1.5850 bits', () => {
    expect(entropyBits([1 / 3, 1 / 3, 1 / 3])).toBeCloseTo(Math.log2(3), 14);
    expect(entropyBits([1 / 3, 1 / 3, 1 / 3]).toFixed(4)).toBe('1.5850');
    expect(entropyBits([0.5, 0.5])).toBeCloseTo(1, 14);
    expect(entropyBits([1, 0, 0])).toBe(0);
  });

  it('need 2 bits one at a time, and 4 bits for the 9 outcomes of a pair: still 2 a symbol', () => {
    expect(blockCode(3, 1)).toEqual({ blockLength: 1, outcomes: 3n, bits: 2, bitsPerSymbol: 2 });
    expect(blockCode(3, 2)).toEqual({ blockLength: 2, outcomes: 9n, bits: 4, bitsPerSymbol: 2 });
    expect(blockCode(3, 3).bits).toBe(5); // 27 ≤ 32
    expect(blockCode(3, 5)).toMatchObject({ outcomes: 243n, bits: 8, bitsPerSymbol: 1.6 });
  });

  it('approach log₂ 3 from above with longer blocks, counted exactly past 2⁵³', () => {
    const long = blockCode(3, 41);
    expect(long.outcomes).toBe(36472996377170786403n);
    expect(long.bits).toBe(65);
    expect(long.bitsPerSymbol).toBeGreaterThan(Math.log2(3));
    expect(long.bitsPerSymbol - Math.log2(3)).toBeLessThan(0.001);
    expect(recordBlockLengths(3, 41)).toEqual([1, 3, 5, 17, 29, 41]);
  });

  it('never beat the entropy, and hit it exactly when q is a power of 2', () => {
    for (let k = 1; k <= 60; k++) expect(blockCode(3, k).bitsPerSymbol).toBeGreaterThanOrEqual(Math.log2(3));
    expect(blockCode(4, 7).bitsPerSymbol).toBe(2);
    expect(recordBlockLengths(4, 10)).toEqual([1]);
  });

  it('refuses counts that are not whole', () => {
    expect(() => blockCode(1, 2)).toThrow(MathInputError);
    expect(() => blockCode(3, 0)).toThrow(MathInputError);
    expect(() => blockCode(3, 1.5)).toThrow(MathInputError);
  });
});
