import type { ImageSet } from '@/data/types';
import { mulberry32 } from '@/math/random';

/**
 * A tiny learnable stand-in for Fashion-MNIST, for tests: each class lights
 * up its own band of pixels, with noise, so a linear model can separate them.
 */
export function syntheticImageSet(count: number, seed: number): ImageSet {
  const random = mulberry32(seed);
  const pixels = 28 * 28;
  const images = new Uint8Array(count * pixels);
  const labels = new Uint8Array(count);
  for (let i = 0; i < count; i++) {
    const label = Math.floor(random() * 10);
    labels[i] = label;
    for (let p = 0; p < pixels; p++) {
      const inBand = Math.floor(p / 78.4) === label;
      images[i * pixels + p] = Math.floor(random() * 60) + (inBand && random() < 0.6 ? 150 : 0);
    }
  }
  return { images, labels, count, rows: 28, cols: 28 };
}
