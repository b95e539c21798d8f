import { useEffect } from 'react';

/**
 * Opens the section a link's hash names (`#train`). The browser's own jump
 * happens before React has rendered the sections, so it lands nowhere; this
 * jumps once they exist, and again when the page has finished loading (fonts
 * and charts can grow the sections above), unless the reader has scrolled by then.
 */
export function useInitialHash(): void {
  useEffect(() => {
    const id = decodeURIComponent(window.location.hash.slice(1));
    if (!id) return;
    let jumpedTo: number | null = null;
    const jump = () => {
      if (jumpedTo !== null && Math.abs(window.scrollY - jumpedTo) > 2) return; // The reader moved on.
      const target = document.getElementById(id);
      if (!target) return;
      target.scrollIntoView({ block: 'start', behavior: 'instant' });
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
  }, []);
}
