import { useEffect, useRef } from 'react';
import { serializeUrlState, type UrlState } from './url-state';

/** Long enough that a slider drag writes the address once it settles, not on every frame. */
export const URL_SYNC_DELAY_MS = 400;

function write(state: UrlState): void {
  const search = serializeUrlState(state, window.location.search);
  if (search === window.location.search) return;
  // replaceState, not pushState: the back button should leave the page, not
  // undo slider positions one by one. The hash (the section) is kept.
  window.history.replaceState(window.history.state, '', `${window.location.pathname}${search}${window.location.hash}`);
}

/**
 * Keeps the address bar describing the page, so copying it from the browser
 * shares the same lesson as the Share button does.
 */
export function useUrlSync(state: UrlState): void {
  const latest = useRef(state);
  const pending = useRef(false);
  // Keyed on the text of the query, so re-renders that change nothing restart no timer.
  const key = serializeUrlState(state);

  useEffect(() => {
    latest.current = state;
  });

  useEffect(() => {
    pending.current = true;
    const timer = window.setTimeout(() => {
      pending.current = false;
      write(latest.current);
    }, URL_SYNC_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [key]);

  // A reload right after a change still finds it in the address.
  useEffect(() => {
    const flush = () => {
      if (pending.current) write(latest.current);
      pending.current = false;
    };
    window.addEventListener('pagehide', flush);
    return () => window.removeEventListener('pagehide', flush);
  }, []);
}
