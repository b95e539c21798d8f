import { useEffect, useState } from 'react';

/**
 * Whether `content` is wider than the box that scrolls it (`box`). Read in a
 * ResizeObserver on both: observers run right after layout and only for content
 * that is laid out, so a box in a lesson that CSS skips off screen is measured
 * once it is laid out, never by a read that would force that layout. A box that
 * scrolls sideways must then be focusable, so that keyboard users can scroll it
 * too (WCAG 2.1.1, axe's scrollable-region-focusable).
 */
export function useOverflowsX(box: HTMLElement | null, content: HTMLElement | null): boolean {
  const [overflows, setOverflows] = useState(false);
  useEffect(() => {
    if (!box || !content) return;
    const observer = new ResizeObserver(() => {
      // A box with no width is not laid out: nothing to read yet.
      // scrollWidth, as assistive checks read it: by a fraction of a pixel is still scrollable.
      if (box.clientWidth > 0) setOverflows(box.scrollWidth > box.clientWidth);
    });
    observer.observe(box);
    observer.observe(content);
    return () => observer.disconnect();
  }, [box, content]);
  return overflows;
}
