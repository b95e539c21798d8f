/**
 * How long after the page's last input the loop keeps giving way. Longer than the
 * gap between two moves of a slow drag, so a drag is one stretch, not many.
 */
export const INTERACTION_GRACE_MS = 300;

/**
 * Pause, resume and stop for a running loop, and whether the student is using the
 * page. The loop polls it between steps; the worker flips it when a command arrives.
 */
export class RunControl {
  private pauseRequested = false;
  private stopRequested = false;
  private failure: Error | null = null;
  private wake: (() => void) | null = null;
  private interactingUntil = -Infinity;

  pause(): void {
    this.pauseRequested = true;
  }

  resume(): void {
    this.pauseRequested = false;
    this.wake?.();
  }

  stop(): void {
    this.stopRequested = true;
    this.wake?.();
  }

  /** A fault from outside the loop (a lost WebGL context); the loop throws it at the next check. */
  fail(error: Error): void {
    this.failure = error;
    this.wake?.();
  }

  /** The page had input (a drag, a key, the wheel) at `now`. */
  noteInteraction(now = performance.now()): void {
    this.interactingUntil = now + INTERACTION_GRACE_MS;
  }

  /** Whether the page had input within the last INTERACTION_GRACE_MS. */
  interacting(now = performance.now()): boolean {
    return now < this.interactingUntil;
  }

  get shouldPause(): boolean {
    return this.pauseRequested && !this.stopRequested;
  }

  get shouldStop(): boolean {
    return this.stopRequested;
  }

  throwIfFailed(): void {
    if (this.failure) throw this.failure;
  }

  /** Resolves on resume, stop or failure. */
  waitForResume(): Promise<void> {
    if (!this.shouldPause || this.failure) return Promise.resolve();
    return new Promise((resolve) => {
      this.wake = () => {
        this.wake = null;
        resolve();
      };
    });
  }
}

/** Resolves after `ms`, on a timer. */
export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Yields to the event loop (a macrotask), so commands and read-backs get through between steps. */
export function macrotask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      channel.port2.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}
