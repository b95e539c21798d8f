import { useEffect, useState } from 'react';

/**
 * Whether `box` scrolls sideways (its content is wider than it), or null until it
 * has been measured. Read in a ResizeObserver on the box and on its content:
 * observers run right after layout and only for content that is laid out, so a
 * box in a lesson that CSS skips off screen is measured once it is laid out,
 * never by a read that would force that layout. A box that scrolls must be
 * focusable, so that keyboard users can scroll it too (WCAG 2.1.1, axe's
 * scrollable-region-focusable): callers keep it focusable until it is known not
 * to scroll (`!== false`), and a box that has focus keeps it.
 */
export function useOverflowsX(box: HTMLElement | null, content: HTMLElement | null): boolean | null {
  const [overflows, setOverflows] = useState<boolean | null>(null);
  useEffect(() => {
    if (!box || !content) return;
    const observer = new ResizeObserver(() => {
      // A box with no width is not laid out: nothing to read yet.
      if (box.clientWidth === 0) return;
      // scrollWidth, as assistive checks read it: by a fraction of a pixel is still scrollable.
      const scrolls = box.scrollWidth > box.clientWidth;
      // Taking the focusable state from the element that has focus would drop focus to the page.
      if (!scrolls && document.activeElement === box) return;
      setOverflows(scrolls);
    });
    observer.observe(box);
    observer.observe(content);
    return () => observer.disconnect();
  }, [box, content]);
  return overflows;
}
