import { formatNumber, groupThousands } from './format';

/**
 * Numbers inside an exercise's sentences: at most 4 decimals with trailing
 * zeros dropped (1, 2.5, 0.0123), so a question reads "o = (1, 2, 3)" rather
 * than "(1.0000, 2.0000, 3.0000)"; large or tiny ones in e-notation.
 */
export function plainNumber(x: number): string {
  if (!Number.isFinite(x)) return formatNumber(x);
  const abs = Math.abs(x);
  if (abs !== 0 && (abs >= 1e6 || abs < 1e-4)) return formatNumber(x);
  const s = String(Number(x.toFixed(4)));
  return s === '-0' ? '0' : s;
}

/** A vector as (a, b, c). */
export const plainVector = (values: readonly number[]): string => `(${values.map(plainNumber).join(', ')})`;

/** A count, exact or huge (3⁴¹ as a BigInt): grouped by thousands below a million, in e-notation above. */
export function plainCount(n: bigint | number): string {
  const big = typeof n === 'bigint' ? n : BigInt(Math.round(n));
  return big < 1_000_000n ? groupThousands(Number(big)) : Number(big).toExponential(4);
}
