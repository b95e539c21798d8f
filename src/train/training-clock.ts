/**
 * A run's training time: it counts from start() and stands still from stop() to
 * the next start(), so neither epoch 0's evaluation before the first step nor a
 * pause counts as training.
 */
export class TrainingClock {
  private banked = 0;
  /** When the clock last started; null while it stands. */
  private since: number | null = null;

  constructor(private readonly now: () => number = () => performance.now()) {}

  /** Milliseconds of training so far. */
  elapsed(): number {
    return this.banked + (this.since === null ? 0 : this.now() - this.since);
  }

  /** Counts from now on (again, after a stop). */
  start(): void {
    if (this.since === null) this.since = this.now();
  }

  /** Keeps the time so far; the clock stands until the next start(). */
  stop(): void {
    this.banked = this.elapsed();
    this.since = null;
  }
}
