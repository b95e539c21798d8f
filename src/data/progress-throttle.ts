import type { LoadProgress } from './types';

/**
 * Passes load progress on at most once per `intervalMs`, and always the report that
 * completes the total, so a bar never stops short of full. Chunks arrive every few
 * milliseconds; a re-render or a message for each would only queue work.
 */
export function throttleProgress(
  onProgress: (progress: LoadProgress) => void,
  intervalMs: number,
  now: () => number = () => performance.now(),
): (progress: LoadProgress) => void {
  let lastPassed = -Infinity;
  return (progress) => {
    const time = now();
    const complete = progress.totalBytes !== null && progress.loadedBytes >= progress.totalBytes;
    if (time - lastPassed < intervalMs && !complete) return;
    lastPassed = time;
    onProgress(progress);
  };
}
