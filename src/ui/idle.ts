/**
 * Runs `callback` when the main thread is idle, and at the latest after
 * `deadlineMs`. While a student drags a slider the browser is never idle, so
 * work scheduled here waits until the drag pauses instead of costing frames.
 * Returns a cancel function. Safari has no requestIdleCallback: a short timer
 * stands in.
 */
export function whenIdle(callback: () => void, deadlineMs: number): () => void {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(callback, { timeout: deadlineMs });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(callback, Math.min(deadlineMs, 50));
  return () => clearTimeout(id);
}
