import { useEffect, useState, type HTMLAttributes, type ReactNode } from 'react';

export interface ChartSize {
  width: number;
  height: number;
}

interface ChartBoxProps extends Omit<HTMLAttributes<HTMLDivElement>, 'children'> {
  /** Draws the chart at the box's size in CSS pixels. */
  children: (size: ChartSize) => ReactNode;
}

/**
 * The plot area of a recharts chart: a block sized by CSS whose pixel size is
 * handed to the chart. It is measured with ResizeObserver, which reports after
 * the browser's own layout. Recharts' `responsive` mode and ResponsiveContainer
 * read getBoundingClientRect as a chart mounts instead: a forced layout of the
 * whole page, a freeze when the Mistakes lesson first fills in during training.
 * The chart appears with the first observation, one frame after the box.
 */
export function ChartBox({ children, ...rest }: ChartBoxProps) {
  const [element, setElement] = useState<HTMLDivElement | null>(null);
  const size = useElementSize(element);
  return (
    <div ref={setElement} {...rest}>
      {size && children(size)}
    </div>
  );
}

/** The content-box size of `element`, in whole pixels; null until first observed or while it has no area. */
function useElementSize(element: HTMLElement | null): ChartSize | null {
  const [size, setSize] = useState<ChartSize | null>(null);
  useEffect(() => {
    if (!element) return;
    const observer = new ResizeObserver(([entry]) => {
      if (!entry) return;
      const width = Math.floor(entry.contentRect.width);
      const height = Math.floor(entry.contentRect.height);
      setSize((last) => {
        if (width <= 0 || height <= 0) return null;
        return last?.width === width && last.height === height ? last : { width, height };
      });
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [element]);
  return size;
}
