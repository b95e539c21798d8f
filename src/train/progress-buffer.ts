import type { TrainingEvent } from '@/domain/training-events';

/** The page gets new chart points at most this often. */
export const PROGRESS_INTERVAL_MS = 333;

export type ProgressEvent = Extract<TrainingEvent, { type: 'progress' }>;

/**
 * The progress messages of a run: the loss-chart points read back since the last
 * message, the examples trained on, whether the loop rested for the page, and the
 * time. The loop offers a message after every step, and one goes out at most every
 * PROGRESS_INTERVAL_MS (a message per step would only queue work on the page), and
 * always when the loop says so (a pause, an epoch's end).
 */
export class ProgressBuffer {
  private x: number[] = [];
  private loss: number[] = [];
  private l2: number[] = [];
  private examplesDone = 0;
  private rested = false;
  private lastSent: number;

  constructor(
    private readonly emit: (event: ProgressEvent) => void,
    /** Training time so far, in ms (a TrainingClock's). */
    private readonly elapsedMs: () => number,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.lastSent = now();
  }

  /** One step's point on the loss chart (an EpochMeter's PointSink). */
  readonly addPoint = (x: number, loss: number, l2: number): void => {
    this.x.push(x);
    this.loss.push(loss);
    this.l2.push(l2);
  };

  /** A step trained on `rows` more examples. */
  countExamples(rows: number): void {
    this.examplesDone += rows;
  }

  /** The loop rested before a step, to leave the page its cores. */
  noteRest(): void {
    this.rested = true;
  }

  /** Sends a message if PROGRESS_INTERVAL_MS have passed since the last one. */
  sendIfDue(epoch: number, step: number): void {
    if (this.now() - this.lastSent >= PROGRESS_INTERVAL_MS) this.send(epoch, step);
  }

  /** Sends a message now, at 0-based `epoch` and `step`, with the points gathered since the last. */
  send(epoch: number, step: number): void {
    this.emit({
      type: 'progress',
      epoch,
      step,
      examplesDone: this.examplesDone,
      elapsedMs: this.elapsedMs(),
      yielding: this.rested,
      points: { x: Float32Array.from(this.x), loss: Float32Array.from(this.loss), l2: Float32Array.from(this.l2) },
    });
    this.x = [];
    this.loss = [];
    this.l2 = [];
    this.rested = false;
    this.lastSent = this.now();
  }
}
