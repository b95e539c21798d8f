/**
 * Keeps the focused control on screen while the page lays itself out around it.
 * Lessons render as they come near, charts and the dataset's samples appear, and
 * a focus scroll is smooth: content that grows above a control the student just
 * reached (by Tab, or by a control that handed focus on) would push it out of
 * view, and a keyboard student would be typing into something they cannot see.
 * Browsers' scroll anchoring keeps an editable field in place, not a button, and
 * not a target a smooth scroll is still heading for. So: whenever the page's size
 * changes, a focused element that has left the viewport is brought back, the
 * least distance (`block: 'nearest'`), until the student scrolls by themselves
 * (wheel, touch, scroll keys, the scrollbar) or for KEEP_MS after it got focus: a
 * scroll the page cannot see (some scrollbars send no events) is never fought for long.
 */

/** How long after focus a control is kept in view: the page settles within seconds. */
const KEEP_MS = 10_000;

/** Keys that scroll the page when focus is not in a field that uses them itself. */
const SCROLL_KEYS = new Set(['PageUp', 'PageDown', 'Home', 'End', ' ', 'ArrowUp', 'ArrowDown']);
const FIELD = 'input, select, textarea, [contenteditable], [role="slider"], [role="spinbutton"], [role="listbox"], [role="grid"]';

/** Whether a box lies wholly outside the band of the viewport below the sticky header. */
export function isOutOfView(box: { top: number; bottom: number }, viewportHeight: number, headerLine: number): boolean {
  return box.bottom <= headerLine || box.top >= viewportHeight;
}

export function keepFocusInView(): () => void {
  // The element to keep in view: the last one focused, until the student scrolls away from it.
  let kept: Element | null = null;
  let focusedAt = 0;

  const onFocusIn = (event: FocusEvent) => {
    kept = event.target instanceof Element && event.target !== document.body ? event.target : null;
    focusedAt = performance.now();
  };
  const letGo = () => {
    kept = null;
  };
  const onKeyDown = (event: KeyboardEvent) => {
    const active = document.activeElement;
    if (SCROLL_KEYS.has(event.key) && !(active instanceof Element && active.matches(FIELD))) letGo();
  };
  // A press on the page's own scrollbar (its target is the root element).
  const onPointerDown = (event: PointerEvent) => {
    if (event.target === document.documentElement) letGo();
  };

  const check = () => {
    const element = kept;
    if (!element || performance.now() - focusedAt > KEEP_MS) return;
    if (!element.isConnected || document.activeElement !== element || element.getClientRects().length === 0) return;
    const headerLine = parseFloat(getComputedStyle(document.documentElement).scrollPaddingTop) || 0;
    if (isOutOfView(element.getBoundingClientRect(), window.innerHeight, headerLine)) {
      element.scrollIntoView({ block: 'nearest', behavior: 'instant' });
    }
  };
  const resize = new ResizeObserver(check);
  resize.observe(document.body);

  document.addEventListener('focusin', onFocusIn);
  window.addEventListener('wheel', letGo, { passive: true });
  window.addEventListener('touchmove', letGo, { passive: true });
  window.addEventListener('keydown', onKeyDown, { capture: true });
  window.addEventListener('pointerdown', onPointerDown, { capture: true });
  return () => {
    resize.disconnect();
    document.removeEventListener('focusin', onFocusIn);
    window.removeEventListener('wheel', letGo);
    window.removeEventListener('touchmove', letGo);
    window.removeEventListener('keydown', onKeyDown, { capture: true });
    window.removeEventListener('pointerdown', onPointerDown, { capture: true });
  };
}
