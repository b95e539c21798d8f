/**
 * A seeded pseudo-random generator (mulberry32): the same seed gives the same
 * sequence in every browser and in Vitest, which makes training runs
 * reproducible (same shuffles, same comparisons).
 */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** 0..n−1 in a random order (Fisher–Yates), determined by `seed`. */
export function shuffledIndices(n: number, seed: number): Uint32Array {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`shuffledIndices: n must be a whole number ≥ 0, got ${n}`);
  const order = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  const random = mulberry32(seed);
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const t = order[i]!;
    order[i] = order[j]!;
    order[j] = t;
  }
  return order;
}
