import { memo, useMemo } from 'react';
import { Line, YAxis } from 'recharts';
import { fixed4, formatNumber } from '@/ui/format';
import { useMessages } from '@/ui/i18n';
import { CLASS_COLORS } from '@/ui/palette';
import { lossDomainMax, lossLines, lossTicks, runLabelParts } from '../chart-data';
import { trainMessages } from '../strings';
import { TrainChartFrame } from './TrainChartFrame';
import type { RunRecord } from '../training-state';

interface LossChartProps {
  current: RunRecord | null;
  earlier: RunRecord[];
  hiddenRuns: ReadonlySet<number>;
  earlierOpacity: number;
}

/** Colours for earlier runs, from the shared palette (skipping the dark first entry, close to the accent). */
export const runColor = (index: number) => CLASS_COLORS[(index + 1) % CLASS_COLORS.length]!;

/**
 * The step loss of the current run (smoothed), its L2 term when weight decay is
 * on, the per-epoch training loss, and earlier runs as faded overlays.
 */
export const LossChart = memo(function LossChart({ current, earlier, hiddenRuns, earlierOpacity }: LossChartProps) {
  const m = useMessages(trainMessages);
  const lines = useMemo(() => (current ? lossLines(current) : null), [current]);
  const overlays = useMemo(
    () => earlier.map((run, i) => ({ run, color: runColor(i), points: lossLines(run).loss })).filter(({ run }) => !hiddenRuns.has(run.id)),
    [earlier, hiddenRuns],
  );
  const epochPoints = useMemo(() => current?.epochs.map((e) => ({ x: e.epoch, y: e.trainLoss })) ?? [], [current]);
  const yMax = lossDomainMax([
    ...(lines?.loss.map((p) => p.y) ?? []),
    ...(lines?.l2?.map((p) => p.y) ?? []),
    ...overlays.flatMap((o) => o.points.map((p) => p.y)),
  ]);
  const xMax = Math.max(1, current?.config.epochs ?? 1, ...overlays.map((o) => o.run.config.epochs));
  const pointCount = lines?.loss.length ?? 0;
  const first = lines?.loss[0];
  const last = lines?.loss[lines.loss.length - 1];
  const summary = first && last ? m.lossSummary(fixed4(first.y), fixed4(last.y), formatNumber(last.x, 2)) : m.noData;

  return (
    <TrainChartFrame
      testId="loss-chart"
      caption={m.lossChart}
      summary={summary}
      points={pointCount}
      epochs={xMax}
      epochAxisLabel={m.epochAxis}
    >
      <YAxis type="number" domain={[0, yMax]} ticks={lossTicks(yMax)} allowDataOverflow stroke="var(--text-muted)" width={32} />
      {overlays.map(({ run, color, points }) => {
        const label = runLabelParts(run.config);
        return (
          <Line
            key={run.id}
            data={points}
            dataKey="y"
            name={m.runLabel(label.lr, label.batch, m.optimizerName(label.optimizer), label.lambda)}
            stroke={color}
            strokeOpacity={earlierOpacity}
            strokeWidth={1.5}
            dot={false}
            isAnimationActive={false}
          />
        );
      })}
      {lines && (
        <Line data={lines.loss} dataKey="y" name={m.dataLoss} stroke="var(--accent)" strokeWidth={2.5} dot={false} isAnimationActive={false} />
        )}
        {lines?.l2 && (
          <Line data={lines.l2} dataKey="y" name={m.l2Term} stroke="var(--highlight)" strokeWidth={2} strokeDasharray="6 3" dot={false} isAnimationActive={false} />
        )}
        {epochPoints.length > 0 && (
          <Line data={epochPoints} dataKey="y" name={m.epochTrainLoss} stroke="var(--negative)" strokeWidth={0} dot={{ r: 4, fill: 'var(--negative)' }} isAnimationActive={false} />
        )}
      </TrainChartFrame>
  );
});
