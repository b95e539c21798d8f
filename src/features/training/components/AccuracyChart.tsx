import { fixed4 } from '@/ui/format';
import { useMessages } from '@/ui/i18n';
import { runLabelParts, testPoints } from '../chart-data';
import { trainMessages } from '../strings';
import { TrainChartFrame, type ChartSeries, type ValueAxis } from './TrainChartFrame';
import type { EpochSummary, EpochZero } from '@/domain/training-events';
import type { RunRecord } from '../training-state';
import { runColor } from './LossChart';

interface AccuracyChartProps {
  /** The current run's finished epochs (a new array only when an epoch finishes, so steps do not re-render this chart). */
  epochs: EpochSummary[];
  /** The untrained model's test accuracy, plotted at epoch 0. */
  epochZero: EpochZero | null;
  /** Planned epochs of the current run: the x axis. */
  epochCount: number;
  earlier: RunRecord[];
  hiddenRuns: ReadonlySet<number>;
  earlierOpacity: number;
}

const ACCURACY_AXIS: ValueAxis = { max: 1, ticks: [0, 0.2, 0.4, 0.6, 0.8, 1], width: 40, format: (v: number) => v.toFixed(1) };

/**
 * Training and test accuracy per finished epoch, the test accuracy from epoch 0
 * (before the first step); earlier runs' test accuracy as faded overlays.
 */
export function AccuracyChart({ epochs, epochZero, epochCount, earlier, hiddenRuns, earlierOpacity }: AccuracyChartProps) {
  const m = useMessages(trainMessages);
  const overlays = earlier
    .map((run, i) => ({ run, color: runColor(i) }))
    .filter(({ run }) => !hiddenRuns.has(run.id) && run.epochs.length > 0);
  const xMax = Math.max(1, epochCount, ...overlays.map((o) => o.run.config.epochs));
  const series: ChartSeries[] = overlays.map(({ run, color }) => {
    const label = runLabelParts(run.config);
    return {
      key: `run-${run.id}`,
      name: run.name ?? m.runLabel(label.lr, label.batch, m.optimizerName(label.optimizer), label.lambda),
      points: testPoints(run.epochZero, run.epochs, 'testAccuracy'),
      color,
      opacity: earlierOpacity,
      dotRadius: 2,
    };
  });
  series.push(
    { key: 'train', name: m.trainAccuracy, points: epochs.map((e) => ({ x: e.epoch, y: e.trainAccuracy })), color: 'var(--accent)', dotRadius: 3 },
    { key: 'test', name: m.testAccuracy, points: testPoints(epochZero, epochs, 'testAccuracy'), color: 'var(--positive)', dotRadius: 3 },
  );
  const last = epochs[epochs.length - 1];
  const summary = last
    ? m.accuracySummary(last.epoch, fixed4(last.testAccuracy))
    : epochZero
      ? m.epochZeroAccuracySummary(fixed4(epochZero.testAccuracy))
      : m.noData;
  return (
    <TrainChartFrame
      testId="accuracy-chart"
      caption={m.accuracyChart}
      summary={summary}
      points={epochs.length}
      epochs={xMax}
      epochAxisLabel={m.epochAxis}
      valueAxis={ACCURACY_AXIS}
      series={series}
    />
  );
}
