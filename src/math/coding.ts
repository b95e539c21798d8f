import { entropy, natsToBits } from './cross-entropy';
import { MathInputError } from './validate';

/**
 * Coding a source of equally likely symbols (d2l 3.4, exercise 2). With q equally
 * likely classes the entropy is log₂ q bits a symbol: the least any code can
 * average. A code with whole bits a symbol needs ⌈log₂ q⌉ (2 bits for q = 3,
 * wasting one of four codewords); coding k symbols at once as one of q^k outcomes
 * needs ⌈log₂ q^k⌉ bits, and ⌈k log₂ q⌉ / k → log₂ q as k grows.
 */

/** H(p) in bits: −Σ p_j log₂ p_j. For (1/3, 1/3, 1/3) it is log₂ 3 ≈ 1.5850. */
export const entropyBits = (p: ArrayLike<number>): number => natsToBits(entropy(p));

export interface BlockCode {
  /** Symbols coded together, k. */
  blockLength: number;
  /** q^k distinct blocks, exactly. */
  outcomes: bigint;
  /** The fewest whole bits that give each block its own codeword: the smallest b with 2^b ≥ q^k. */
  bits: number;
  /** bits / k: the cost a symbol. */
  bitsPerSymbol: number;
}

function assertCount(value: number, what: string, min: number): void {
  if (!Number.isInteger(value) || value < min) throw new MathInputError(`${what} must be an integer ≥ ${min}, got ${String(value)}`);
}

/** A fixed-length binary code for blocks of k symbols from q equally likely ones, counted exactly (BigInt). */
export function blockCode(q: number, k: number): BlockCode {
  assertCount(q, 'q', 2);
  assertCount(k, 'block length', 1);
  const outcomes = BigInt(q) ** BigInt(k);
  // The bit length of q^k − 1 is the smallest b with 2^b ≥ q^k.
  const bits = (outcomes - 1n).toString(2).length;
  return { blockLength: k, outcomes, bits, bitsPerSymbol: bits / k };
}

/**
 * The block lengths up to maxK at which the cost a symbol reaches a new low:
 * for q = 3, 1 (2 bits), 3 (1.6667), 5 (1.6), 17 (1.5882), 29, 41…
 */
export function recordBlockLengths(q: number, maxK: number): number[] {
  assertCount(maxK, 'maxK', 1);
  const records: number[] = [];
  let best = Infinity;
  for (let k = 1; k <= maxK; k++) {
    const cost = blockCode(q, k).bitsPerSymbol;
    if (cost < best - 1e-12) {
      best = cost;
      records.push(k);
    }
  }
  return records;
}
