import { useState, type ReactNode } from 'react';
import { useOverflowsX } from './use-overflow';

interface ScrollRegionProps {
  /** Names the region for screen readers. */
  label: string;
  className?: string;
  children: ReactNode;
}

/**
 * A box that scrolls sideways when a wide table does not fit (phones, presenter
 * mode). While it does scroll it takes keyboard focus, so the hidden part can be
 * scrolled without a mouse (axe: scrollable-region-focusable); when everything
 * fits it is no tab stop.
 */
export function ScrollRegion({ label, className, children }: ScrollRegionProps) {
  const [box, setBox] = useState<HTMLDivElement | null>(null);
  const [content, setContent] = useState<HTMLDivElement | null>(null);
  const scrollable = useOverflowsX(box, content);
  return (
    <div
      ref={setBox}
      className={['scroll-region', className ?? ''].join(' ').trim()}
      role="region"
      aria-label={label}
      tabIndex={scrollable !== false ? 0 : undefined}
    >
      <div ref={setContent} className="scroll-region-content">
        {children}
      </div>
    </div>
  );
}
