import { QUIET_AFTER_INPUT_MS } from './deadlines';
import { msSinceInput } from './page-input';

/**
 * Runs `callback` once the student has paused for QUIET_AFTER_INPUT_MS and the
 * main thread is idle, or `deadlineMs` into the pause at the latest. Idle moments
 * come between the frames of a drag too, and work landing there still costs the
 * drag its frames: so during input it waits. Returns a cancel function. Safari
 * has no requestIdleCallback: a short timer stands in.
 */
export function whenIdle(callback: () => void, deadlineMs: number): () => void {
  let cancel = () => {};
  const attempt = () => {
    const quietFor = msSinceInput();
    if (quietFor >= QUIET_AFTER_INPUT_MS) callback();
    else {
      const id = setTimeout(waitForIdle, QUIET_AFTER_INPUT_MS - quietFor);
      cancel = () => clearTimeout(id);
    }
  };
  const waitForIdle = () => {
    if (typeof requestIdleCallback === 'function') {
      const id = requestIdleCallback(attempt, { timeout: deadlineMs });
      cancel = () => cancelIdleCallback(id);
    } else {
      const id = setTimeout(attempt, Math.min(deadlineMs, 50));
      cancel = () => clearTimeout(id);
    }
  };
  waitForIdle();
  return () => cancel();
}
