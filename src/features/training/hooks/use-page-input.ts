import { useEffect, useRef } from 'react';
import { onPageInput } from '@/browser/page-input';

/** At most one signal per this many milliseconds: a drag fires a move every frame. */
const SIGNAL_EVERY_MS = 100;

/** Calls `onInput` (throttled) while `active` and the student uses the page, so training can give the page room to draw. */
export function usePageInput(active: boolean, onInput: () => void): void {
  const onInputRef = useRef(onInput);
  useEffect(() => {
    onInputRef.current = onInput;
  }, [onInput]);

  useEffect(() => {
    if (!active) return;
    let last = -Infinity;
    return onPageInput(() => {
      const now = performance.now();
      if (now - last < SIGNAL_EVERY_MS) return;
      last = now;
      onInputRef.current();
    });
  }, [active]);
}
