import { revealLesson } from '@/ui/lesson-reveal';
import { exerciseElementId, exerciseLesson } from './exercises';
import { jumpTo } from './jump';

/** How long to wait for a card whose lesson's code is still loading. */
const WAIT_MS = 15_000;

/** True while the student is in a form field: the page must not scroll it away from under them. */
const editing = () => document.activeElement instanceof HTMLElement && document.activeElement.matches('input, select, textarea');

/**
 * Opens an exercise's card: renders its lesson first (revealLesson; until it
 * comes near, a lesson is only its heading, and its code may still be loading),
 * waits frame by frame until the card exists, then jumps to it: jumpTo scrolls it
 * under the header, focuses it and holds it there while the page settles. If the
 * page has not finished loading, it jumps once more when it has, unless the reader
 * has moved on. Returns the function that cancels.
 */
export function openExercise(id: string): () => void {
  const lesson = exerciseLesson(id);
  if (!lesson) return () => undefined;
  const elementId = exerciseElementId(id);
  const started = performance.now();
  let frame = 0;
  let landedAt: number | null = null;
  const onLoad = () => {
    if (landedAt === null || Math.abs(window.scrollY - landedAt) > 2 || editing()) return;
    frame = requestAnimationFrame(() => jumpTo(elementId, { focus: false }));
  };
  const attempt = () => {
    revealLesson(lesson);
    if (document.getElementById(elementId)) {
      jumpTo(elementId);
      landedAt = window.scrollY;
      if (document.readyState !== 'complete') window.addEventListener('load', onLoad, { once: true });
      return;
    }
    if (performance.now() - started < WAIT_MS) frame = requestAnimationFrame(attempt);
  };
  frame = requestAnimationFrame(attempt);
  return () => {
    cancelAnimationFrame(frame);
    window.removeEventListener('load', onLoad);
  };
}
