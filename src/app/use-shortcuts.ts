import { useEffect, useRef } from 'react';
import { isTypingTarget, shortcutFor, type ShortcutAction } from './shortcuts';

/**
 * Listens for the demo shortcuts on the whole page. Keys typed into a field,
 * pressed with a modifier, or pressed while a dialog is open are left alone.
 */
export function useShortcuts(presenter: boolean, perform: (action: ShortcutAction) => void): void {
  const latest = useRef({ presenter, perform });
  useEffect(() => {
    latest.current = { presenter, perform };
  });

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.repeat || isTypingTarget(event.target)) return;
      if (document.querySelector('dialog[open]')) return;
      const action = shortcutFor(event, latest.current.presenter);
      if (!action) return;
      event.preventDefault();
      latest.current.perform(action);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
