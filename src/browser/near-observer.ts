import { NEAR_MARGIN } from './deadlines';

/**
 * One IntersectionObserver for every far-content boundary on the page: a
 * callback per entry is all a boundary costs. `near` is whether the element is
 * on screen or within NEAR_MARGIN of it.
 */
const listeners = new WeakMap<Element, (near: boolean) => void>();
let observer: IntersectionObserver | undefined;

function sharedObserver(): IntersectionObserver {
  observer ??= new IntersectionObserver(
    (entries) => {
      for (const entry of entries) listeners.get(entry.target)?.(entry.isIntersecting);
    },
    { rootMargin: NEAR_MARGIN },
  );
  return observer;
}

/**
 * Calls `onChange` with the element's nearness now and whenever it changes; returns
 * the function that stops. Where IntersectionObserver is missing, everything is near.
 */
export function observeNear(element: Element, onChange: (near: boolean) => void): () => void {
  if (typeof IntersectionObserver === 'undefined') {
    onChange(true);
    return () => {};
  }
  const io = sharedObserver();
  listeners.set(element, onChange);
  io.observe(element);
  return () => {
    io.unobserve(element);
    listeners.delete(element);
  };
}
