import { useEffect, useRef } from 'react';

/** Input that means a student is using the page: a drag, a key, the wheel. */
const INPUT_EVENTS = ['pointerdown', 'pointermove', 'input', 'keydown', 'wheel'] as const;
/** At most one signal per this many milliseconds: a drag fires a move every frame. */
const SIGNAL_EVERY_MS = 100;

/**
 * Calls `onInput` (throttled) while `active` and the student uses the page, so
 * training can give the page room to draw. A pointer moving with no button down
 * is not use: hovering over the page must not slow training.
 */
export function usePageInput(active: boolean, onInput: () => void): void {
  const onInputRef = useRef(onInput);
  useEffect(() => {
    onInputRef.current = onInput;
  }, [onInput]);

  useEffect(() => {
    if (!active) return;
    let last = -Infinity;
    const listener = (event: Event) => {
      if (event instanceof PointerEvent && event.type === 'pointermove' && event.buttons === 0) return;
      const now = performance.now();
      if (now - last < SIGNAL_EVERY_MS) return;
      last = now;
      onInputRef.current();
    };
    // Capture, so input that a control stops from bubbling still counts.
    for (const type of INPUT_EVENTS) window.addEventListener(type, listener, { capture: true, passive: true });
    return () => {
      for (const type of INPUT_EVENTS) window.removeEventListener(type, listener, { capture: true });
    };
  }, [active]);
}
