import { seriesPoints, smoothEma, type SeriesPoint } from './chart-series';
import { formatNumber, formatRate } from '@/ui/format';
import type { TrainConfig } from '@/domain/training-config';
import type { EpochSummary, EpochZero } from '@/domain/training-events';
import type { RunRecord } from './training-state';

/** Smoothing of the step loss on the chart (over stored points, each already a bucket mean). */
export const LOSS_SMOOTHING = 0.6;

/** Loss lines of one run: the smoothed data loss, and the L2 term when weight decay is on. */
export function lossLines(run: RunRecord): { loss: SeriesPoint[]; l2: SeriesPoint[] | null } {
  const loss = smoothEma(seriesPoints(run.loss), LOSS_SMOOTHING);
  const l2 = run.config.weightDecay > 0 ? seriesPoints(run.l2) : null;
  return { loss, l2 };
}

/**
 * Test-set points per epoch, starting at epoch 0 (the untrained model) once the
 * run has evaluated it: x = 0 for epoch 0, then each finished epoch's number.
 */
export function testPoints(epochZero: EpochZero | null, epochs: readonly EpochSummary[], metric: 'testLoss' | 'testAccuracy'): SeriesPoint[] {
  const start = epochZero ? [{ x: 0, y: epochZero[metric] }] : [];
  return [...start, ...epochs.map((e) => ({ x: e.epoch, y: e[metric] }))];
}

/** Learning rate ↔ slider position on a log₁₀ scale, from 1e-10 to 1e5. */
export const LR_SLIDER = { min: -10, max: 5, step: 0.1 } as const;

/** 10^position, rounded to 2 significant digits so the box shows 0.1, not 0.10000000000000002. */
export function learningRateAt(position: number): number {
  return Number((10 ** position).toPrecision(2));
}

export const sliderPosition = (learningRate: number): number =>
  Math.min(LR_SLIDER.max, Math.max(LR_SLIDER.min, Math.log10(learningRate)));

/** A tenth of the learning rate, for the divergence banner's suggestion. */
export const tenthOf = (learningRate: number): number => Number((learningRate / 10).toPrecision(6));

/** A learning rate as a person writes it (shared: the Mistakes lesson names its run's rate the same way). */
export { formatRate };

/** The parts of a run's label: what differs between the classic comparisons. */
export function runLabelParts(config: TrainConfig): { lr: string; batch: number; optimizer: TrainConfig['optimizer']; lambda: string } {
  return { lr: formatRate(config.learningRate), batch: config.batchSize, optimizer: config.optimizer, lambda: formatNumber(config.weightDecay, 4) };
}

/**
 * Loss-axis ceiling: a whole number of nats above a uniform guess (ln 10) and
 * the data, at most 5, so a run that explodes is clipped rather than squashing the rest.
 */
export function lossDomainMax(values: number[]): number {
  const finite = values.filter(Number.isFinite);
  const max = finite.length ? Math.max(...finite) : 0;
  return Math.min(Math.ceil(Math.max(max, Math.log(10)) * 1.05), 5);
}

/** Ticks at every whole nat up to the ceiling. */
export const lossTicks = (domainMax: number): number[] => Array.from({ length: Math.floor(domainMax) + 1 }, (_, i) => i);
