import { useEffect, useState } from 'react';

/**
 * True once the tab was hidden while `active` (browsers throttle hidden tabs),
 * so the page can say why training looked frozen; `dismiss` clears it. The
 * notice belongs to one run: a new `run` (another run, or none after Reset) clears it.
 */
export function usePageHiddenWhile(active: boolean, run: number | null): [boolean, () => void] {
  const [wasHidden, setWasHidden] = useState(false);
  // Adjusting state during render when the run changes, not in an effect: no frame shows a stale notice.
  const [shownRun, setShownRun] = useState(run);
  if (shownRun !== run) {
    setShownRun(run);
    setWasHidden(false);
  }
  useEffect(() => {
    if (!active) return;
    const onChange = () => {
      if (document.visibilityState === 'hidden') setWasHidden(true);
    };
    document.addEventListener('visibilitychange', onChange);
    return () => document.removeEventListener('visibilitychange', onChange);
  }, [active]);
  return [wasHidden, () => setWasHidden(false)];
}
