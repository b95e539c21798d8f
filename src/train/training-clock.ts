/**
 * A run's training time: it counts from start() and stands still from stop() to
 * the next start(), so neither epoch 0's evaluation before the first step nor a
 * pause counts as training.
 */
export class TrainingClock {
  private banked = 0;
  private since: number;

  constructor(private readonly now: () => number = () => performance.now()) {
    this.since = now();
  }

  /** Milliseconds of training so far. */
  elapsed(): number {
    return this.banked + (this.now() - this.since);
  }

  /** Counts from now on (again, after a stop). */
  start(): void {
    this.since = this.now();
  }

  /** Keeps the time so far; the clock stands until the next start(). */
  stop(): void {
    this.banked = this.elapsed();
  }
}
