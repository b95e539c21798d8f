/** Progress figures for a training run: throughput and time left, from counts and wall time. */

export interface ProgressInput {
  /** Examples processed so far in this run. */
  examplesDone: number;
  /** Examples the whole run will process (epochs × training examples). */
  examplesTotal: number;
  /** Training time so far in milliseconds (excluding pauses). */
  elapsedMs: number;
}

export interface ProgressFigures {
  /** 0..1 */
  fraction: number;
  examplesPerSecond: number;
  /** Estimated milliseconds left at the current rate; NaN before any progress. */
  remainingMs: number;
}

export function progressFigures({ examplesDone, examplesTotal, elapsedMs }: ProgressInput): ProgressFigures {
  const fraction = examplesTotal > 0 ? Math.min(1, Math.max(0, examplesDone / examplesTotal)) : 0;
  const rate = elapsedMs > 0 && examplesDone > 0 ? examplesDone / (elapsedMs / 1000) : 0;
  const remainingMs = rate > 0 ? (Math.max(0, examplesTotal - examplesDone) / rate) * 1000 : NaN;
  return { fraction, examplesPerSecond: rate, remainingMs };
}
