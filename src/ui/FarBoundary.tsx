import { startTransition, useCallback, useEffect, useEffectEvent, useId, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { CATCH_UP_DEADLINE_MS } from '@/browser/deadlines';
import { whenIdle } from '@/browser/idle';
import { anchorBelow, registerPendingLesson, restoreAnchor, wasRevealed, type ViewAnchor } from './lesson-reveal';
import { observeNear } from '@/browser/near-observer';

/**
 * When far content catches up with its live value: when the student pauses
 * (`idle`, for what follows the student's own input: the logits dragged in
 * another lesson), or only once it comes near again (`near`, for what changes all
 * the time by itself and only the eye needs: the training charts).
 */
export type CatchUp = 'idle' | 'near';

/**
 * `value` while near; far away, the value it had when it was last near or last
 * caught up. Held, a React element costs nothing: React skips a subtree whose
 * element is the very same object, so a lesson far off screen is not rendered on
 * every logit input, and renders once when the student pauses.
 */
export function useHeldWhileFar<T>(
  value: T,
  near: boolean | null,
  { catchUp = 'idle', deadlineMs = CATCH_UP_DEADLINE_MS, hold = true }: { catchUp?: CatchUp; deadlineMs?: number; hold?: boolean } = {},
): T {
  const [held, setHeld] = useState(value);
  const far = hold && near === false;
  // Adjusting state while rendering: the held copy follows the value while it is shown live.
  if (!far && !Object.is(held, value)) setHeld(value);
  useEffect(() => {
    if (!far || catchUp !== 'idle' || Object.is(held, value)) return;
    // A transition: the catch-up render yields to input in slices instead of blocking in one piece.
    return whenIdle(() => startTransition(() => setHeld(value)), deadlineMs);
  }, [far, catchUp, value, held, deadlineMs]);
  return far ? held : value;
}

/**
 * Whether the block in `element` is near, and whether it is rendered: a lazy block
 * renders once it comes near, when a jump targets it (revealLesson, by `key`), or
 * ahead of the student in an idle moment (registerPendingLesson); until then it is
 * a placeholder. Rendering one above the student's view keeps the view where it
 * is (anchorBelow).
 */
export function useRenderWhenNear(element: HTMLElement | null, key: string, lazy: boolean): { near: boolean | null; rendered: boolean } {
  const [near, setNear] = useState<boolean | null>(null);
  const [rendered, setRendered] = useState(() => !lazy || wasRevealed(key));
  const anchor = useRef<ViewAnchor | null>(null);
  const reveal = useCallback(() => {
    if (element) anchor.current = anchorBelow(element);
    setRendered(true);
  }, [element]);
  useLayoutEffect(() => {
    if (!rendered || !anchor.current) return;
    restoreAnchor(anchor.current);
    anchor.current = null;
  }, [rendered]);

  const onNearChange = useEffectEvent((isNear: boolean) => {
    setNear(isNear);
    if (isNear && !rendered) reveal();
  });
  useEffect(() => (element ? observeNear(element, onNearChange) : undefined), [element]);
  useEffect(() => {
    if (!rendered && element) return registerPendingLesson(key, element, reveal);
  }, [key, element, rendered, reveal]);
  return { near, rendered };
}

interface FarBoundaryProps {
  children: ReactNode;
  catchUp?: CatchUp;
  deadlineMs?: number;
  /** Not rendered at all until it comes near or the page renders ahead (a placeholder meanwhile). */
  lazy?: boolean;
  className?: string;
}

/**
 * A block whose content is rendered live while near the viewport and held while
 * far (see useHeldWhileFar); a lazy one is not rendered until it first comes near
 * (see useRenderWhenNear). Lessons get one through SectionShell; a lesson wraps a
 * costly block of its own (formulas a screen below the sliders, the training
 * charts, the panels below its first screen) in another.
 */
export function FarBoundary({ children, catchUp, deadlineMs, lazy = false, className }: FarBoundaryProps) {
  const [element, setElement] = useState<HTMLDivElement | null>(null);
  const { near, rendered } = useRenderWhenNear(element, useId(), lazy);
  const shown = useHeldWhileFar(children, near, { catchUp, deadlineMs });
  return (
    <div ref={setElement} className={className}>
      {(rendered && shown) || <div className="block-pending" aria-hidden="true" />}
    </div>
  );
}
