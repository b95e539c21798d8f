import { useEffect, useRef } from 'react';
import type { ImageSet } from '@/data/types';

interface SampleImageProps {
  set: ImageSet;
  index: number;
  label: number;
  alt: string;
}

/** One dataset image drawn at its true 28 × 28 resolution; CSS enlarges it with crisp pixels. */
export function SampleImage({ set, index, label, alt }: SampleImageProps) {
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    const context = canvas.current?.getContext('2d');
    if (!context) return;
    const pixels = set.rows * set.cols;
    const grey = set.images.subarray(index * pixels, (index + 1) * pixels);
    const image = context.createImageData(set.cols, set.rows);
    for (let p = 0; p < pixels; p++) {
      const v = grey[p]!;
      image.data[4 * p] = v;
      image.data[4 * p + 1] = v;
      image.data[4 * p + 2] = v;
      image.data[4 * p + 3] = 255;
    }
    context.putImageData(image, 0, 0);
  }, [set, index]);
  return (
    <canvas
      ref={canvas}
      className="data-sample"
      width={set.cols}
      height={set.rows}
      role="img"
      aria-label={alt}
      data-testid="sample"
      data-label={label}
      data-index={index}
    />
  );
}
