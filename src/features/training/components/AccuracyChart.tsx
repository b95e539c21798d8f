import { memo, useMemo } from 'react';
import { Line, YAxis } from 'recharts';
import { fixed4 } from '@/ui/format';
import { useMessages } from '@/ui/i18n';
import { runLabelParts } from '../chart-data';
import { trainMessages } from '../strings';
import { TrainChartFrame } from './TrainChartFrame';
import type { EpochSummary } from '@/workers/protocol';
import type { RunRecord } from '../training-state';
import { runColor } from './LossChart';

interface AccuracyChartProps {
  /** The current run's finished epochs (a new array only when an epoch finishes, so steps do not re-render this chart). */
  epochs: EpochSummary[];
  /** Planned epochs of the current run: the x axis. */
  epochCount: number;
  earlier: RunRecord[];
  hiddenRuns: ReadonlySet<number>;
  earlierOpacity: number;
}

const ACCURACY_TICKS = [0, 0.2, 0.4, 0.6, 0.8, 1];

/** Training and test accuracy per finished epoch; earlier runs' test accuracy as faded overlays. */
export const AccuracyChart = memo(function AccuracyChart({ epochs, epochCount, earlier, hiddenRuns, earlierOpacity }: AccuracyChartProps) {
  const m = useMessages(trainMessages);
  const train = useMemo(() => epochs.map((e) => ({ x: e.epoch, y: e.trainAccuracy })), [epochs]);
  const test = useMemo(() => epochs.map((e) => ({ x: e.epoch, y: e.testAccuracy })), [epochs]);
  const overlays = earlier
    .map((run, i) => ({ run, color: runColor(i) }))
    .filter(({ run }) => !hiddenRuns.has(run.id) && run.epochs.length > 0);
  const xMax = Math.max(1, epochCount, ...overlays.map((o) => o.run.config.epochs));
  const last = epochs[epochs.length - 1];
  const summary = last ? m.accuracySummary(last.epoch, fixed4(last.testAccuracy)) : m.noData;

  return (
    <TrainChartFrame
      testId="accuracy-chart"
      caption={m.accuracyChart}
      summary={summary}
      points={epochs.length}
      epochs={xMax}
      epochAxisLabel={m.epochAxis}
    >
      <YAxis type="number" domain={[0, 1]} ticks={ACCURACY_TICKS} stroke="var(--text-muted)" tickFormatter={(v: number) => v.toFixed(1)} width={40} />
      {overlays.map(({ run, color }) => {
        const label = runLabelParts(run.config);
        return (
          <Line
            key={run.id}
            data={run.epochs.map((e) => ({ x: e.epoch, y: e.testAccuracy }))}
            dataKey="y"
            name={m.runLabel(label.lr, label.batch, m.optimizerName(label.optimizer), label.lambda)}
            stroke={color}
            strokeOpacity={earlierOpacity}
            dot={{ r: 2, fillOpacity: earlierOpacity, strokeOpacity: earlierOpacity }}
            isAnimationActive={false}
          />
        );
      })}
      <Line data={train} dataKey="y" name={m.trainAccuracy} stroke="var(--accent)" strokeWidth={2} dot={{ r: 3 }} isAnimationActive={false} />
      <Line data={test} dataKey="y" name={m.testAccuracy} stroke="var(--positive)" strokeWidth={2} dot={{ r: 3 }} isAnimationActive={false} />
    </TrainChartFrame>
  );
});
