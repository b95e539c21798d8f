import {useLayoutEffect, useRef} from 'react';
import { paintDiverging } from '@/ui/diverging-scale';
import { paintGray } from '../lib/brush';

export type GridScale = { kind: 'gray' } | { kind: 'diverging'; extent: number };

interface GridCanvasProps {
  /** size × size values, row-major: bytes 0..255 for 'gray', signed values for 'diverging'. */
  values: ArrayLike<number>;
  size: number;
  scale: GridScale;
  className?: string;
  /** Makes the canvas an image with this name; without it the canvas is decorative. */
  label?: string;
}

/**
 * A small grid drawn at its native size (28 × 28 canvas pixels), which CSS
 * enlarges with `image-rendering: pixelated`: every pixel stays a crisp square.
 */
export function GridCanvas({ values, size, scale, className, label }: GridCanvasProps) {
  const ref = useRef<HTMLCanvasElement>(null);
  const extent = scale.kind === 'diverging' ? scale.extent : 0;

  useLayoutEffect(() => {
    const context = ref.current?.getContext('2d');
    if (!context) return;
    const image = context.createImageData(size, size);
    if (scale.kind === 'diverging') paintDiverging(values, extent, image.data);
    else paintGray(values, image.data);
    context.putImageData(image, 0, 0);
  }, [values, size, scale.kind, extent]);

  return (
    <canvas
      ref={ref}
      width={size}
      height={size}
      className={['grid-canvas', className ?? ''].join(' ').trim()}
      role={label ? 'img' : undefined}
      aria-label={label}
      aria-hidden={label ? undefined : true}
    />
  );
}

