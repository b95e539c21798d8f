import {useEffect, useRef} from 'react';
import { paintDiverging } from '@/ui/diverging-scale';
import { paintGray } from '../lib/weight-images';

export type PixelScale = { kind: 'gray' } | { kind: 'diverging'; extent: number };

interface PixelCanvasProps {
  /** rows × cols values, row-major: bytes 0..255 for 'gray', signed values for 'diverging'. */
  values: ArrayLike<number>;
  rows: number;
  cols: number;
  scale: PixelScale;
  className?: string;
  /** Makes the canvas an image with this name; without it the canvas is decorative (its parent names it). */
  label?: string;
}

/**
 * One small grid of values drawn at its native size (a 28×28 canvas); CSS
 * scales it up with `image-rendering: pixelated`, so every pixel stays a crisp
 * square instead of being smoothed into a blur.
 */
export function PixelCanvas({ values, rows, cols, scale, className, label }: PixelCanvasProps) {
  const ref = useRef<HTMLCanvasElement>(null);
  const extent = scale.kind === 'diverging' ? scale.extent : 0;

  useEffect(() => {
    const context = ref.current?.getContext('2d');
    if (!context) return;
    const image = context.createImageData(cols, rows);
    if (scale.kind === 'gray') paintGray(values, image.data);
    else paintDiverging(values, extent, image.data);
    context.putImageData(image, 0, 0);
  }, [values, rows, cols, scale.kind, extent]);

  return (
    <canvas
      ref={ref}
      width={cols}
      height={rows}
      className={['pixel-canvas', className ?? ''].join(' ').trim()}
      role={label ? 'img' : undefined}
      aria-label={label}
      aria-hidden={label ? undefined : true}
    />
  );
}
