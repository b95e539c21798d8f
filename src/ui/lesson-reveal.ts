import { startTransition } from 'react';
import { flushSync } from 'react-dom';
import { RENDER_AHEAD_AFTER_MS, RENDER_AHEAD_DEADLINE_MS } from '@/browser/deadlines';
import { headerLine } from '@/browser/header-line';
import { whenIdle } from '@/browser/idle';
import { onPageInput } from '@/browser/page-input';

/**
 * Lessons not rendered yet (SectionShell renders a lesson's body once it comes
 * near): each registers the function that renders it. A jump renders its target
 * first (revealLesson), and once the student starts using the page (or has left it
 * alone a few seconds) the rest are rendered ahead, one per idle moment, in page
 * order, so that every control exists soon without one long task at start.
 */
interface Pending {
  element: HTMLElement;
  reveal: () => void;
}
const pending = new Map<string, Pending>();
/** Lessons a jump has rendered: one whose code arrives after the jump renders at once. */
const jumpedTo = new Set<string>();
let aheadScheduled = false;

/** Whether a jump has asked for lesson `id` (so it renders at once when it mounts). */
export const wasRevealed = (id: string): boolean => jumpedTo.has(id);

/** Registers a lesson that is not rendered yet; returns the function that removes it. */
export function registerPendingLesson(id: string, element: HTMLElement, reveal: () => void): () => void {
  pending.set(id, { element, reveal });
  scheduleRenderAhead();
  return () => {
    if (pending.get(id)?.element === element) pending.delete(id);
  };
}

/**
 * Renders the lesson `id` now, synchronously, if it is not rendered yet, so that
 * a jump scrolls to its true content; returns its element. Call it from an event
 * handler or an animation frame, not while React renders.
 */
export function revealLesson(id: string): HTMLElement | null {
  const lesson = pending.get(id);
  jumpedTo.add(id);
  if (lesson) {
    pending.delete(id);
    flushSync(lesson.reveal);
  }
  return document.getElementById(id);
}

function firstInPageOrder(): [string, Pending] | undefined {
  let first: [string, Pending] | undefined;
  for (const entry of pending) {
    if (!first || entry[1].element.compareDocumentPosition(first[1].element) & Node.DOCUMENT_POSITION_FOLLOWING) {
      first = entry;
    }
  }
  return first;
}

function scheduleRenderAhead(): void {
  if (aheadScheduled || typeof window === 'undefined') return;
  aheadScheduled = true;
  const next = () => {
    const entry = firstInPageOrder();
    if (!entry) {
      aheadScheduled = false;
      return;
    }
    pending.delete(entry[0]);
    startTransition(entry[1].reveal);
    whenIdle(next, RENDER_AHEAD_DEADLINE_MS);
  };
  // After the page's own load (the first screen's fonts, styles and scripts come first),
  // at the student's first input or once the page has been left alone for a while.
  let started = false;
  const start = () => {
    if (started) return;
    started = true;
    stopListening();
    clearTimeout(timer);
    whenIdle(next, RENDER_AHEAD_DEADLINE_MS);
  };
  const stopListening = onPageInput(start);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const afterLoad = () => {
    timer = setTimeout(start, RENDER_AHEAD_AFTER_MS);
  };
  if (document.readyState === 'complete') afterLoad();
  else window.addEventListener('load', afterLoad, { once: true });
}

/** What the student sees at the top of the view, and where it stood. */
export interface ViewAnchor {
  element: Element;
  top: number;
  /** The page's scroll position then: a view scrolled since (a jump while the lesson rendered) is not put back. */
  scrollY: number;
}

/**
 * When `block` ends above the viewport or in its upper half, what the student
 * sees just below it, and where it stands; otherwise null. Rendering a block up there (ahead, or as it
 * comes near while the student scrolls up) changes its height, and would push
 * what the student is reading out of place. Browsers with scroll anchoring mostly
 * prevent that, but not every one has it (Safari), and not when the anchor is
 * itself a placeholder.
 */
export function anchorBelow(block: HTMLElement): ViewAnchor | null {
  // What the sticky header covers is not in view: a jump leaves the lesson above just under it.
  const line = headerLine();
  // A block that ends in the upper half of the view (a jump left its last strip under the
  // header, say) grows downwards over what the student is reading: hold that instead.
  const bottom = block.getBoundingClientRect().bottom;
  if (bottom > window.innerHeight / 2) return null;
  const element = document.elementFromPoint(window.innerWidth / 2, Math.max(line, bottom) + 1);
  if (!element || block.contains(element)) return null;
  return { element, top: element.getBoundingClientRect().top, scrollY: window.scrollY };
}

/**
 * Scrolls by as much as the anchor moved in the viewport, so the student's view
 * stays put; where the browser's own scroll anchoring already kept it, nothing moved.
 */
export function restoreAnchor({ element, top, scrollY }: ViewAnchor): void {
  if (Math.abs(window.scrollY - scrollY) > 1) return;
  const moved = element.getBoundingClientRect().top - top;
  if (Math.abs(moved) >= 1) window.scrollBy({ top: moved, behavior: 'instant' });
}
