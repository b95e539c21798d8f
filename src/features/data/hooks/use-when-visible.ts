import { useEffect, type RefObject } from 'react';

/**
 * Calls `onVisible` once, when the element first scrolls into view. Keeps heavy work
 * (the 30 MB dataset) off the first screen while starting it before the reader asks.
 */
export function useWhenVisible(ref: RefObject<Element | null>, onVisible: () => void, enabled: boolean): void {
  useEffect(() => {
    const element = ref.current;
    if (!enabled || !element) return;
    if (typeof IntersectionObserver === 'undefined') {
      onVisible();
      return;
    }
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((entry) => entry.isIntersecting)) {
        observer.disconnect();
        onVisible();
      }
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref, onVisible, enabled]);
}
