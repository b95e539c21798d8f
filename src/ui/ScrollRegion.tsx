import type { ReactNode } from 'react';

interface ScrollRegionProps {
  /** Names the region for screen readers (it is focusable, so it needs a name). */
  label: string;
  className?: string;
  children: ReactNode;
}

/**
 * A box that scrolls sideways when a wide table does not fit (phones, presenter
 * mode). It takes keyboard focus so the hidden part can be scrolled without a
 * mouse (axe: scrollable-region-focusable).
 */
export function ScrollRegion({ label, className, children }: ScrollRegionProps) {
  return (
    <div className={['scroll-region', className ?? ''].join(' ').trim()} role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
