import { useEffect } from 'react';
import { jumpTo } from './jump';
import { hashTarget } from './url-state';

/** True while the student is in a form field: the page must not scroll it away from under them. */
const editing = () => document.activeElement instanceof HTMLElement && document.activeElement.matches('input, select, textarea');

/**
 * Opens the section a link's hash names (`#train`). The browser's own jump
 * happens before React has rendered the sections, so it lands nowhere; this
 * jumps once they exist, and again when the page has finished loading (fonts
 * and charts can grow the sections above), unless the reader has scrolled or
 * gone into a field by then. A malformed hash (`#%`) names nothing; it never throws.
 */
export function useInitialHash(enabled = true): void {
  useEffect(() => {
    // A link that opens an exercise (?exercise=) lands on the exercise instead.
    const id = enabled ? hashTarget(window.location.hash) : null;
    if (!id) return;
    let jumpedTo: number | null = null;
    const jump = () => {
      if (jumpedTo !== null && (Math.abs(window.scrollY - jumpedTo) > 2 || editing())) return; // The reader moved on.
      // jumpTo renders the lesson first: until it comes near, a lesson is only its heading.
      if (!jumpTo(id, { focus: false })) return;
      jumpedTo = window.scrollY;
    };
    const frame = requestAnimationFrame(jump);
    const onLoad = () => requestAnimationFrame(jump);
    if (document.readyState === 'complete') onLoad();
    else window.addEventListener('load', onLoad, { once: true });
    return () => {
      cancelAnimationFrame(frame);
      window.removeEventListener('load', onLoad);
    };
  }, [enabled]);
}
