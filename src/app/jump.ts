import { headerLine } from '@/browser/header-line';
import { onPageInput } from '@/browser/page-input';
import { revealLesson } from '@/ui/lesson-reveal';
import { hashTarget } from './url-state';

/**
 * Frames after a jump during which the target is kept under the header: the
 * lessons next to it lay out for the first time then and change height, and a
 * browser without scroll anchoring (Safari) would leave the target behind. Half a
 * second at 60 frames a second; any input of the student's, or focus moving to
 * something else, ends it at once.
 */
const HOLD_FRAMES = 30;

/**
 * Jumps to the element `id` (a lesson, or anything in one): renders its lesson
 * first if it was not yet (revealLesson), so the jump lands on true content, then
 * scrolls it under the header at once and keeps it there while the page around
 * it settles. Instant, never smooth: a smooth scroll through lessons that lay out
 * on the way would aim at a position that no longer holds. Returns the element.
 */
export function jumpTo(id: string, { focus = true }: { focus?: boolean } = {}): HTMLElement | null {
  const target = revealLesson(id);
  if (!target) return null;
  target.scrollIntoView({ block: 'start', behavior: 'instant' });
  if (focus) target.focus({ preventScroll: true });
  holdInPlace(id, target);
  return target;
}

/** Ends the hold of the last jump: a new jump (or the student) takes over. */
let endHold = (): void => {};

function holdInPlace(id: string, target: HTMLElement): void {
  endHold();
  let top = target.getBoundingClientRect().top;
  let scrollY = window.scrollY;
  let frames = 0;
  let frame = 0;
  const unsubscribe = onPageInput(() => stop());
  // Focus moved on (by the student, or by a control or script that hands it on): what has
  // focus is what to keep in view now (keep-focus-in-view.ts), not the jump's target.
  const onFocusIn = (event: FocusEvent) => {
    if (event.target !== target) stop();
  };
  document.addEventListener('focusin', onFocusIn);
  const stop = () => {
    cancelAnimationFrame(frame);
    unsubscribe();
    document.removeEventListener('focusin', onFocusIn);
  };
  endHold = stop;
  const check = () => {
    // By id: a lesson whose code was still loading replaces its placeholder section.
    const current = document.getElementById(id) ?? target;
    const moved = current.getBoundingClientRect().top - top;
    const scrolled = window.scrollY - scrollY;
    // The page scrolled and the target moved with it: the reader (or a script) took over.
    if (scrolled !== 0 && Math.abs(moved + scrolled) <= 1) {
      stop();
      return;
    }
    // The target is no longer just under the header, and the page did not scroll: content
    // above it changed height, or the header did (presenter mode, fonts arriving).
    if (Math.abs(current.getBoundingClientRect().top - headerLine()) > 1) current.scrollIntoView({ block: 'start', behavior: 'instant' });
    top = current.getBoundingClientRect().top;
    scrollY = window.scrollY;
    if (++frames < HOLD_FRAMES) frame = requestAnimationFrame(check);
    else stop();
  };
  frame = requestAnimationFrame(check);
}

/** The id an in-page link points to, or null for any other link. */
function inPageTarget(event: MouseEvent): string | null {
  if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return null;
  const link = event.target instanceof Element ? event.target.closest<HTMLAnchorElement>('a[href^="#"]') : null;
  return hashTarget(link?.getAttribute('href') ?? '');
}

/**
 * In-page links and the browser's back and forward between sections go through
 * jumpTo. Returns the function that stops listening.
 */
export function routeInPageLinks(): () => void {
  const onClick = (event: MouseEvent) => {
    const id = inPageTarget(event);
    if (!id || !document.getElementById(id)) return;
    event.preventDefault();
    if (window.location.hash !== `#${encodeURIComponent(id)}`) window.history.pushState(window.history.state, '', `#${id}`);
    jumpTo(id);
  };
  const onHashChange = () => {
    const id = hashTarget(window.location.hash);
    if (id) jumpTo(id, { focus: false });
  };
  document.addEventListener('click', onClick);
  window.addEventListener('hashchange', onHashChange);
  return () => {
    document.removeEventListener('click', onClick);
    window.removeEventListener('hashchange', onHashChange);
  };
}
