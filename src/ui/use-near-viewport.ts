import { startTransition, useEffect, useState, type RefObject } from 'react';
import { whenIdle } from './idle';

/**
 * How far beyond the viewport still counts as near: a quarter screen above and
 * below. Content entering that band is brought up to date before it scrolls into
 * view at any ordinary scrolling speed, and everything further away (the formulas
 * below the logit sliders, the next lesson) costs a drag nothing until the page
 * is idle. A whole screen of margin made each input about 3 ms dearer (p50, 1280×800).
 */
const NEAR_MARGIN = '25% 0px';

const listeners = new WeakMap<Element, (near: boolean) => void>();
let observer: IntersectionObserver | undefined;

/** One observer for every element on the page; a callback per entry is all it costs. */
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
 * Whether `element` is on screen or within a screen of it; null until the first
 * observation arrives (and where IntersectionObserver is missing). Callers render
 * eagerly unless it is known to be far away (`near !== false`), but measure only
 * what is known to be near (`near === true`): reading the geometry of content
 * that content-visibility skips would force its layout.
 */
export function useNearViewport(element: Element | null): boolean | null {
  const [near, setNear] = useState<boolean | null>(null);
  useEffect(() => {
    if (!element || typeof IntersectionObserver === 'undefined') return;
    const io = sharedObserver();
    listeners.set(element, setNear);
    io.observe(element);
    return () => {
      io.unobserve(element);
      listeners.delete(element);
    };
  }, [element]);
  return near;
}

/**
 * The latest that content far off screen lags behind its values once the student
 * pauses, when the page never goes idle (see whenIdle).
 */
export const CATCH_UP_DEADLINE_MS = 300;

/**
 * `value` while near the viewport; far from it, the value as of the last time the
 * student paused and the page was idle (see whenIdle). A chart in another lesson
 * that follows the dragged logits then redraws when the drag pauses, not on every input.
 */
export function useIdleWhenFar<T>(value: T, near: boolean | null, deadlineMs = CATCH_UP_DEADLINE_MS): T {
  const [idleValue, setIdleValue] = useState(value);
  const far = near === false;
  useEffect(() => {
    if (!far || Object.is(idleValue, value)) return;
    // A transition: the catch-up render yields to input in slices instead of blocking in one piece.
    return whenIdle(() => startTransition(() => setIdleValue(value)), deadlineMs);
  }, [far, value, idleValue, deadlineMs]);
  return far ? idleValue : value;
}

/**
 * `value` while near the viewport; far from it, the value it had when it was last
 * near. For what only the eye needs and that changes all the time (the training
 * charts, a few redraws a second): far away it costs nothing, even when idle,
 * and it catches up a quarter screen before it shows.
 */
export function useHeldWhenFar<T>(value: T, near: boolean | null): T {
  const [held, setHeld] = useState(value);
  const far = near === false;
  // Adjusting state while rendering: the held copy follows the value while it is near.
  if (!far && !Object.is(held, value)) setHeld(value);
  return far ? held : value;
}

/**
 * Calls `onNear` once, when the element first comes within `margin` of the
 * viewport (at once where IntersectionObserver is missing). Heavy work (the
 * 30 MB dataset, TensorFlow.js) then stays off the first screen but starts
 * before the student asks for it.
 */
export function useOnceNear(
  ref: RefObject<Element | null>,
  onNear: () => void,
  { margin = '0px', enabled = true }: { margin?: string; enabled?: boolean } = {},
): void {
  useEffect(() => {
    const element = ref.current;
    if (!enabled || !element) return;
    if (typeof IntersectionObserver === 'undefined') {
      onNear();
      return;
    }
    const io = new IntersectionObserver(
      (entries) => {
        if (!entries.some((entry) => entry.isIntersecting)) return;
        io.disconnect();
        onNear();
      },
      { rootMargin: margin },
    );
    io.observe(element);
    return () => io.disconnect();
  }, [ref, onNear, margin, enabled]);
}
