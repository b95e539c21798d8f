import { useEffect, type RefObject } from 'react';

/**
 * Calls `onNear` once when the element comes within `margin` of the viewport,
 * so the worker and TensorFlow.js start before the student reaches Train, but
 * never for the first screen.
 */
export function useNearViewport(ref: RefObject<Element | null>, onNear: () => void, margin = '200px'): void {
  useEffect(() => {
    const element = ref.current;
    if (!element || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) {
          observer.disconnect();
          onNear();
        }
      },
      { rootMargin: margin },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref, onNear, margin]);
}
