import { useEffect, useState } from 'react';

/**
 * True once the tab was hidden while `active` (browsers throttle hidden tabs),
 * so the page can say why training looked frozen; `dismiss` clears it.
 */
export function usePageHiddenWhile(active: boolean): [boolean, () => void] {
  const [wasHidden, setWasHidden] = useState(false);
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
