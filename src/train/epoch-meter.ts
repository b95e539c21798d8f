import type { TrainingEvent } from '@/domain/training-events';
import { addBatch, emptyTotals, epochSummary, lossVerdict } from '@/math/training-metrics';
import { batchMetrics } from './batch-metrics';
import { CLASS_COUNT } from './model-params';
import type { Readback } from './readback-queue';

/** What the loop notes about a step, to score its logits when they come back. */
export interface StepNote {
  /** Progress in epochs after this step. */
  x: number;
  /** 1-based step within its epoch. */
  step: number;
  /** The batch's labels. */
  labels: Uint8Array;
}

export type Divergence = Extract<TrainingEvent, { type: 'diverged' }>;

/** One step's point on the loss chart: data loss and (λ/2)‖W‖² at `x` epochs. */
export type PointSink = (x: number, loss: number, l2: number) => void;

/**
 * An epoch's running sums, as the lecture's train_epoch keeps them (loss, correct,
 * examples), filled from the read-back steps in order. Each step's loss and
 * accuracy come from its logits on the CPU (batch-metrics.ts); each finite one
 * also becomes a point on the loss chart. The first step whose loss is not finite
 * or explodes is the run's divergence, and the steps after it are not counted.
 */
export class EpochMeter {
  private totals = emptyTotals();
  private diverged: Divergence | null = null;

  constructor(private readonly point: PointSink) {}

  /** The first step that diverged, or null. */
  get divergence(): Divergence | null {
    return this.diverged;
  }

  /** Starts the sums of a new epoch; a divergence stays. */
  startEpoch(): void {
    this.totals = emptyTotals();
  }

  /** Counts read-back steps (a ReadbackQueue's consumer). */
  readonly add = ({ logits, penalties, meta }: Readback<StepNote>): void => {
    let offset = 0;
    meta.forEach(({ x, step, labels }, i) => {
      const { loss, correct } = batchMetrics(logits, offset, labels, CLASS_COUNT);
      offset += labels.length * CLASS_COUNT;
      const l2 = penalties ? penalties[i]! : 0;
      if (this.diverged) return;
      const verdict = lossVerdict(loss + l2);
      if (verdict !== 'ok') {
        this.diverged = { type: 'diverged', epoch: Math.floor(x - 1e-9) + 1, step, loss: loss + l2, reason: verdict };
      }
      this.totals = addBatch(this.totals, loss, correct, labels.length, l2);
      if (Number.isFinite(loss) && Number.isFinite(l2)) this.point(x, loss, l2);
    });
  };

  /** The epoch so far: mean loss and accuracy over its examples, mean (λ/2)‖W‖² over its steps. */
  summary(): ReturnType<typeof epochSummary> {
    return epochSummary(this.totals);
  }
}
