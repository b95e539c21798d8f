import { startTransition, useEffect, useState, type ReactNode } from 'react';
import { CATCH_UP_DEADLINE_MS } from './deadlines';
import { whenIdle } from './idle';
import { observeNear } from './near-observer';

/**
 * Whether `element` is on screen or within NEAR_MARGIN of it; null until the first
 * observation arrives. Render eagerly unless it is known to be far (`near !== false`).
 */
export function useNear(element: Element | null): boolean | null {
  const [near, setNear] = useState<boolean | null>(null);
  useEffect(() => (element ? observeNear(element, setNear) : undefined), [element]);
  return near;
}

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

interface FarBoundaryProps {
  children: ReactNode;
  catchUp?: CatchUp;
  deadlineMs?: number;
  className?: string;
}

/**
 * A block whose content is rendered live while near the viewport and held while
 * far (see useHeldWhileFar). Lessons get one through SectionShell; a lesson wraps
 * a costly block of its own (formulas a screen below the sliders, the training
 * charts) in another.
 */
export function FarBoundary({ children, catchUp, deadlineMs, className }: FarBoundaryProps) {
  const [element, setElement] = useState<HTMLDivElement | null>(null);
  const shown = useHeldWhileFar(children, useNear(element), { catchUp, deadlineMs });
  return (
    <div ref={setElement} className={className}>
      {shown}
    </div>
  );
}
