import { useEffect } from 'react';
import { jumpTo } from './jump';
import { hashTarget } from './url-state';

/** How long a link's target may take to arrive (a lesson's code on a slow network) before the jump is dropped. */
const WAIT_FOR_TARGET_MS = 15_000;

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
    // A lesson's section exists once its code has arrived (src/app/lessons.tsx): jump when it does.
    const arrived = new MutationObserver(() => {
      if (!document.getElementById(id)) return;
      arrived.disconnect();
      if (jumpedTo === null) requestAnimationFrame(jump);
    });
    if (!document.getElementById(id)) arrived.observe(document.body, { childList: true, subtree: true });
    const giveUp = setTimeout(() => arrived.disconnect(), WAIT_FOR_TARGET_MS);
    return () => {
      cancelAnimationFrame(frame);
      window.removeEventListener('load', onLoad);
      arrived.disconnect();
      clearTimeout(giveUp);
    };
  }, [enabled]);
}
