import { headerLine } from '@/browser/header-line';

/**
 * Keeps the focused control on screen while the page lays itself out around it.
 * Lessons render as they come near, charts and the dataset's samples appear, and
 * a focus scroll is smooth: content that grows above a control the student just
 * reached (by Tab, or by a control that handed focus on) would push it out of
 * view, and a keyboard student would be typing into something they cannot see.
 * Browsers' scroll anchoring keeps an editable field in place, not a button, and
 * not a target a smooth scroll is still heading for. So: whenever the page's size
 * changes, a focused element that has left the viewport is brought back, the
 * least distance (`block: 'nearest'`). It lets go as soon as anyone else scrolls
 * the element away (the student by wheel, touch, keys or scrollbar, or a script's
 * jump), and at the latest KEEP_MS after it got focus.
 */

/** How long after focus a control is kept in view at most: the dataset can take a while on a slow network. */
const KEEP_MS = 60_000;

/** How far a box lies outside the band of the viewport below the sticky header (0 when in it). */
export function distanceOutOfView(box: { top: number; bottom: number }, viewportHeight: number, headerLine: number): number {
  if (box.top >= viewportHeight) return box.top - viewportHeight;
  if (box.bottom <= headerLine) return headerLine - box.bottom;
  return 0;
}

/** Whether a box lies wholly outside the band of the viewport below the sticky header. */
export const isOutOfView = (box: { top: number; bottom: number }, viewportHeight: number, headerLine: number): boolean =>
  box.top >= viewportHeight || box.bottom <= headerLine;

/**
 * Whether a scroll took the element away on purpose: it did not move in the
 * document (no layout change moved it) and the viewport moved away from it. A
 * scroll towards it (the focus's own smooth scroll) keeps it.
 */
export const scrolledAway = (docTopBefore: number, docTopNow: number, distanceBefore: number, distanceNow: number): boolean =>
  Math.abs(docTopNow - docTopBefore) < 1 && distanceNow > distanceBefore + 1;

export function keepFocusInView(): () => void {
  let kept: Element | null = null;
  let focusedAt = 0;
  let docTop = 0;
  let distance = 0;
  // Whether the element is in view or on its way there (the focus's smooth scroll): only then is it brought back.
  let wanted = false;

  const measure = (element: Element) => {
    const box = element.getBoundingClientRect();
    return { docTop: box.top + window.scrollY, distance: distanceOutOfView(box, window.innerHeight, headerLine()), box };
  };
  const keeping = (): Element | null => {
    const element = kept;
    if (!element || performance.now() - focusedAt > KEEP_MS || !element.isConnected || document.activeElement !== element) return null;
    return element.getClientRects().length === 0 ? null : element;
  };

  const onFocusIn = (event: FocusEvent) => {
    kept = event.target instanceof Element && event.target !== document.body ? event.target : null;
    focusedAt = performance.now();
    if (kept) ({ docTop, distance } = measure(kept));
    wanted = kept !== null;
  };
  const onScroll = () => {
    const element = keeping();
    if (!element) return;
    const now = measure(element);
    if (scrolledAway(docTop, now.docTop, distance, now.distance)) kept = null;
    wanted = now.distance === 0 || now.distance < distance;
    ({ docTop, distance } = now);
  };
  const onResize = () => {
    const element = keeping();
    if (!element) return;
    if (wanted && isOutOfView(element.getBoundingClientRect(), window.innerHeight, headerLine())) {
      element.scrollIntoView({ block: 'nearest', behavior: 'instant' });
    }
    ({ docTop, distance } = measure(element));
    wanted = wanted || distance === 0;
  };

  const resize = new ResizeObserver(onResize);
  resize.observe(document.body);
  document.addEventListener('focusin', onFocusIn);
  window.addEventListener('scroll', onScroll, { passive: true });
  return () => {
    resize.disconnect();
    document.removeEventListener('focusin', onFocusIn);
    window.removeEventListener('scroll', onScroll);
  };
}
