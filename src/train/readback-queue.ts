import * as tf from '@tensorflow/tfjs-core';
import type { StepOutput } from './step';

/** The outputs of some steps, read back into plain arrays, and what the loop noted about each step. */
export interface Readback<Meta> {
  /** Every step's logits, one after the other. */
  logits: Float32Array;
  /** (λ/2)‖W‖² per step, or null when λ = 0. */
  penalties: Float32Array | null;
  meta: Meta[];
}

/**
 * The steps' outputs on their way back from the backend. A read has a fixed cost and
 * makes the CPU wait for the GPU, so the outputs of several steps are concatenated
 * and read at once, asynchronously: while one read is on its way the next steps are
 * already queued. Each read reaches `consume` in step order.
 */
export class ReadbackQueue<Meta> {
  private outputs: StepOutput[] = [];
  private meta: Meta[] = [];
  private inFlight: Promise<Readback<Meta>> | null = null;

  constructor(private readonly consume: (readback: Readback<Meta>) => void) {}

  /** Steps queued and not yet being read. */
  get queued(): number {
    return this.outputs.length;
  }

  push(output: StepOutput, meta: Meta): void {
    this.outputs.push(output);
    this.meta.push(meta);
  }

  /**
   * Starts reading the queued steps back, then waits for the read before it (which
   * had all those steps' time to arrive) and hands it to `consume`.
   */
  async readBack(): Promise<void> {
    const next = this.startRead();
    if (this.inFlight) this.consume(await this.inFlight);
    this.inFlight = next;
  }

  /** Reads back every queued step and hands each read to `consume`: waits for the backend. */
  async drain(): Promise<void> {
    const next = this.startRead();
    if (this.inFlight) this.consume(await this.inFlight);
    this.inFlight = null;
    if (next) this.consume(await next);
  }

  /** Frees the queued outputs and lets a read on its way free its own; nothing more is consumed. */
  async dispose(): Promise<void> {
    for (const output of this.outputs) tf.dispose([output.logits, output.penalty ?? []]);
    this.outputs = [];
    this.meta = [];
    if (this.inFlight) await this.inFlight.catch(() => undefined);
    this.inFlight = null;
  }

  private startRead(): Promise<Readback<Meta>> | null {
    if (this.outputs.length === 0) return null;
    // One concatenation and one read for all the queued steps: each read has a fixed cost.
    const logits = tf.concat(this.outputs.map((p) => p.logits));
    const penalties = this.outputs[0]!.penalty ? tf.stack(this.outputs.map((p) => p.penalty!)) : null;
    for (const p of this.outputs) tf.dispose([p.logits, p.penalty ?? []]);
    const meta = this.meta;
    this.outputs = [];
    this.meta = [];
    return Promise.all([logits.data(), penalties?.data() ?? null]).then(([logitValues, penaltyValues]) => {
      tf.dispose([logits, penalties ?? []]);
      return { logits: logitValues as Float32Array, penalties: penaltyValues as Float32Array | null, meta };
    });
  }
}
